import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Round } from '@sportello/sdk';
import {
  BOOKING_POINTERS,
  STEPS,
  STEP_FIELDS,
  checkBuildingCode,
  checkCivicNumber,
  checkHouseholdSize,
  chooseRound,
  emptyForm,
  fieldError,
  nextStep,
  previousStep,
  quantityFor,
  requestFingerprint,
  stepErrors,
  stepNumber,
  stepOf,
  toBookingLookup,
  toBookingRequest,
  toBuildingQuery,
  type BookingForm,
} from './ppe-booking.logic';

const allowance = { unitsPerPerson: 5, maxHouseholdSize: 12 };

const filled = (over: Partial<BookingForm> = {}): BookingForm => ({
  ...emptyForm({ roundId: 'ffp2-2026-10' }),
  taxCode: ' rssmra85t10a562s ',
  givenName: ' Maria ',
  familyName: 'Rossi',
  householdSize: '3',
  buildingCode: 'to0412',
  phone: '333 123 4567',
  consent: true,
  ...over,
});

const round = (over: Partial<Round>): Round => ({
  id: 'r-open',
  title: 'FFP2',
  item: 'FFP2 masks',
  opensAt: '2026-10-06T09:00:00+02:00',
  closesAt: '2026-11-05T18:00:00+01:00',
  state: 'open',
  unitsPerPerson: 5,
  maxHouseholdSize: 12,
  stockUnits: 100,
  unitsLeft: 50,
  ...over,
});

test('steps go forward and back, and stop at the ends', () => {
  assert.deepEqual(STEPS, ['round', 'applicant', 'building', 'contact', 'review']);
  assert.equal(nextStep('round'), 'applicant');
  assert.equal(nextStep('review'), 'review');
  assert.equal(previousStep('building'), 'applicant');
  assert.equal(previousStep('round'), 'round');
  assert.equal(stepNumber('contact'), 4);
});

test('every control belongs to exactly one step, and every pointer to a control', () => {
  const all = STEPS.flatMap((s) => STEP_FIELDS[s]);
  assert.equal(new Set(all).size, all.length);
  for (const id of Object.values(BOOKING_POINTERS)) assert.ok(all.includes(id), id);
  assert.equal(stepOf('tax-code'), 'applicant');
  assert.equal(stepOf('cap'), 'building');
  assert.equal(stepOf('consent'), 'contact');
});

test('quantity follows the household size and the allowance', () => {
  assert.equal(quantityFor('3', allowance), 15);
  assert.equal(quantityFor(' 12 ', allowance), 60);
  assert.equal(quantityFor('1', { unitsPerPerson: 2, maxHouseholdSize: 4 }), 2);
  assert.equal(quantityFor('', allowance), undefined);
  assert.equal(quantityFor('13', allowance), undefined);
  assert.equal(quantityFor('5', { unitsPerPerson: 5, maxHouseholdSize: 4 }), undefined);
});

test('household size: required, whole number, within the round’s limit', () => {
  assert.deepEqual(checkHouseholdSize('', allowance), { ok: false, code: 'required' });
  assert.deepEqual(checkHouseholdSize('2.5', allowance), { ok: false, code: 'format' });
  assert.deepEqual(checkHouseholdSize('-1', allowance), { ok: false, code: 'format' });
  assert.deepEqual(checkHouseholdSize('0', allowance), { ok: false, code: 'out-of-range' });
  assert.deepEqual(checkHouseholdSize('13', allowance), { ok: false, code: 'out-of-range' });
  assert.deepEqual(checkHouseholdSize('12', allowance), { ok: true, value: 12 });
});

test('building code and civic number accept what people write', () => {
  assert.deepEqual(checkBuildingCode(' to0412 '), { ok: true, value: 'TO-0412' });
  assert.deepEqual(checkBuildingCode('TO-412'), { ok: false, code: 'format' });
  assert.deepEqual(checkBuildingCode(''), { ok: false, code: 'required' });
  for (const ok of ['150', '66/B', '140 bis', '7a']) assert.equal(checkCivicNumber(ok).ok, true, ok);
  assert.deepEqual(checkCivicNumber('civico'), { ok: false, code: 'format' });
});

test('each step reports its own errors in the order of its fields', () => {
  const blank = emptyForm();
  assert.deepEqual(stepErrors('round', blank, allowance), [['round-id', 'required']]);
  assert.deepEqual(stepErrors('applicant', { ...blank, taxCode: 'RSSMRA85T10L219X', householdSize: '' }, allowance), [
    ['tax-code', 'check-character'],
    ['given-name', 'required'],
    ['family-name', 'required'],
    ['household-size', 'required'],
  ]);
  assert.deepEqual(stepErrors('building', blank, allowance), [['building-code', 'required']]);
  assert.deepEqual(stepErrors('building', { ...blank, buildingMode: 'address', cap: '20121' }, allowance), [
    ['street', 'required'],
    ['civic-number', 'required'],
    ['cap', 'out-of-range'],
  ]);
  assert.deepEqual(stepErrors('contact', { ...blank, contactMethod: 'email', email: 'maria@' }, allowance), [
    ['email', 'format'],
    ['consent', 'consent-required'],
  ]);
  assert.deepEqual(stepErrors('review', blank, allowance), []);
  assert.equal(fieldError('phone', { ...blank, contactMethod: 'email' }, allowance), undefined);
});

test('the form becomes the contract’s booking request, normalized', () => {
  assert.deepEqual(toBookingRequest(filled(), allowance, 'it'), {
    roundId: 'ffp2-2026-10',
    applicant: { taxCode: 'RSSMRA85T10A562S', givenName: 'Maria', familyName: 'Rossi' },
    householdSize: 3,
    building: { buildingCode: 'TO-0412' },
    contact: { phone: '+393331234567' },
    privacyConsent: true,
    lang: 'it',
  });
  const byAddress = toBookingRequest(
    filled({ buildingMode: 'address', street: ' Via Nizza ', civicNumber: '150', cap: '10126', contactMethod: 'email', email: ' maria@example.org ' }),
    allowance,
    'en',
  );
  assert.deepEqual(byAddress?.building, { street: 'Via Nizza', civicNumber: '150', cap: '10126' });
  assert.deepEqual(byAddress?.contact, { email: 'maria@example.org' });
  assert.equal(byAddress?.lang, 'en');
  assert.equal(toBookingRequest(filled({ consent: false }), allowance, 'it'), undefined);
  assert.equal(toBookingRequest(filled({ householdSize: '13' }), allowance, 'it'), undefined);
});

test('the building query follows the chosen mode', () => {
  assert.deepEqual(toBuildingQuery(filled()), { buildingCode: 'TO-0412' });
  assert.equal(toBuildingQuery(filled({ buildingMode: 'address' })), undefined);
});

test('a fingerprint ignores key order and changes with any value', () => {
  assert.equal(requestFingerprint({ a: 1, b: { c: 2, d: 3 } }), requestFingerprint({ b: { d: 3, c: 2 }, a: 1 }));
  assert.notEqual(requestFingerprint(toBookingRequest(filled(), allowance, 'it')), requestFingerprint(toBookingRequest(filled({ householdSize: '4' }), allowance, 'it')));
});

test('the manage look-up checks the code and the codice fiscale', () => {
  assert.deepEqual(toBookingLookup(' pr 7k4m 9qx2 5 ', 'rssmra85t10l219g'), { ok: true, value: { bookingCode: 'PR-7K4M-9QX2-5', taxCode: 'RSSMRA85T10L219G' } });
  assert.deepEqual(toBookingLookup('PR-7K4M-9QX2-6', ''), { ok: false, errors: [['manage-code', 'check-character'], ['manage-tax-code', 'required']] });
});

test('rounds: the preselected open one, else the only open one; the next to open', () => {
  const a = round({ id: 'a' });
  const b = round({ id: 'b', closesAt: '2026-10-20T18:00:00+02:00' });
  const later = round({ id: 'later', state: 'upcoming', opensAt: '2026-12-01T09:00:00+01:00' });
  const sooner = round({ id: 'sooner', state: 'upcoming', opensAt: '2026-11-16T09:00:00+01:00' });
  assert.equal(chooseRound([a], undefined).selected?.id, 'a');
  assert.equal(chooseRound([a, b], undefined).selected, undefined);
  assert.deepEqual(chooseRound([a, b], undefined).open.map((r) => r.id), ['b', 'a']);
  assert.equal(chooseRound([a, b], 'a').selected?.id, 'a');
  assert.equal(chooseRound([a, b], 'nope').selected, undefined);
  assert.equal(chooseRound([later, sooner], undefined).next?.id, 'sooner');
  assert.equal(chooseRound([later, sooner], undefined).selected, undefined);
});
