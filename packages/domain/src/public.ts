/**
 * From fixture to API answer: pick the asked language and drop what the API never returns
 * (codici fiscali, names, contacts). Pure functions, used by the in-memory store.
 */
import type { BookingFixture, EventFixture, HelpTicketFixture, HelpTopicFixture, RoundFixture, VoucherFixture } from './records';
import type { Booking, Event, HelpTicket, HelpTopic, Lang, Round, Voucher } from '@sportello/sdk';

/** A round as the API answers it, in `lang`. */
export function publicRound(r: RoundFixture, lang: Lang): Round {
  const { en, ...round } = r;
  return lang === 'en' ? { ...round, ...en } : round;
}

/** An activity as the API answers it, in `lang` (title, description and the venue's notes). */
export function publicEvent(e: EventFixture, lang: Lang): Event {
  const { en, venue: v, ...event } = e;
  const { en: venueEn, ...venue } = v;
  if (lang === 'it') return { ...event, venue };
  return { ...event, ...en, venue: venueEn ? { ...venue, ...venueEn } : venue };
}

/** A help topic as the API answers it, in `lang`. */
export function publicTopic(t: HelpTopicFixture, lang: Lang): HelpTopic {
  const { en, ...topic } = t;
  return lang === 'en' ? { ...topic, ...en } : topic;
}

/** A voucher without its holder's codice fiscale. */
export function publicVoucher(v: VoucherFixture): Voucher {
  const { holderTaxCode: _holder, ...voucher } = v;
  return voucher;
}

/** A booking without the applicant (initials only) and contact. */
export function publicBooking(b: BookingFixture): Booking {
  const { applicant: _applicant, contact: _contact, ...booking } = b;
  return booking;
}

/** A help ticket without the contact and the rest of the request. */
export function publicTicket(t: HelpTicketFixture): HelpTicket {
  const { contact: _contact, district: _district, forWhom: _forWhom, description: _description, healthDataConsent: _consent, assignedTo: _a, assignedToName: _n, outcome: _o, ...ticket } = t;
  return ticket;
}
