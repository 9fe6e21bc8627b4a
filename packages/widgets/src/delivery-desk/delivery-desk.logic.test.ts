import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OperatorBooking } from '../operator/operator.types';
import { batches, defaultRound, movable, nextStep, tally, totals } from './delivery-desk.logic';

const b = (bookingCode: string, state: OperatorBooking['state'], quantity = 5): OperatorBooking => ({
  bookingCode,
  state,
  quantity,
  roundId: 'ffp2-2026-12',
  buildingCode: 'TO-0412',
  recipient: { givenName: 'Mario', familyName: 'Rossi' },
  householdSize: 1,
  createdAt: '2026-11-26T10:15:00+01:00',
});

test('a booking moves confirmed → assigned → delivered, and no further', () => {
  assert.equal(nextStep('confirmed'), 'assigned');
  assert.equal(nextStep('assigned'), 'delivered');
  assert.equal(nextStep('delivered'), undefined);
  assert.equal(nextStep('cancelled'), undefined);
});

test('"all at once" moves only the bookings not there yet, never a cancelled one', () => {
  const list = [b('A', 'confirmed'), b('B', 'assigned'), b('C', 'delivered'), b('D', 'cancelled')];
  assert.deepEqual(movable(list, 'assigned').map((x) => x.bookingCode), ['A']);
  assert.deepEqual(movable(list, 'delivered').map((x) => x.bookingCode), ['A', 'B']);
  assert.deepEqual(totals(list), { households: 3, units: 15, delivered: 1 });
});

test('updates go in batches the API accepts, and their outcomes are counted', () => {
  assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.equal(batches(Array.from({ length: 401 }, (_, i) => i)).length, 3);
  assert.deepEqual(batches([]), []);
  assert.deepEqual(
    tally([
      { bookingCode: 'PR-1', outcome: 'updated' },
      { bookingCode: 'PR-2', outcome: 'unchanged' },
      { bookingCode: 'PR-3', outcome: 'invalid-transition' },
      { bookingCode: 'PR-4', outcome: 'forbidden' },
    ] as never),
    { updated: 1, unchanged: 1, refused: 2 },
  );
});

test('the open round first, else the last closed one', () => {
  assert.equal(defaultRound([{ id: 'u', state: 'upcoming' }, { id: 'o', state: 'open' }]), 'o');
  assert.equal(defaultRound([{ id: 'u', state: 'upcoming' }, { id: 'c', state: 'closed' }]), 'c');
  assert.equal(defaultRound([]), undefined);
});
