/**
 * The store ports in memory: the mocks (msw, in the browser and in Node) serve from it, and tests
 * inspect its `state`. JavaScript runs one synchronous step at a time, so each write — key claim,
 * decision, change, stored answer — is atomic as a database transaction would make it.
 */
import type { Booking, Building, HelpTicket, Lang, RoundState, Voucher } from '@sportello/sdk';
import { emailKey, initials, matchesBuilding, type BuildingKey } from '../normalize';
import type {
  BookingOutcome,
  CancelOutcome,
  EventQuery,
  HelpRequestOutcome,
  IdempotentWrite,
  KeyHit,
  NewBooking,
  NewHelpRequest,
  NewRegistration,
  RegistrationOutcome,
  Store,
  StoredAnswer,
} from '../ports';
import { IDEMPOTENCY_TTL_MS } from '../ports';
import { publicEvent, publicRound, publicTicket, publicTopic } from '../public';
import type { BookingFixture, RoundFixture, SeedData, VoucherFixture } from '../records';
import { decideBooking, decideCancellation, decideRegistration, isCancellable, roundStateAt, voucherStateAt } from '../rules';
import { toRomeIso } from '../time';
import { memoryOperators, type OperatorState } from './operators';

/** What the in-memory store holds: the seed's shapes, changed in place. */
export interface MemoryState extends SeedData, OperatorState {
  /** Idempotency keys: `partner key` → fingerprint, answer, expiry. */
  keys: Map<string, { fingerprint: string; answer: StoredAnswer; expiresAt: number }>;
}

const ms = (iso: string) => Date.parse(iso);
const roundFacts = (r: RoundFixture) => ({ opensAtMs: ms(r.opensAt), closesAtMs: ms(r.closesAt), maxHouseholdSize: r.maxHouseholdSize, unitsPerPerson: r.unitsPerPerson });

function page<T>(items: T[], p: { page: number; pageSize: number }): { items: T[]; total: number } {
  return { items: items.slice((p.page - 1) * p.pageSize, p.page * p.pageSize), total: items.length };
}

/** A booking as the API answers it. */
function toBooking(b: BookingFixture): Booking {
  const { applicant, contact: _contact, applicantInitials: _i, bookedBySubject: _s, ...rest } = b;
  const ini = initials(applicant.givenName, applicant.familyName);
  return { ...rest, ...(ini ? { applicantInitials: ini } : {}), cancellable: isCancellable(b.state) };
}

/** A voucher as the API answers it at an instant: state derived, newest 20 redemptions first. */
function toVoucher(v: VoucherFixture, nowMs: number): Voucher {
  const { holderTaxCode: _holder, ...voucher } = v;
  const redemptions = [...v.redemptions].sort((a, b) => ms(b.redeemedAt) - ms(a.redeemedAt)).slice(0, 20);
  return { ...voucher, redemptions, state: voucherStateAt({ revoked: v.state === 'revoked', balanceCents: v.balanceCents, expiresOn: v.expiresOn }, nowMs) };
}

/** Creates an in-memory store holding a copy of `seed` (nothing is shared with the caller). */
export function createMemoryStore(seed: SeedData): Store & { readonly state: MemoryState } {
  const state: MemoryState = { ...structuredClone(seed), keys: new Map(), shopRedemptions: [], audit: [] };

  /** Runs a create under its key: replay, mismatch, or the write with its answer kept. */
  function withKey<O>(idem: IdempotentWrite<O> | undefined, nowMs: number, write: () => O): O | KeyHit {
    const id = idem && `${idem.partnerId} ${idem.key}`;
    const seen = id ? state.keys.get(id) : undefined;
    if (seen && seen.expiresAt > nowMs) {
      return seen.fingerprint === idem!.fingerprint ? { ok: false, reason: 'key-replay', answer: seen.answer } : { ok: false, reason: 'key-mismatch' };
    }
    const outcome = write();
    const answer = idem?.answer(outcome);
    if (id && answer) state.keys.set(id, { fingerprint: idem!.fingerprint, answer, expiresAt: nowMs + IDEMPOTENCY_TTL_MS });
    return outcome;
  }

  const findBuilding = (key: BuildingKey): Building | undefined => state.buildings.find((b) => matchesBuilding(b, key));

  function book(input: NewBooking, nowMs: number): BookingOutcome {
    const round = state.rounds.find((r) => r.id === input.roundId);
    const decision = decideBooking(round && roundFacts(round), input.householdSize, nowMs);
    if (!decision.ok) {
      if (decision.reason !== 'window-closed') return decision;
      const next = state.rounds.filter((r) => ms(r.opensAt) > nowMs).sort((a, b) => ms(a.opensAt) - ms(b.opensAt))[0];
      return { ok: false, reason: 'window-closed', ...(next ? { nextRoundOpensAt: toRomeIso(ms(next.opensAt)) } : {}) };
    }
    const building = findBuilding(input.building);
    if (!building) return { ok: false, reason: 'building-not-in-network' };
    const existing = state.bookings.find((b) => b.roundId === round!.id && b.applicant.taxCode === input.taxCode && b.state !== 'cancelled');
    if (existing) return { ok: false, reason: 'already-booked' };
    if (state.bookings.some((b) => b.bookingCode === input.code)) return { ok: false, reason: 'code-taken' };
    if (decision.quantity > round!.unitsLeft) return { ok: false, reason: 'round-full' };
    round!.unitsLeft -= decision.quantity;
    const booking: BookingFixture = {
      bookingCode: input.code,
      roundId: round!.id,
      quantity: decision.quantity,
      householdSize: input.householdSize,
      state: 'confirmed',
      building,
      createdAt: toRomeIso(nowMs),
      cancellable: true,
      applicant: { taxCode: input.taxCode, givenName: input.givenName, familyName: input.familyName },
      ...(input.bookedBy ? { bookedBy: input.bookedBy.name, bookedBySubject: input.bookedBy.subject } : {}),
      contact: { ...(input.phone ? { phone: input.phone } : {}), ...(input.email ? { email: input.email } : {}) },
    };
    state.bookings.push(booking);
    return { ok: true, booking: toBooking(booking) };
  }

  function cancel(code: string, taxCode: string): CancelOutcome {
    const b = state.bookings.find((x) => x.bookingCode === code && x.applicant.taxCode === taxCode);
    if (!b) return { ok: false, reason: 'booking-not-found' };
    const decision = decideCancellation(b.state);
    if (decision === 'not-cancellable') return { ok: false, reason: 'not-cancellable' };
    if (decision === 'cancel') {
      b.state = 'cancelled';
      b.cancellable = false;
      const round = state.rounds.find((r) => r.id === b.roundId);
      if (round) round.unitsLeft = Math.min(round.stockUnits, round.unitsLeft + b.quantity);
    }
    return { ok: true, booking: toBooking(b) };
  }

  function register(input: NewRegistration, nowMs: number): RegistrationOutcome {
    const event = state.events.find((e) => e.id === input.eventId);
    const decision = decideRegistration(
      event && { startsAtMs: ms(event.startsAt), capacity: event.capacity, seatsTaken: event.capacity - event.seatsLeft, waitingListLength: event.waitingListLength },
      { companion: input.companion !== undefined, waitingList: input.waitingList },
      nowMs,
    );
    if (!decision.ok) return decision;
    const email = input.email && emailKey(input.email);
    const mine = state.registrations.filter((r) => r.eventId === input.eventId && r.state !== 'cancelled');
    const sameContact = mine.some(
      (r) => (input.phone !== undefined && r.attendee.contact.phone === input.phone) || (email !== undefined && r.attendee.contact.email !== undefined && emailKey(r.attendee.contact.email) === email),
    );
    if (sameContact) return { ok: false, reason: 'already-registered' };
    if (state.registrations.some((r) => r.registrationCode === input.code)) return { ok: false, reason: 'code-taken' };
    const registration = {
      registrationCode: input.code,
      eventId: event!.id,
      state: decision.state,
      seats: decision.seats,
      ...(decision.waitingListPosition ? { waitingListPosition: decision.waitingListPosition } : {}),
    };
    if (decision.state === 'registered') event!.seatsLeft -= decision.seats;
    else event!.waitingListLength += 1;
    state.registrations.push({
      ...registration,
      attendee: { givenName: input.givenName, familyName: input.familyName, contact: { ...(input.phone ? { phone: input.phone } : {}), ...(email ? { email } : {}) } },
      ...(input.companion ? { companion: input.companion } : {}),
    });
    return { ok: true, registration };
  }

  function fileHelpRequest(input: NewHelpRequest, nowMs: number): HelpRequestOutcome {
    if (!state.helpTopics.some((t) => t.id === input.topic)) return { ok: false, reason: 'topic-unknown' };
    if (state.helpTickets.some((t) => t.ticketCode === input.code)) return { ok: false, reason: 'code-taken' };
    const at = toRomeIso(nowMs);
    const ticket = {
      ticketCode: input.code,
      topic: input.topic,
      state: 'received' as const,
      createdAt: at,
      updatedAt: at,
      contact: input.contact,
      district: input.district,
      forWhom: input.forWhom,
      description: input.description,
      healthDataConsent: input.healthDataConsent,
    };
    state.helpTickets.push(ticket);
    return { ok: true, ticket: publicTicket(ticket) };
  }

  const settle = async <T>(fn: () => T): Promise<T> => fn();

  return {
    state,
    ...memoryOperators(state, withKey, (topic) => state.helpTopics.some((t) => t.id === topic && t.healthData)),
    ping: async () => true,
    isEmpty: async () => state.rounds.length + state.events.length + state.helpTopics.length === 0,
    seed: (data) =>
      settle(() => {
        Object.assign(state, structuredClone(data));
      }),
    listRounds: (lang: Lang, nowMs: number, wanted?: RoundState) =>
      settle(() =>
        state.rounds
          .map((r) => ({ ...publicRound(r, lang), state: roundStateAt(roundFacts(r), nowMs) }))
          .filter((r) => (wanted ? r.state === wanted : r.state !== 'closed'))
          .sort((a, b) => ms(b.opensAt) - ms(a.opensAt) || (a.id < b.id ? -1 : 1)),
      ),
    findBuilding: (key) => settle(() => findBuilding(key)),
    createBooking: (input, nowMs, idem) => settle(() => withKey(idem, nowMs, () => book(input, nowMs))),
    findBooking: (code, taxCode) =>
      settle(() => {
        const b = state.bookings.find((x) => x.bookingCode === code && x.applicant.taxCode === taxCode);
        return b && toBooking(b);
      }),
    cancelBooking: (code, taxCode) => settle(() => cancel(code, taxCode)),
    findVoucher: (code, taxCode, nowMs) =>
      settle(() => {
        const v = state.vouchers.find((x) => x.voucherCode === code && x.holderTaxCode === taxCode);
        return v && toVoucher(v, nowMs);
      }),
    listShops: (query) =>
      settle(() =>
        page(
          state.shops
            .filter((s) => (query.district === undefined || s.district === query.district) && (query.cap === undefined || s.cap === query.cap))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)),
          query,
        ),
      ),
    listEvents: (query: EventQuery, lang) =>
      settle(() =>
        page(
          state.events
            .filter((e) => {
              const start = ms(e.startsAt);
              return (
                start >= query.fromMs &&
                start < query.toMs &&
                (!query.categories?.length || query.categories.includes(e.category)) &&
                (!query.districts?.length || query.districts.includes(e.district)) &&
                (!query.freeSeats || e.seatsLeft > 0)
              );
            })
            .sort((a, b) => ms(a.startsAt) - ms(b.startsAt) || (a.id < b.id ? -1 : 1))
            .map((e) => publicEvent(e, lang)),
          query,
        ),
      ),
    findEvent: (id, lang) =>
      settle(() => {
        const e = state.events.find((x) => x.id === id);
        return e && publicEvent(e, lang);
      }),
    createRegistration: (input, nowMs, idem) => settle(() => withKey(idem, nowMs, () => register(input, nowMs))),
    listHelpTopics: (lang) => settle(() => state.helpTopics.map((t) => publicTopic(t, lang))),
    createHelpRequest: (input, nowMs, idem) => settle(() => withKey(idem, nowMs, () => fileHelpRequest(input, nowMs))),
    findHelpRequest: (code, contact) =>
      settle((): HelpTicket | undefined => {
        const t = state.helpTickets.find((x) => x.ticketCode === code);
        if (!t) return undefined;
        const email = contact.email && emailKey(contact.email);
        const matches = (contact.phone !== undefined && contact.phone === t.contact.phone) || (email !== undefined && t.contact.email !== undefined && emailKey(t.contact.email) === email);
        return matches ? publicTicket(t) : undefined;
      }),
    purgeIdempotencyKeys: (nowMs) =>
      settle(() => {
        let n = 0;
        for (const [id, entry] of state.keys) if (entry.expiresAt <= nowMs && state.keys.delete(id)) n++;
        return n;
      }),
    close: async () => undefined,
  };
}

/** An in-memory store. */
export type MemoryStore = ReturnType<typeof createMemoryStore>;
