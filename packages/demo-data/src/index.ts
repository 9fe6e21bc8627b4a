/**
 * Sportello's canonical demo data: the mocks serve it, the reference server seeds its database
 * with it, stories and tests name it. Plain data and small pure helpers; no msw here.
 *
 * Dates are relative to `now`, so the open round is open and the calendar shows the coming months
 * whenever it runs; pass {@link DEMO_NOW} (or any fixed date) to get the same data every time.
 */
import type {
  BookingFixture,
  Building,
  EventFixture,
  HelpTicketFixture,
  HelpTopicFixture,
  RegistrationFixture,
  RoundFixture,
  Shop,
  VoucherFixture,
} from './types';
import { createBookings, createRegistrations } from './bookings';
import { buildings } from './buildings';
import { createEvents } from './events';
import { createHelpTickets, helpTopics } from './help';
import { createRounds } from './rounds';
import { shops } from './shops';
import { toRomeIso } from '@sportello/domain/time';
import { createVouchers } from './vouchers';

export * from './types';

/** All the demo data, fresh objects on every call (mutate them freely). */
export interface Fixtures {
  /** The instant the data was built around, ISO 8601 in Europe/Rome time. */
  now: string;
  /** The open, upcoming and closed rounds, in that order. */
  rounds: RoundFixture[];
  /** An extra open round with 60 units, 10 left (not in `rounds`). */
  smallStockRound: RoundFixture;
  buildings: Building[];
  bookings: BookingFixture[];
  vouchers: VoucherFixture[];
  shops: Shop[];
  events: EventFixture[];
  registrations: RegistrationFixture[];
  helpTopics: HelpTopicFixture[];
  helpTickets: HelpTicketFixture[];
}

/**
 * A fixed "now" for stories, screenshots and tests: Monday 12 October 2026, 09:30 in Turin. Its
 * three months of activities cross the clock change of Sunday 25 October (+02:00 → +01:00).
 */
export const DEMO_NOW = new Date('2026-10-12T07:30:00Z');

/** Builds the demo data around `now` (default: the current time). */
export function createFixtures(now: Date = new Date()): Fixtures {
  const { openRound, upcomingRound, closedRound, smallStockRound } = createRounds(now);
  const events = createEvents(now);
  return structuredClone({
    now: toRomeIso(now),
    rounds: [openRound, upcomingRound, closedRound],
    smallStockRound,
    buildings,
    bookings: createBookings(now, { open: openRound, closed: closedRound, smallStock: smallStockRound }),
    vouchers: createVouchers(now),
    shops,
    events,
    registrations: createRegistrations(now, events),
    helpTopics,
    helpTickets: createHelpTickets(now),
  });
}

/**
 * Values that stay the same whatever `now` is, for stories, tests and documentation: who has
 * booked, which voucher is in which state, which ticket to look up.
 */
export const demo = {
  taxCodes: {
    /** Already booked in the open round (PR-7K4M-9QX2-5, confirmed, cancellable). */
    alreadyBooked: 'RSSMRA85T10L219G',
    /** Booked in the open round, already assigned to the administrator (not cancellable). */
    assigned: 'BNCGNN50A41L219J',
    /** Her booking in the open round was cancelled: she may book again. */
    cancelled: 'DLLNNA38M52L219G',
    /** Has never booked in the open round. */
    free: 'VRDLGU40C15L219Q',
    /** Has never booked in the open round (omocode). */
    freeOmocode: 'RSSMRA85T10L21VV',
  },
  bookingCodes: { confirmed: 'PR-7K4M-9QX2-5', assigned: 'PR-4WBN-8ZQT-K', cancelled: 'PR-6HTP-3KVD-A', delivered: 'PR-9CJR-2MXE-H' },
  buildingCode: 'TO-0412',
  /** An address served by the network, and one that is not. */
  addresses: {
    inNetwork: { street: 'Via Nizza', civicNumber: '150', cap: '10126' },
    notInNetwork: { street: 'Via Roma', civicNumber: '1', cap: '10121' },
  },
  /** Voucher code → holder's codice fiscale, one per state. */
  vouchers: {
    active: { voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J' },
    expiringSoon: { voucherCode: 'BS-7QHX-3KMA-E', taxCode: 'RSSMRA85T10L219G' },
    unused: { voucherCode: 'BS-9TRC-6WNE-4', taxCode: 'RSSMRA85T10L21VV' },
    exhausted: { voucherCode: 'BS-2FJD-5YPB-8', taxCode: 'VRDLGU40C15L219Q' },
    expired: { voucherCode: 'BS-6MZK-1GVS-X', taxCode: 'DLLNNA38M52L219G' },
    revoked: { voucherCode: 'BS-3BWA-8NCH-Q', taxCode: 'RSSMRA85T10A562S' },
  },
  /** Ticket code + the contact given with it. */
  tickets: {
    received: { ticketCode: 'PC-3H8K-2MV6-B', phone: '+393331234567' },
    scheduled: { ticketCode: 'PC-8RWD-4KTA-A', email: 'famiglia.ferrero@example.org' },
    closed: { ticketCode: 'PC-5NQZ-7HGE-P', phone: '+390114567890' },
    assigned: { ticketCode: 'PC-2XMB-9PJC-B', email: 'anna.dellorto@example.org' },
  },
  /** Already registered for the first tai-chi occurrence with seats after `now`. */
  registeredEmail: 'giovanna.bianchi@example.org',
} as const;
export { operators, type DemoOperator } from './operators';
