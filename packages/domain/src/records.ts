/**
 * What a store holds besides what the API returns: the English text of localized fields, a
 * voucher holder's codice fiscale, a booking's applicant and contact, a registration's attendee, a
 * help request's contact and description. The demo data has exactly these shapes, and every store
 * can be seeded with them ({@link SeedData}), so the mocks and the server show the same city.
 */
import type { components } from '@sportello/sdk';

type Schemas = components['schemas'];
type Round = Schemas['Round'];
type Voucher = Schemas['Voucher'];
type Booking = Schemas['Booking'];
type Applicant = Schemas['Applicant'];
type Contact = Schemas['Contact'];
type Venue = Schemas['Venue'];
type Event = Schemas['Event'];
type Registration = Schemas['Registration'];
type Attendee = Schemas['Attendee'];
type Companion = Schemas['Companion'];
type HelpTopic = Schemas['HelpTopic'];
type HelpTicket = Schemas['HelpTicket'];
type HelpContact = Schemas['HelpContact'];
type HelpRequestCreate = Schemas['HelpRequestCreate'];
type District = Schemas['District'];
type Building = Schemas['Building'];
type Shop = Schemas['Shop'];

/** A round; `title` and `item` are Italian, `en` holds their English text. */
export type RoundFixture = Round & { en: Pick<Round, 'title' | 'item'> };

/** A voucher and the codice fiscale of its holder (never returned by the API). */
export type VoucherFixture = Voucher & { holderTaxCode: string };

/** A booking with the applicant and contact it was made with (the API returns initials only). */
export type BookingFixture = Booking & { applicant: Applicant; contact: Contact; bookedBySubject?: string };

/** A venue; `accessibility` is Italian, `en` holds the English text. */
export type VenueFixture = Venue & { en?: { accessibility: string } };

/** An activity; `title`, `description` and the venue's notes are Italian, `en` holds the English. */
export type EventFixture = Event & { venue: VenueFixture; en: Pick<Event, 'title' | 'description'> };

/** An existing registration, with the attendee (and companion) it was made for. */
export type RegistrationFixture = Omit<Registration, 'state'> & {
  state: Registration['state'] | 'cancelled';
  attendee: Attendee;
  companion?: Companion;
  checkedIn?: boolean;
};

/** A help topic; `title` and `description` are Italian, `en` holds the English. */
export type HelpTopicFixture = HelpTopic & { en: Pick<HelpTopic, 'title' | 'description'> };

/** A help ticket with what the request said: contact, district, for whom, and the description when one was kept. */
export type HelpTicketFixture = HelpTicket & {
  contact: HelpContact;
  district: District;
  forWhom: HelpRequestCreate['forWhom'];
  assignedTo?: string;
  assignedToName?: string;
  outcome?: components['schemas']['HelpOutcome'];
  /** The request's own words, for the volunteer (demo tickets have none). */
  description?: string;
  healthDataConsent?: boolean;
};

/** Everything a store can be seeded with (the demo data, or a city's own). */
export interface SeedData {
  rounds: RoundFixture[];
  buildings: Building[];
  bookings: BookingFixture[];
  vouchers: VoucherFixture[];
  shops: Shop[];
  events: EventFixture[];
  registrations: RegistrationFixture[];
  helpTopics: HelpTopicFixture[];
  helpTickets: HelpTicketFixture[];
}
