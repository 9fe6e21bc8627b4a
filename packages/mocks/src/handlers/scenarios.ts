/**
 * Named scenarios: one per state a widget must render on purpose. Each changes the starting data,
 * the latency, or answers every request the same way.
 */
import { generateCode } from '@sportello/sdk/checks';
import { findBuilding, toRomeIso } from '@sportello/domain';
import type { Fixtures } from '@sportello/demo-data';
import type { Store } from '../store';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a scenario answers every request (instead of the store). */
export type Override =
  | { kind: 'network-error' }
  | { kind: 'status'; status: 401 | 429 | 500 | 503; retryAfterSeconds?: number };

export interface Scenario {
  /** What a designer sees, in a sentence. */
  description: string;
  /** Changes the starting data. */
  fixtures?: (f: Fixtures) => Fixtures;
  /** Milliseconds before each answer. */
  latencyMs?: number;
  /** Answers every request of an operation this way (`operationId` → override, or none). */
  override?: (operationId: string) => Override | undefined;
  /** Runs before the store handles a request, e.g. to put data in place. */
  prepare?: (store: Store, operationId: string, body: unknown) => void;
}

/** The scenario names, for stories and tests. */
export const scenarioNames = [
  'default',
  'empty',
  'round-full',
  'last-units',
  'window-closed',
  'already-booked',
  'not-in-network',
  'events-full',
  'slow',
  'server-error',
  'unavailable',
  'rate-limited',
  'offline',
  'unauthorized',
] as const;

/** A scenario's name. */
export type ScenarioName = (typeof scenarioNames)[number];

const DAY = 86_400_000;

/** Makes whoever books in the open round already booked there (booked three days earlier). */
function seedExistingBooking(store: Store, operationId: string, body: unknown): void {
  if (operationId !== 'create_ppe_booking' || !isObject(body) || !isObject(body.applicant)) return;
  const taxCode = String(body.applicant.taxCode ?? '').trim().toUpperCase();
  const round = store.state.rounds.find((r) => r.id === body.roundId);
  if (!round || !taxCode || store.state.bookings.some((b) => b.roundId === round.id && b.applicant.taxCode === taxCode && b.state !== 'cancelled')) return;
  const building = (isObject(body.building) && findBuilding(store.state.buildings, body.building as never)) || store.state.buildings[0];
  if (!building) return;
  const householdSize = typeof body.householdSize === 'number' ? Math.min(12, Math.max(1, Math.trunc(body.householdSize))) : 1;
  store.state.bookings.push({
    bookingCode: generateCode('PR'),
    roundId: round.id,
    quantity: householdSize * round.unitsPerPerson,
    householdSize,
    state: 'confirmed',
    building,
    createdAt: toRomeIso(new Date(store.clock().getTime() - 3 * DAY)),
    cancellable: true,
    applicant: { taxCode, givenName: String(body.applicant.givenName ?? ''), familyName: String(body.applicant.familyName ?? '') },
    contact: isObject(body.contact) ? (body.contact as { phone?: string; email?: string }) : {},
  });
}

const everything = (o: Override) => () => o;

/** Every scenario, by name. */
export const scenarios: Record<ScenarioName, Scenario> = {
  default: {
    description: 'The demo data: an open round, vouchers in every state, ~60 activities, help topics.',
  },
  empty: {
    description: 'Nothing to show: no open or upcoming round, no activities, no topics, no shops, no vouchers.',
    fixtures: (f) => ({ ...f, rounds: f.rounds.filter((r) => r.state === 'closed'), bookings: [], vouchers: [], shops: [], events: [], registrations: [], helpTopics: [], helpTickets: [] }),
  },
  'round-full': {
    description: 'The open round has no units left: every booking answers round-full.',
    fixtures: (f) => ({ ...f, rounds: [{ ...f.smallStockRound, unitsLeft: 0 }, ...f.rounds.slice(1)] }),
  },
  'last-units': {
    description: 'The open round has 10 units left: a household of 2 fits, one of 3 does not.',
    fixtures: (f) => ({ ...f, rounds: [f.smallStockRound, ...f.rounds.slice(1)] }),
  },
  'window-closed': {
    description: 'The round closed yesterday; the next one opens in 35 days: bookings answer window-closed.',
    fixtures: (f) => {
      const closedAt = toRomeIso(new Date(Date.parse(f.now) - DAY));
      return { ...f, rounds: f.rounds.map((r) => (r.state === 'open' ? { ...r, closesAt: closedAt, state: 'closed' as const } : r)) };
    },
  },
  'already-booked': {
    description: 'Whoever books is already booked in that round: already-booked with the existing code.',
    prepare: seedExistingBooking,
  },
  'not-in-network': {
    description: 'No building is in the network: look-ups and bookings answer building-not-in-network.',
    fixtures: (f) => ({ ...f, buildings: [] }),
  },
  'events-full': {
    description: 'Every activity is full with a waiting list: registering answers event-full.',
    fixtures: (f) => ({ ...f, events: f.events.map((e) => ({ ...e, seatsLeft: 0, waitingListLength: Math.max(1, e.waitingListLength) })) }),
  },
  slow: {
    description: 'Every answer takes 2.5 seconds, to show loading states.',
    latencyMs: 2500,
  },
  'server-error': {
    description: 'Every request fails with 500 internal-error.',
    override: everything({ kind: 'status', status: 500 }),
  },
  unavailable: {
    description: 'The service is down: 503 service-unavailable with Retry-After: 120.',
    override: everything({ kind: 'status', status: 503, retryAfterSeconds: 120 }),
  },
  'rate-limited': {
    description: 'Too many requests: 429 rate-limited with Retry-After: 30.',
    override: everything({ kind: 'status', status: 429, retryAfterSeconds: 30 }),
  },
  offline: {
    description: 'No network: every request fails before reaching the server.',
    override: everything({ kind: 'network-error' }),
  },
  unauthorized: {
    description: "The partner key is missing or unknown: 401 unauthorized (the status endpoint still answers).",
    override: (op) => (op === 'show_status' ? undefined : { kind: 'status', status: 401 }),
  },
};
