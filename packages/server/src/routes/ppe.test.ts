import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookingBody, demo, harness, newKey } from '../testing/harness';
import { demoSeed } from '../seed';
import { DEMO_NOW } from '@sportello/demo-data';
import { formatCode } from '@sportello/sdk/checks';

const seed = demoSeed(DEMO_NOW);
const [open, upcoming, closed] = seed.rounds;
const small = seed.rounds[3]!;

const book = (h: ReturnType<typeof harness>, body: Record<string, unknown>, lang?: string) =>
  h.call('POST', '/v1/ppe/bookings', { body, idempotencyKey: newKey(), ...(lang ? { lang } : {}) });

describe('GET /ppe/rounds', () => {
  it('lists open and upcoming rounds, newest first, in the asked language', async () => {
    const h = harness();
    const it_ = await h.call('GET', '/v1/ppe/rounds');
    assert.equal(it_.status, 200);
    assert.deepEqual(
      it_.body.items.map((r: { id: string }) => r.id),
      [upcoming!.id, small.id, open!.id],
    );
    assert.equal(it_.body.items[2].title, open!.title);
    assert.equal(it_.body.items[2].unitsLeft, 121_450);
    const en = await h.call('GET', '/v1/ppe/rounds', { lang: 'en-GB,en;q=0.9' });
    assert.equal(en.body.items[2].title, open!.en.title);
  });
  it('filters by state, and rejects an unknown state', async () => {
    const h = harness();
    const res = await h.call('GET', '/v1/ppe/rounds?state=closed');
    assert.deepEqual(res.body.items.map((r: { id: string }) => r.id), [closed!.id]);
    const bad = await h.call('GET', '/v1/ppe/rounds?state=sometime');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors, [{ pointer: '/query/state', code: 'not-allowed' }]);
  });
});

describe('POST /ppe/building-lookups', () => {
  it('finds a building by code, as typed or as printed', async () => {
    const h = harness();
    for (const buildingCode of ['TO-0412', 'to0412']) {
      const res = await h.call('POST', '/v1/ppe/building-lookups', { body: { buildingCode } });
      assert.equal(res.status, 200);
      assert.equal(res.body.buildingCode, 'TO-0412');
      assert.equal(res.body.street, 'Via Nizza');
    }
  });
  it('finds a building by address, however the street is written', async () => {
    const h = harness();
    const res = await h.call('POST', '/v1/ppe/building-lookups', { body: { street: 'via  nizza', civicNumber: '150', cap: '10126' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.buildingCode, 'TO-0412');
    const bis = await h.call('POST', '/v1/ppe/building-lookups', { body: { street: 'C.so Casale', civicNumber: '140bis', cap: '10132' } });
    assert.equal(bis.body.buildingCode, 'TO-1302');
  });
  it('says when the building is not in the network, and what is wrong with a bad query', async () => {
    const h = harness();
    const res = await h.call('POST', '/v1/ppe/building-lookups', { body: demo.addresses.notInNetwork });
    assert.equal(res.status, 404);
    assert.equal(res.body.type, 'urn:sportello:problem:building-not-in-network');
    assert.match(res.body.detail, /contact center/);
    const bad = await h.call('POST', '/v1/ppe/building-lookups', { body: { street: 'Via Nizza', civicNumber: '150', cap: '20121' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors, [{ pointer: '/cap', code: 'format' }]);
  });
});

describe('POST /ppe/bookings', () => {
  it('confirms a booking: quantity from the household, normalized inputs stored, initials only echoed', async () => {
    const h = harness();
    const body = bookingBody({ applicant: { taxCode: ' vrdlgu40c15l219q ', givenName: 'Luigi', familyName: 'Verdi' } });
    const res = await book(h, body);
    assert.equal(res.status, 201);
    assert.equal(res.body.state, 'confirmed');
    assert.equal(res.body.quantity, 10);
    assert.equal(res.body.applicantInitials, 'L.V.');
    assert.equal(res.body.cancellable, true);
    assert.equal(res.body.building.buildingCode, 'TO-0412');
    assert.equal(res.body.createdAt, '2026-10-12T09:30:00+02:00');
    assert.doesNotMatch(res.text, /VRDLGU|Luigi|Verdi|333/);
    const row = h.db.prepare('SELECT tax_code, phone, quantity, state FROM bookings WHERE code = ?').get(res.body.bookingCode);
    assert.deepEqual(row, { tax_code: 'VRDLGU40C15L219Q', phone: '+393331234567', quantity: 10, state: 'confirmed' });
    const round = h.db.prepare('SELECT stock_units - units_booked AS left FROM rounds WHERE id = ?').get(open!.id) as { left: number };
    assert.equal(round.left, 121_450 - 10);
  });
  it('books by address and by e-mail contact', async () => {
    const h = harness();
    const res = await book(h, bookingBody({ building: { street: 'Via Po', civicNumber: '18', cap: '10123' }, contact: { email: 'Luigi@Example.org' } }));
    assert.equal(res.status, 201);
    assert.equal(res.body.building.buildingCode, 'TO-0518');
  });
  it('answers already-booked with the existing code, in a constraint, not a second row', async () => {
    const h = harness();
    const res = await book(h, bookingBody({ applicant: { taxCode: demo.taxCodes.alreadyBooked, givenName: 'Mario', familyName: 'Rossi' } }));
    assert.equal(res.status, 409);
    assert.equal(res.body.type, 'urn:sportello:problem:already-booked');
    assert.equal(res.text.includes(demo.bookingCodes.confirmed), false, 'a codice fiscale alone reveals no booking code');
    const n = h.db.prepare('SELECT count(*) AS n FROM bookings WHERE tax_code = ?').get(demo.taxCodes.alreadyBooked) as { n: number };
    assert.equal(n.n, 1);
  });
  it('lets a person whose booking was cancelled book again', async () => {
    const h = harness();
    const res = await book(h, bookingBody({ applicant: { taxCode: demo.taxCodes.cancelled, givenName: 'Anna', familyName: "Dell'Orto" } }));
    assert.equal(res.status, 201);
    assert.equal(res.body.applicantInitials, 'A.D.');
  });
  it('answers round-full when the stock left is short, and books what fits', async () => {
    const h = harness();
    const full = await book(h, bookingBody({ roundId: small.id, householdSize: 3 }));
    assert.equal(full.status, 409);
    assert.equal(full.body.type, 'urn:sportello:problem:round-full');
    assert.equal(full.body.title, 'Mascherine esaurite');
    const fits = await book(h, bookingBody({ roundId: small.id, householdSize: 2 }));
    assert.equal(fits.status, 201);
    const left = h.db.prepare('SELECT stock_units - units_booked AS left FROM rounds WHERE id = ?').get(small.id) as { left: number };
    assert.equal(left.left, 0);
    assert.equal(h.db.prepare('SELECT count(*) AS n FROM bookings WHERE round_id = ?').pluck().get(small.id), 2);
  });
  it('answers window-closed for an upcoming or a closed round, with the next opening', async () => {
    const h = harness();
    const soon = await book(h, bookingBody({ roundId: upcoming!.id }), 'en');
    assert.equal(soon.status, 409);
    assert.equal(soon.body.type, 'urn:sportello:problem:window-closed');
    assert.equal(soon.body.title, 'Bookings closed');
    assert.equal(soon.body.nextRoundOpensAt, upcoming!.opensAt);
    const past = await book(h, bookingBody({ roundId: closed!.id }));
    assert.equal(past.status, 409);
    assert.equal(past.body.type, 'urn:sportello:problem:window-closed');
  });
  it('answers 404 for an unknown round or a building outside the network', async () => {
    const h = harness();
    const round = await book(h, bookingBody({ roundId: 'no-such-round' }));
    assert.equal(round.status, 404);
    assert.equal(round.body.type, 'urn:sportello:problem:round-not-found');
    const building = await book(h, bookingBody({ building: demo.addresses.notInNetwork }));
    assert.equal(building.status, 404);
    assert.equal(building.body.type, 'urn:sportello:problem:building-not-in-network');
  });
  it('checks the codice fiscale, the phone and the household size as the shared checks do', async () => {
    const h = harness();
    const res = await book(h, bookingBody({ applicant: { taxCode: 'RSSMRA85T10L219X', givenName: ' ', familyName: 'Rossi' }, contact: { phone: '+44 20 7946 0958' } }));
    assert.equal(res.status, 400);
    assert.equal(res.body.type, 'urn:sportello:problem:validation-error');
    // What the contract's schemas can say comes first (a blank name, a phone that is not Italian)…
    assert.deepEqual(res.body.errors, [
      { pointer: '/applicant/givenName', code: 'required' },
      { pointer: '/contact/phone', code: 'format' },
    ]);
    // …then the shared checks (the check character).
    const again = await book(h, bookingBody({ applicant: { taxCode: 'RSSMRA85T10L219X', givenName: 'Mario', familyName: 'Rossi' } }));
    assert.deepEqual(again.body.errors, [{ pointer: '/applicant/taxCode', code: 'check-character' }]);
    const month = await book(h, bookingBody({ applicant: { taxCode: 'RSSMRA85Z10L219G', givenName: 'Mario', familyName: 'Rossi' } }));
    assert.deepEqual(month.body.errors, [{ pointer: '/applicant/taxCode', code: 'format' }], 'Z is no month letter');
    const help = await h.call('GET', '/v1/help/topics', { headers: { 'Accept-Language': '?' } });
    assert.equal(help.status, 200, 'any Accept-Language is fine');
    h.db.prepare("UPDATE rounds SET max_household_size = 4 WHERE id = ?").run(open!.id);
    const big = await book(h, bookingBody({ householdSize: 5 }));
    assert.equal(big.status, 400);
    assert.deepEqual(big.body.errors, [{ pointer: '/householdSize', code: 'out-of-range' }]);
  });
  it('requires an idempotency key and the privacy consent', async () => {
    const h = harness();
    const res = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody({ privacyConsent: false }) });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors, [
      { pointer: '/header/Idempotency-Key', code: 'required' },
      { pointer: '/privacyConsent', code: 'consent-required' },
    ]);
  });
});

describe('POST /ppe/booking-lookups', () => {
  it('finds a booking by code and codice fiscale; any mismatch looks like an unknown code', async () => {
    const h = harness();
    const found = await h.call('POST', '/v1/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.alreadyBooked.toLowerCase() } });
    assert.equal(found.status, 200);
    assert.equal(found.body.bookingCode, demo.bookingCodes.confirmed);
    assert.equal(found.body.quantity, 15);
    const wrongPerson = await h.call('POST', '/v1/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.free } });
    const unknown = await h.call('POST', '/v1/ppe/booking-lookups', { body: { bookingCode: formatCode('PR', '00000000'), taxCode: demo.taxCodes.alreadyBooked } });
    assert.equal(wrongPerson.status, 404);
    assert.equal(unknown.status, 404);
    const { instance: _a, ...a } = wrongPerson.body;
    const { instance: _b, ...b } = unknown.body;
    assert.deepEqual(a, b);
    assert.equal(a.type, 'urn:sportello:problem:booking-not-found');
  });
  it('catches a mistyped code by its check character', async () => {
    const h = harness();
    const res = await h.call('POST', '/v1/ppe/booking-lookups', { body: { bookingCode: 'PR-7K4M-9QX2-6', taxCode: demo.taxCodes.alreadyBooked } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors, [{ pointer: '/bookingCode', code: 'check-character' }]);
  });
});

describe('POST /ppe/bookings/{bookingCode}/cancellation', () => {
  const cancel = (h: ReturnType<typeof harness>, code: string, taxCode: string) =>
    h.call('POST', `/v1/ppe/bookings/${code}/cancellation`, { body: { taxCode } });

  it('cancels a confirmed booking and gives its units back; cancelling again answers the booking', async () => {
    const h = harness();
    const before = h.db.prepare('SELECT units_booked FROM rounds WHERE id = ?').pluck().get(open!.id) as number;
    const res = await cancel(h, demo.bookingCodes.confirmed, demo.taxCodes.alreadyBooked);
    assert.equal(res.status, 200);
    assert.equal(res.body.state, 'cancelled');
    assert.equal(res.body.cancellable, false);
    assert.equal(h.db.prepare('SELECT units_booked FROM rounds WHERE id = ?').pluck().get(open!.id), before - 15);
    const again = await cancel(h, demo.bookingCodes.confirmed, demo.taxCodes.alreadyBooked);
    assert.equal(again.status, 200);
    assert.equal(again.body.state, 'cancelled');
    assert.equal(h.db.prepare('SELECT units_booked FROM rounds WHERE id = ?').pluck().get(open!.id), before - 15);
  });
  it('refuses once the administrator has taken it, and hides bookings of others', async () => {
    const h = harness();
    const taken = await cancel(h, demo.bookingCodes.assigned, demo.taxCodes.assigned);
    assert.equal(taken.status, 409);
    assert.equal(taken.body.type, 'urn:sportello:problem:not-cancellable');
    const delivered = await cancel(h, demo.bookingCodes.delivered, demo.taxCodes.free);
    assert.equal(delivered.status, 409);
    const other = await cancel(h, demo.bookingCodes.confirmed, demo.taxCodes.free);
    assert.equal(other.status, 404);
    assert.equal(other.body.type, 'urn:sportello:problem:booking-not-found');
    const badCode = await cancel(h, 'PR-7K4M-9QX2-6', demo.taxCodes.alreadyBooked);
    assert.equal(badCode.status, 400);
    assert.deepEqual(badCode.body.errors, [{ pointer: '/path/bookingCode', code: 'check-character' }]);
  });
});
