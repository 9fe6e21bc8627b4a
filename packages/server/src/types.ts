/**
 * The contract's shapes under short names. Every type here is an alias of the generated
 * `components['schemas']` (or `operations`); none is written by hand.
 */
import type { components, operations } from '@sportello/sdk';

type Schemas = components['schemas'];

export type { operations };
export type OperationId = keyof operations;
export type Problem = Schemas['Problem'];
export type ProblemType = Schemas['ProblemType'];
export type FieldError = Schemas['FieldError'];
export type FieldErrorCode = Schemas['FieldErrorCode'];
export type Status = Schemas['Status'];
export type Lang = Schemas['Lang'];
export type Page = Schemas['Page'];
export type RoundState = Schemas['RoundState'];
export type Round = Schemas['Round'];
export type BuildingQuery = Schemas['BuildingQuery'];
export type Building = Schemas['Building'];
export type BookingRequest = Schemas['BookingRequest'];
export type BookingState = Schemas['BookingState'];
export type Booking = Schemas['Booking'];
export type BookingLookup = Schemas['BookingLookup'];
export type BookingCancellation = Schemas['BookingCancellation'];
export type VoucherCheckRequest = Schemas['VoucherCheckRequest'];
export type VoucherState = Schemas['VoucherState'];
export type Voucher = Schemas['Voucher'];
export type Redemption = Schemas['Redemption'];
export type Shop = Schemas['Shop'];
export type ShopList = Schemas['ShopList'];
export type EventCategory = Schemas['EventCategory'];
export type SportelloEvent = Schemas['Event'];
export type EventList = Schemas['EventList'];
export type Venue = Schemas['Venue'];
export type Recurrence = Schemas['Recurrence'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type Registration = Schemas['Registration'];
export type HelpTopicId = Schemas['HelpTopicId'];
export type HelpTopic = Schemas['HelpTopic'];
export type HelpRequestCreate = Schemas['HelpRequestCreate'];
export type HelpTicket = Schemas['HelpTicket'];
export type HelpTicketState = Schemas['HelpTicketState'];
export type HelpRequestLookup = Schemas['HelpRequestLookup'];
export type District = Schemas['District'];

/** The slug of a problem type, `round-full` for `urn:sportello:problem:round-full`. */
export type ProblemSlug = ProblemType extends `urn:sportello:problem:${infer S}` ? S : never;
