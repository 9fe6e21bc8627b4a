import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCode, formatCode } from '@sportello/sdk/checks';
import { createFixtures, demo, DEMO_NOW, type Fixtures } from '../fixtures';
import { createStore, type Outcome } from './index';
import { bookingBody, taxCodeNumber } from './test-helpers';

const fixtures = createFixtures(DEMO_NOW);
const open = fixtures.rounds[0]!;
const fresh = (f: Fixtures = fixtures) => createStore({ fixtures: f, now: DEMO_NOW });
const slug = (o: Outcome<unknown, number, 200 | 201>) => (o.ok ? 'ok' : o.problem.slug);
let keyNo = 0;
const key = () => `test-key-${++keyNo}`;

test('a booking is confirmed: quantity from the household, units taken from the stock', () => {
  const store = fresh();
  const before = store.state.rounds[0]!.unitsLeft;
  const out = store.createBooking(bookingBody(open.id, { householdSize: 3 }), key());
  assert.ok(out.ok);
  assert.equal(out.status, 201);
  assert.equal(out.body.quantity, 15);
  assert.equal(out.body.state, 'confirmed');
  assert.equal(out.body.cancellable, true);
  assert.equal(out.body.applicantInitials, 'L.V.');
  assert.equal(out.body.building.buildingCode, 'TO-0412');
  assert.equal(checkCode('PR', out.body.bookingCode).ok, true);
  assert.equal(store.state.rounds[0]!.unitsLeft, before - 15);
  const stored = store.state.bookings.find((b) => b.bookingCode === out.body.bookingCode)!;
  assert.equal(stored.contact.phone, '+393337654321', 'contact stored in E.164');
  assert.equal('applicant' in out.body, false, 'no personal data echoed');
});

test('a building given by address resolves; one outside the network does not', () => {
  const store = fresh();
  const byAddress = store.createBooking(bookingBody(open.id, { building: demo.addresses.inNetwork }), key());
  assert.equal(byAddress.ok && byAddress.body.building.buildingCode, 'TO-0412');
  const outside = store.createBooking(bookingBody(open.id, { applicant: { taxCode: taxCodeNumber(1), givenName: 'A', familyName: 'B' }, building: demo.addresses.notInNetwork }), key());
  assert.equal(slug(outside), 'building-not-in-network');
  assert.equal(slug(store.resolveBuilding(demo.addresses.notInNetwork)), 'building-not-in-network');
  assert.equal(slug(store.resolveBuilding({ buildingCode: 'TO-9999' })), 'building-not-in-network');
});

test('one booking per codice fiscale per round: already-booked names the existing code', () => {
  const store = fresh();
  const out = store.createBooking(bookingBody(open.id, { applicant: { taxCode: ` ${demo.taxCodes.alreadyBooked.toLowerCase()} `, givenName: 'Mario', familyName: 'Rossi' } }), key());
  assert.equal(out.ok, false);
  assert.equal(!out.ok && out.problem.status, 409);
  assert.equal(!out.ok && out.problem.existingBookingCode, demo.bookingCodes.confirmed);
  // A cancelled booking does not count.
  const again = store.createBooking(bookingBody(open.id, { applicant: { taxCode: demo.taxCodes.cancelled, givenName: 'Anna', familyName: "Dell'Orto" } }), key());
  assert.equal(again.ok, true);
});

test('the stock is never oversold, whatever the households', () => {
  const f = createFixtures(DEMO_NOW);
  f.rounds[0]!.unitsLeft = 100;
  const store = fresh(f);
  let booked = 0;
  const outcomes: string[] = [];
  for (let i = 0; i < 200; i++) {
    const out = store.createBooking(bookingBody(open.id, { applicant: { taxCode: taxCodeNumber(i), givenName: 'Test', familyName: 'Person' }, householdSize: 1 + ((i * 5) % 12) }), key());
    outcomes.push(slug(out));
    if (out.ok) booked += out.body.quantity;
  }
  assert.ok(booked <= 100);
  assert.equal(store.state.rounds[0]!.unitsLeft, 100 - booked);
  assert.ok(store.state.rounds[0]!.unitsLeft >= 0);
  assert.ok(booked > 80, 'small households still fit after big ones were refused');
  assert.deepEqual(new Set(outcomes), new Set(['ok', 'round-full']));
});

test('the small-stock round: a household of 3 does not fit, one of 2 does, then it is full', () => {
  const f = createFixtures(DEMO_NOW);
  f.rounds = [f.smallStockRound];
  const store = fresh(f);
  const id = f.smallStockRound.id;
  const person = (n: number) => ({ taxCode: taxCodeNumber(n), givenName: 'Test', familyName: 'Person' });
  assert.equal(slug(store.createBooking(bookingBody(id, { applicant: person(1), householdSize: 3 }), key())), 'round-full');
  assert.equal(slug(store.createBooking(bookingBody(id, { applicant: person(2), householdSize: 2 }), key())), 'ok');
  assert.equal(slug(store.createBooking(bookingBody(id, { applicant: person(3), householdSize: 1 }), key())), 'round-full');
  assert.equal(store.state.rounds[0]!.unitsLeft, 0);
});

test('outside the window: window-closed, with when the next round opens', () => {
  const store = fresh();
  const [, upcoming, closed] = fixtures.rounds;
  for (const r of [upcoming!, closed!]) {
    const out = store.createBooking(bookingBody(r.id), key());
    assert.equal(slug(out), 'window-closed');
    assert.equal(!out.ok && out.problem.nextRoundOpensAt, upcoming!.opensAt);
  }
  assert.equal(slug(store.createBooking(bookingBody('no-such-round'), key())), 'round-not-found');
  // The same round, once its window has passed.
  const later = createStore({ fixtures, now: new Date(Date.parse(open.closesAt) + 1000) });
  assert.equal(slug(later.createBooking(bookingBody(open.id), key())), 'window-closed');
});

test('invalid fields answer validation-error with a pointer and a code for each', () => {
  const store = fresh();
  const out = store.createBooking(
    { ...bookingBody(open.id), applicant: { taxCode: 'RSSMRA85T10L219X', givenName: '', familyName: 'Rossi' }, householdSize: 13, contact: {}, privacyConsent: false, extra: 1 } as never,
    key(),
  );
  assert.equal(!out.ok && out.problem.status, 400);
  assert.deepEqual(!out.ok && out.problem.errors, [
    { pointer: '/extra', code: 'not-allowed' },
    { pointer: '/applicant/taxCode', code: 'check-character' },
    { pointer: '/applicant/givenName', code: 'required' },
    { pointer: '/householdSize', code: 'out-of-range' },
    { pointer: '/contact/phone', code: 'required' },
    { pointer: '/privacyConsent', code: 'consent-required' },
  ]);
  const bad = store.createBooking(bookingBody(open.id, { applicant: { taxCode: 'RSSMRA85Z10L219G', givenName: 'M', familyName: 'R' }, building: { street: 'Via Nizza', civicNumber: '150', cap: '10100' } }), key());
  assert.deepEqual(!bad.ok && bad.problem.errors, [
    { pointer: '/applicant/taxCode', code: 'format' },
    { pointer: '/building/cap', code: 'out-of-range' },
  ]);
  assert.equal(store.state.bookings.length, fixtures.bookings.length, 'nothing stored');
});

test('idempotency: a retry replays the first answer; another body with the same key is 422', () => {
  const store = fresh();
  const body = bookingBody(open.id);
  const first = store.createBooking(body, 'retry-key-1');
  const retry = store.createBooking(structuredClone(body), 'retry-key-1');
  assert.deepEqual(retry, first);
  assert.equal(store.state.bookings.length, fixtures.bookings.length + 1);
  const other = store.createBooking({ ...body, householdSize: 4 }, 'retry-key-1');
  assert.equal(!other.ok && other.problem.status, 422);
  assert.equal(slug(other), 'idempotency-key-reused');
  // A conflict is replayed too; a validation error is not kept, so the corrected form goes through.
  const conflict = store.createBooking(bookingBody(open.id, { applicant: { taxCode: demo.taxCodes.alreadyBooked, givenName: 'M', familyName: 'R' } }), 'retry-key-2');
  assert.equal(slug(store.createBooking(bookingBody(open.id, { applicant: { taxCode: demo.taxCodes.alreadyBooked, givenName: 'M', familyName: 'R' } }), 'retry-key-2')), slug(conflict));
  const invalidFirst = store.createBooking({ ...bookingBody(open.id, { applicant: { taxCode: taxCodeNumber(7), givenName: 'A', familyName: 'B' } }), privacyConsent: false as never }, 'retry-key-3');
  assert.equal(slug(invalidFirst), 'validation-error');
  assert.equal(slug(store.createBooking(bookingBody(open.id, { applicant: { taxCode: taxCodeNumber(7), givenName: 'A', familyName: 'B' } }), 'retry-key-3')), 'ok');
  const noKey = store.createBooking(body, undefined);
  assert.deepEqual(!noKey.ok && noKey.problem.errors, [{ pointer: '/header/Idempotency-Key', code: 'required' }]);
});

test('look-up: code and codice fiscale; another person’s code looks like an unknown one', () => {
  const store = fresh();
  const found = store.findBooking({ bookingCode: 'pr 7k4m 9qx2 5', taxCode: demo.taxCodes.alreadyBooked });
  assert.equal(found.ok && found.body.bookingCode, demo.bookingCodes.confirmed);
  const mismatch = store.findBooking({ bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.free });
  const unknown = store.findBooking({ bookingCode: formatCode('PR', '00000000'), taxCode: demo.taxCodes.alreadyBooked });
  assert.deepEqual(mismatch, unknown);
  assert.equal(slug(mismatch), 'booking-not-found');
  const typo = store.findBooking({ bookingCode: 'PR-7K4M-9QX2-6', taxCode: demo.taxCodes.alreadyBooked });
  assert.deepEqual(!typo.ok && typo.problem.errors, [{ pointer: '/bookingCode', code: 'check-character' }]);
});

test('cancellation returns the units while confirmed; assigned is not cancellable', () => {
  const store = fresh();
  const before = store.state.rounds[0]!.unitsLeft;
  const out = store.cancelBooking(demo.bookingCodes.confirmed, { taxCode: demo.taxCodes.alreadyBooked });
  assert.ok(out.ok);
  assert.equal(out.body.state, 'cancelled');
  assert.equal(out.body.cancellable, false);
  assert.equal(store.state.rounds[0]!.unitsLeft, before + 15);
  const twice = store.cancelBooking(demo.bookingCodes.confirmed, { taxCode: demo.taxCodes.alreadyBooked });
  assert.equal(twice.ok && twice.body.state, 'cancelled');
  assert.equal(store.state.rounds[0]!.unitsLeft, before + 15, 'units returned once');
  assert.equal(slug(store.cancelBooking(demo.bookingCodes.assigned, { taxCode: demo.taxCodes.assigned })), 'not-cancellable');
  assert.equal(slug(store.cancelBooking(demo.bookingCodes.delivered, { taxCode: demo.taxCodes.free })), 'not-cancellable');
  assert.equal(slug(store.cancelBooking(demo.bookingCodes.assigned, { taxCode: demo.taxCodes.free })), 'booking-not-found');
  // After cancelling, the same person may book again.
  const rebook = store.createBooking(bookingBody(open.id, { applicant: { taxCode: demo.taxCodes.alreadyBooked, givenName: 'Mario', familyName: 'Rossi' } }), key());
  assert.equal(rebook.ok, true);
});

test('rounds: open and upcoming by default, newest first; a state filter; states follow the clock', () => {
  const store = fresh();
  const list = store.listRounds(new URLSearchParams(), 'en');
  assert.ok(list.ok);
  assert.deepEqual(list.body.items.map((r) => r.state), ['upcoming', 'open']);
  assert.match(list.body.items[1]!.title, /^FFP2 masks/);
  const closed = store.listRounds(new URLSearchParams('state=closed'), 'it');
  assert.deepEqual(closed.ok && closed.body.items.map((r) => r.id), [fixtures.rounds[2]!.id]);
  assert.equal(slug(store.listRounds(new URLSearchParams('state=archived'), 'it')), 'validation-error');
  const later = createStore({ fixtures, now: new Date(Date.parse(fixtures.rounds[1]!.opensAt) + 1000) });
  const now = later.listRounds(new URLSearchParams('state=open'), 'it');
  assert.deepEqual(now.ok && now.body.items.map((r) => r.id), [fixtures.rounds[1]!.id]);
});
