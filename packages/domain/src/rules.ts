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
import type { BookingState, HelpTicketState, RegistrationState, RoundState, VoucherState } from '@sportello/sdk';
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

// --- the operators' side ---------------------------------------------------------------------

/** Moving a booking forward for delivery: `confirmed` → `assigned` → `delivered` (final); never from `cancelled`. */
export function decideDelivery(from: BookingState, to: 'assigned' | 'delivered'): 'update' | 'unchanged' | 'invalid-transition' {
  if (from === to) return 'unchanged';
  if (from === 'cancelled' || from === 'delivered') return 'invalid-transition';
  if (to === 'assigned' && from !== 'confirmed') return 'invalid-transition';
  return 'update';
}

export type RedemptionDecision =
  | { ok: true; balanceAfterCents: number }
  | { ok: false; reason: 'voucher-not-active' }
  | { ok: false; reason: 'insufficient-balance'; balanceCents: number };

/** A shop may take `amountCents` off an active voucher that holds at least that much. */
export function decideRedemption(v: { revoked: boolean; balanceCents: number; expiresOn: string }, amountCents: number, nowMs: number): RedemptionDecision {
  if (voucherStateAt(v, nowMs) !== 'active') return { ok: false, reason: 'voucher-not-active' };
  if (amountCents > v.balanceCents) return { ok: false, reason: 'insufficient-balance', balanceCents: v.balanceCents };
  return { ok: true, balanceAfterCents: v.balanceCents - amountCents };
}

/** How long a shop may void its redemption. */
export const VOID_WINDOW_MS = 15 * 60 * 1000;

/** Voiding a redemption: within 15 minutes, by the shop that made it; a voided one is answered as it is. */
export function decideVoid(r: { redeemedAtMs: number; voided: boolean }, nowMs: number): 'void' | 'as-is' | 'void-window-closed' {
  if (r.voided) return 'as-is';
  return nowMs - r.redeemedAtMs <= VOID_WINDOW_MS ? 'void' : 'void-window-closed';
}

/**
 * Who takes the seats a cancellation frees: the people waiting, strictly in order, while their
 * seats (two with a companion) fit; the first who does not fit stops the line, so nobody is passed.
 */
export function decidePromotions<T extends { seats: number }>(seatsFree: number, waiting: readonly T[]): T[] {
  const promoted: T[] = [];
  let free = seatsFree;
  for (const w of waiting) {
    if (w.seats > free) break;
    promoted.push(w);
    free -= w.seats;
  }
  return promoted;
}

/** A round's stock may change, but never below what is booked. */
export const decideStock = (unitsBooked: number, stockUnits: number): 'ok' | 'stock-below-booked' => (stockUnits < unitsBooked ? 'stock-below-booked' : 'ok');

export type HelpAction = 'assign' | 'schedule' | 'close';

/** Help requests: `received`/`assigned` → assigned; `assigned`/`scheduled` → scheduled; any open one → closed (final). */
export function decideHelpTransition(state: HelpTicketState, action: HelpAction): 'ok' | 'invalid-transition' {
  if (state === 'closed') return 'invalid-transition';
  if (action === 'assign') return state === 'received' || state === 'assigned' ? 'ok' : 'invalid-transition';
  if (action === 'schedule') return state === 'assigned' || state === 'scheduled' ? 'ok' : 'invalid-transition';
  return 'ok';
}
