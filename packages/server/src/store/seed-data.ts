/**
 * The demo data a store can be seeded with: the contract's shapes plus what the API never returns
 * (English texts, a voucher holder's codice fiscale, a booking's applicant and contact). The mocks'
 * fixtures (`@sportello/mocks/fixtures`) have exactly this shape, so mocks and server show the same
 * city.
 */
import type { components } from '@sportello/sdk';

type S = components['schemas'];

export interface SeedData {
  rounds: Array<S['Round'] & { en: Pick<S['Round'], 'title' | 'item'> }>;
  buildings: S['Building'][];
  bookings: Array<S['Booking'] & { applicant: S['Applicant']; contact: S['Contact'] }>;
  vouchers: Array<S['Voucher'] & { holderTaxCode: string }>;
  shops: S['Shop'][];
  events: Array<S['Event'] & { venue: S['Venue'] & { en?: { accessibility: string } }; en: Pick<S['Event'], 'title' | 'description'> }>;
  registrations: Array<S['Registration'] & { attendee: S['Attendee']; companion?: S['Companion'] }>;
  helpTopics: Array<S['HelpTopic'] & { en: Pick<S['HelpTopic'], 'title' | 'description'> }>;
  helpTickets: Array<
    S['HelpTicket'] & { contact: S['HelpContact']; district: S['District']; forWhom: S['HelpRequestCreate']['forWhom'] }
  >;
}
