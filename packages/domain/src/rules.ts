/**
 * The decisions of the four services, as pure functions of the facts a store has read (inside its
 * transaction, on the rows it has locked). Every store calls these, so the check order and the
 * outcomes are decided once:
 *
 * - booking: round exists → its window is open → the household fits the round's maximum → the
 *   building is in the network → no other booking for this codice fiscale in the round → the stock
 *   covers the quantity. A closed round is answered first, whatever else is wrong: telling someone
 *   to fix a household size for a round they cannot book helps nobody.
 * - cancellation: only a `confirmed` booking; cancelling a cancelled one again answers it as it is.
 * - registration: the activity exists → it has not started → seats, else the waiting list when
 *   asked for, else `event-full` with the waiting list's length.
 * - voucher state: revoked, else exhausted, else expired (Rome calendar day), else active — derived
 *   from the facts, never trusted from a stored label.
 */
import type { BookingState, RegistrationState, RoundState, VoucherState } from '@sportello/sdk';
import { toRomeDate } from './time';

/** A round's state at an instant: upcoming before it opens, closed from its closing instant. */
export function roundStateAt(round: { opensAtMs: number; closesAtMs: number }, nowMs: number): RoundState {
  return nowMs < round.opensAtMs ? 'upcoming' : nowMs >= round.closesAtMs ? 'closed' : 'open';
}

/** What a store knows of a round when deciding a booking. */
export interface RoundFacts {
  opensAtMs: number;
  closesAtMs: number;
  maxHouseholdSize: number;
  unitsPerPerson: number;
}

export type BookingDecision =
  | { ok: true; quantity: number }
  | { ok: false; reason: 'round-not-found' }
  | { ok: false; reason: 'window-closed' }
  | { ok: false; reason: 'household-too-large'; maxHouseholdSize: number };

/** Whether a household may book in a round now, and how many units it gets. */
export function decideBooking(round: RoundFacts | undefined, householdSize: number, nowMs: number): BookingDecision {
  if (!round) return { ok: false, reason: 'round-not-found' };
  if (roundStateAt(round, nowMs) !== 'open') return { ok: false, reason: 'window-closed' };
  if (householdSize > round.maxHouseholdSize) return { ok: false, reason: 'household-too-large', maxHouseholdSize: round.maxHouseholdSize };
  return { ok: true, quantity: householdSize * round.unitsPerPerson };
}

/** Whether a booking in this state can be cancelled: `cancel` it, answer it `as-is` (already cancelled), or refuse. */
export function decideCancellation(state: BookingState): 'cancel' | 'as-is' | 'not-cancellable' {
  if (state === 'confirmed') return 'cancel';
  return state === 'cancelled' ? 'as-is' : 'not-cancellable';
}

/** Whether a resident may still cancel a booking in this state. */
export const isCancellable = (state: BookingState): boolean => decideCancellation(state) === 'cancel';

/** What a store knows of an activity when deciding a registration. */
export interface EventFacts {
  startsAtMs: number;
  capacity: number;
  seatsTaken: number;
  waitingListLength: number;
}

export type RegistrationDecision =
  | { ok: true; state: RegistrationState; seats: number; waitingListPosition?: number }
  | { ok: false; reason: 'event-not-found' | 'registration-closed' }
  | { ok: false; reason: 'event-full'; waitingListLength: number };

/** A seat (two with a companion), else a place on the waiting list when asked for, else `event-full`. */
export function decideRegistration(
  event: EventFacts | undefined,
  request: { companion: boolean; waitingList: boolean },
  nowMs: number,
): RegistrationDecision {
  if (!event) return { ok: false, reason: 'event-not-found' };
  if (nowMs >= event.startsAtMs) return { ok: false, reason: 'registration-closed' };
  const seats = request.companion ? 2 : 1;
  if (event.capacity - event.seatsTaken >= seats) return { ok: true, state: 'registered', seats };
  if (!request.waitingList) return { ok: false, reason: 'event-full', waitingListLength: event.waitingListLength };
  return { ok: true, state: 'waitlisted', seats, waitingListPosition: event.waitingListLength + 1 };
}

/** A voucher's state at an instant. */
export function voucherStateAt(v: { revoked: boolean; balanceCents: number; expiresOn: string }, nowMs: number): VoucherState {
  if (v.revoked) return 'revoked';
  if (v.balanceCents <= 0) return 'exhausted';
  if (v.expiresOn < toRomeDate(nowMs)) return 'expired';
  return 'active';
}
