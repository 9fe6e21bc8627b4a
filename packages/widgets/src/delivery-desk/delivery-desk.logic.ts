/**
 * Pure logic of `<sportello-delivery-desk>`: where each booking can go next, which bookings an
 * "all at once" update moves, batching to the API's limit, the round to start with. No DOM, no Lit.
 */
import type { BookingState, Round } from '@sportello/sdk';
import type { DeliveryUpdate, DeliveryUpdateResult, OperatorBooking } from '../operator/operator.types';

/** A state a booking can be moved to by its administrator. */
export type DeliveryTarget = DeliveryUpdate['state'];

/** At most this many bookings per `POST /operator/ppe/delivery-updates` (the contract's `maxItems`). */
export const UPDATE_BATCH = 200;

/** The next step of a booking: `confirmed` → `assigned` → `delivered`; none once delivered or cancelled. */
export function nextStep(state: BookingState): DeliveryTarget | undefined {
  if (state === 'confirmed') return 'assigned';
  if (state === 'assigned') return 'delivered';
  return undefined;
}

/** The bookings an "all at once" update to `target` moves: those not yet there (and not cancelled). */
export function movable(bookings: readonly OperatorBooking[], target: DeliveryTarget): OperatorBooking[] {
  return bookings.filter((b) => (target === 'assigned' ? b.state === 'confirmed' : b.state === 'confirmed' || b.state === 'assigned'));
}

/** Splits codes into batches the API accepts. */
export function batches<T>(items: readonly T[], size = UPDATE_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** How an update went, counted: moved, already there, and refused (not found, not mine, cancelled). */
export function tally(results: readonly DeliveryUpdateResult['items'][number][]): { updated: number; unchanged: number; refused: number } {
  const t = { updated: 0, unchanged: 0, refused: 0 };
  for (const r of results) {
    if (r.outcome === 'updated') t.updated++;
    else if (r.outcome === 'unchanged') t.unchanged++;
    else t.refused++;
  }
  return t;
}

/** The round to show first: the open one, else the most recent that is not upcoming, else the first. */
export function defaultRound(rounds: readonly Pick<Round, 'id' | 'state'>[]): string | undefined {
  return (rounds.find((r) => r.state === 'open') ?? rounds.find((r) => r.state === 'closed') ?? rounds[0])?.id;
}

/** Units to deliver and households, over the bookings still to deliver or delivered (not cancelled). */
export function totals(bookings: readonly OperatorBooking[]): { households: number; units: number; delivered: number } {
  const live = bookings.filter((b) => b.state !== 'cancelled');
  return { households: live.length, units: live.reduce((n, b) => n + b.quantity, 0), delivered: live.filter((b) => b.state === 'delivered').length };
}
