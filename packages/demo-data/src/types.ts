/**
 * Types of the demo data. Every API shape is an alias of the contract's generated types; a fixture
 * type only adds what the API never returns (a voucher holder's codice fiscale, a booking's
 * applicant, the English text of a localized field).
 */
import type { components } from '@sportello/sdk';

type Schemas = components['schemas'];

export type Round = Schemas['Round'];
export type RoundList = Schemas['RoundList'];
export type RoundState = Schemas['RoundState'];
export type Building = Schemas['Building'];
export type BuildingQuery = Schemas['BuildingQuery'];
export type Booking = Schemas['Booking'];
export type BookingRequest = Schemas['BookingRequest'];
export type Applicant = Schemas['Applicant'];
export type Contact = Schemas['Contact'];
export type Voucher = Schemas['Voucher'];
export type Redemption = Schemas['Redemption'];
export type Shop = Schemas['Shop'];
export type ShopList = Schemas['ShopList'];
export type Event = Schemas['Event'];
export type EventList = Schemas['EventList'];
export type EventCategory = Schemas['EventCategory'];
export type Venue = Schemas['Venue'];
export type Recurrence = Schemas['Recurrence'];
export type Registration = Schemas['Registration'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type Attendee = Schemas['Attendee'];
export type Companion = Schemas['Companion'];
export type HelpTopic = Schemas['HelpTopic'];
export type HelpTopicList = Schemas['HelpTopicList'];
export type HelpTopicId = Schemas['HelpTopicId'];
export type HelpTicket = Schemas['HelpTicket'];
export type HelpRequestLookup = Schemas['HelpRequestLookup'];
export type HelpContact = Schemas['HelpContact'];
export type HelpRequestCreate = Schemas['HelpRequestCreate'];
export type District = Schemas['District'];
export type Lang = Schemas['Lang'];
export type Problem = Schemas['Problem'];
export type ProblemType = Schemas['ProblemType'];
export type FieldError = Schemas['FieldError'];
export type FieldErrorCode = Schemas['FieldErrorCode'];
export type Status = Schemas['Status'];

export type {
  RoundFixture,
  VoucherFixture,
  BookingFixture,
  VenueFixture,
  EventFixture,
  RegistrationFixture,
  HelpTopicFixture,
  HelpTicketFixture,
} from '@sportello/domain';
