/**
 * The contract's shapes under short names: the SDK's aliases of the generated
 * `components['schemas']` (and `operations`), re-exported so server code imports one place.
 */
import type { operations } from '@sportello/sdk';

export type { operations };
export type OperationId = keyof operations;
export type {
  Problem,
  ProblemType,
  FieldError,
  FieldErrorCode,
  Status,
  Lang,
  Page,
  RoundState,
  Round,
  BuildingQuery,
  Building,
  BookingRequest,
  BookingState,
  Booking,
  BookingLookup,
  BookingCancellation,
  VoucherCheckRequest,
  VoucherState,
  Voucher,
  Redemption,
  Shop,
  ShopList,
  EventCategory,
  SportelloEvent,
  EventList,
  Venue,
  Recurrence,
  RegistrationRequest,
  Registration,
  HelpTopicId,
  HelpTopic,
  HelpRequestCreate,
  HelpTicket,
  HelpTicketState,
  HelpRequestLookup,
  District,
} from '@sportello/sdk';
export type { ProblemSlug } from '@sportello/sdk';
