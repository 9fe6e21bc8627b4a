/**
 * Names for the contract's schemas, so consumers never write an API shape by hand. Every type here
 * is an alias of the generated `components['schemas']`; change `openapi/sportello.yaml` and run
 * `npm run generate` to change one.
 */
import type { components } from './generated/api';

type Schemas = components['schemas'];

// shared
/** An error, as RFC 9457 problem details. */
export type Problem = Schemas['Problem'];
/** The stable URN of a kind of problem; UIs switch on it (see `problemSlug`). */
export type ProblemType = Schemas['ProblemType'];
/** One invalid field of a request: a JSON pointer and a machine-readable code. */
export type FieldError = Schemas['FieldError'];
/** Why a field is invalid. */
export type FieldErrorCode = Schemas['FieldErrorCode'];
/** Health of the service. */
export type Status = Schemas['Status'];
/** A language the service speaks: `it` or `en`. */
export type Lang = Schemas['Lang'];
/** A codice fiscale. */
export type TaxCode = Schemas['TaxCode'];
/** A postcode (CAP) in Turin. */
export type Cap = Schemas['Cap'];
/** One of Turin's 8 circoscrizioni. */
export type District = Schemas['District'];
/** An Italian phone number. */
export type Phone = Schemas['Phone'];
/** An e-mail address. */
export type Email = Schemas['Email'];
/** How to reach a person. */
export type Contact = Schemas['Contact'];
/** Where a page stands in a list. */
export type Page = Schemas['Page'];
/** A booking's code, `PR-XXXX-XXXX-C`. */
export type BookingCode = Schemas['BookingCode'];
/** A voucher's code, `BS-XXXX-XXXX-C`. */
export type VoucherCode = Schemas['VoucherCode'];
/** A help ticket's code, `PC-XXXX-XXXX-C`. */
export type TicketCode = Schemas['TicketCode'];

// protective equipment
/** State of a distribution round. */
export type RoundState = Schemas['RoundState'];
/** A distribution round of protective equipment. */
export type Round = Schemas['Round'];
/** Distribution rounds. */
export type RoundList = Schemas['RoundList'];
/** A building, by its administrator's code or by address. */
export type BuildingQuery = Schemas['BuildingQuery'];
/** The code an administrator gives the residents of a building. */
export type BuildingCode = Schemas['BuildingCode'];
/** A building served by an administrator in the network. */
export type Building = Schemas['Building'];
/** The person booking for their household. */
export type Applicant = Schemas['Applicant'];
/** A booking request. */
export type BookingRequest = Schemas['BookingRequest'];
/** State of a booking. */
export type BookingState = Schemas['BookingState'];
/** A booking. */
export type Booking = Schemas['Booking'];
/** A booking code and the applicant's codice fiscale. */
export type BookingLookup = Schemas['BookingLookup'];
/** The applicant's codice fiscale, to cancel a booking. */
export type BookingCancellation = Schemas['BookingCancellation'];

// vouchers
/** A voucher code and its holder's codice fiscale. */
export type VoucherCheckRequest = Schemas['VoucherCheckRequest'];
/** State of a voucher. */
export type VoucherState = Schemas['VoucherState'];
/** A grocery voucher, as its holder sees it. */
export type Voucher = Schemas['Voucher'];
/** A purchase paid with a voucher. */
export type Redemption = Schemas['Redemption'];
/** A shop that accepts grocery vouchers. */
export type Shop = Schemas['Shop'];
/** A page of shops. */
export type ShopList = Schemas['ShopList'];

// events
/** An activity's identifier. */
export type EventId = Schemas['EventId'];
/** The kind of activity. */
export type EventCategory = Schemas['EventCategory'];
/** Where an activity takes place. */
export type Venue = Schemas['Venue'];
/** The weekly series an occurrence belongs to. */
export type Recurrence = Schemas['Recurrence'];
/** An activity (one occurrence). Named `SportelloEvent` too, as `Event` clashes with the DOM's. */
export type Event = Schemas['Event'];
/** An activity (one occurrence); the same as `Event`, without the clash with the DOM's `Event`. */
export type SportelloEvent = Schemas['Event'];
/** A page of activities. */
export type EventList = Schemas['EventList'];
/** The person registering. */
export type Attendee = Schemas['Attendee'];
/** A companion or caregiver coming along. */
export type Companion = Schemas['Companion'];
/** A registration request. */
export type RegistrationRequest = Schemas['RegistrationRequest'];
/** State of a registration. */
export type RegistrationState = Schemas['RegistrationState'];
/** A registration for an activity. */
export type Registration = Schemas['Registration'];

// help requests
/** What the volunteers can help with. */
export type HelpTopicId = Schemas['HelpTopicId'];
/** A help topic. */
export type HelpTopic = Schemas['HelpTopic'];
/** Help topics. */
export type HelpTopicList = Schemas['HelpTopicList'];
/** How and when the volunteers should get in touch. */
export type HelpContact = Schemas['HelpContact'];
/** A request for help. */
export type HelpRequestCreate = Schemas['HelpRequestCreate'];
/** State of a help ticket. */
export type HelpTicketState = Schemas['HelpTicketState'];
/** A help request's ticket. */
export type HelpTicket = Schemas['HelpTicket'];
/** A ticket code and the phone or e-mail given with the request. */
export type HelpRequestLookup = Schemas['HelpRequestLookup'];
