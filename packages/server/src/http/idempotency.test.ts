import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookingBody, demo, harness, newKey } from '../testing/harness';
import { listen } from '../testing/http';
import { fingerprint } from '@sportello/domain';

const openRound = bookingBody().roundId as string;
/** Bookings of a person in the open round. */
const rows = (h: ReturnType<typeof harness>, taxCode: string) =>
  h.db.prepare('SELECT count(*) FROM bookings WHERE tax_code = ? AND round_id = ?').pluck().get(taxCode, openRound) as number;

describe('Idempotency-Key', () => {
  it('one create retried 10 times in a row makes one booking and answers the first result each time', async () => {
    const h = harness();
    const key = newKey();
    const answers: Awaited<ReturnType<typeof h.call>>[] = [];
    for (let i = 0; i < 10; i++) answers.push(await h.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: key }));
    assert.ok(answers.every((a) => a.status === 201));
    assert.ok(answers.every((a) => a.text === answers[0]!.text));
    assert.equal(answers[0]!.headers.get('idempotent-replayed'), null);
    assert.ok(answers.slice(1).every((a) => a.headers.get('idempotent-replayed') === 'true'));
    assert.equal(rows(h, demo.taxCodes.free), 1);
    assert.equal(h.db.prepare('SELECT count(*) FROM idempotency_keys').pluck().get(), 1);
  });

  it('one create sent 10 times at once over HTTP makes one booking, and every answer is its answer', async () => {
    const h = harness();
    const server = await listen(h.app);
    try {
      const key = newKey();
      const answers = await Promise.all(Array.from({ length: 10 }, () => server.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: key })));
      for (const a of answers) assert.deepEqual(a.problems, []);
      // The key is claimed in the booking's own transaction: the others wait for it and replay it.
      assert.deepEqual(answers.map((a) => a.status), Array(10).fill(201));
      assert.equal(new Set(answers.map((a) => a.body.bookingCode)).size, 1);
      assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length, 9);
      assert.equal(rows(h, demo.taxCodes.free), 1);
    } finally {
      await server.close();
    }
  });

  it('answers 422 for the same key with another body, per partner', async () => {
    const h = harness();
    const key = newKey();
    assert.equal((await h.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: key })).status, 201);
    const other = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody({ householdSize: 3 }), idempotencyKey: key });
    assert.equal(other.status, 422);
    assert.equal(other.body.type, 'urn:sportello:problem:idempotency-key-reused');
    // The same key is another partner's own.
    const elsewhere = await h.call('POST', '/v1/ppe/bookings', {
      key: 'pk_other_site',
      body: bookingBody({ applicant: { taxCode: demo.taxCodes.freeOmocode, givenName: 'Mario', familyName: 'Rossi' } }),
      idempotencyKey: key,
    });
    assert.equal(elsewhere.status, 201);
    // Key order in the JSON does not make another request.
    const reordered = Object.fromEntries(Object.entries(bookingBody()).reverse());
    assert.equal((await h.call('POST', '/v1/ppe/bookings', { body: reordered, idempotencyKey: key })).status, 201);
  });

  it('takes over a key claimed without an answer (left by a version that claimed before writing): the retry books', async () => {
    const h = harness();
    const key = newKey();
    h.db
      .prepare('INSERT INTO idempotency_keys (partner_id, key, fingerprint, status, body, created_at, expires_at) VALUES (?, ?, ?, NULL, NULL, ?, ?)')
      .run('demo-torino', key, fingerprint('create_ppe_booking', {}, bookingBody()), h.clock.now.getTime(), h.clock.now.getTime() + 86_400_000);
    const retried = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: key });
    assert.equal(retried.status, 201);
    assert.equal(rows(h, demo.taxCodes.free), 1);
    const again = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: key });
    assert.equal(again.text, retried.text);
  });

  it('keeps the key, the booking and the answer in one transaction: a write that fails leaves no key', async () => {
    const h = harness();
    const key = newKey();
    // The stock update fails inside the booking's transaction (a trigger stands in for a crash mid-write).
    h.db.exec("CREATE TRIGGER fail_stock BEFORE UPDATE OF units_booked ON rounds BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const failed = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: key });
    assert.equal(failed.status, 500);
    assert.equal(rows(h, demo.taxCodes.free), 0, 'no booking without its answer');
    assert.equal(h.db.prepare('SELECT count(*) FROM idempotency_keys').pluck().get(), 0, 'no key without its booking');
    h.db.exec('DROP TRIGGER fail_stock');
    const retried = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: key });
    assert.equal(retried.status, 201);
    assert.equal(rows(h, demo.taxCodes.free), 1);
  });

  it('replays a conflict as it was, stores no validation error, forgets keys after 24 hours', async () => {
    const h = harness();
    const invalidKey = newKey();
    const invalid = await h.call('POST', '/v1/ppe/bookings', {
      body: bookingBody({ applicant: { taxCode: 'RSSMRA85T10L219X', givenName: 'Mario', familyName: 'Rossi' } }),
      idempotencyKey: invalidKey,
    });
    assert.equal(invalid.status, 400);
    assert.equal((await h.call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: invalidKey })).status, 201);

    const body = bookingBody({ applicant: { taxCode: demo.taxCodes.alreadyBooked, givenName: 'Mario', familyName: 'Rossi' } });
    const key = newKey();
    const first = await h.call('POST', '/v1/ppe/bookings', { body, idempotencyKey: key });
    assert.equal(first.status, 409);
    const again = await h.call('POST', '/v1/ppe/bookings', { body, idempotencyKey: key });
    assert.equal(again.text, first.text);
    assert.equal(again.headers.get('content-type'), 'application/problem+json');

    const later = newKey();
    const booked = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody({ applicant: { taxCode: demo.taxCodes.freeOmocode, givenName: 'M', familyName: 'R' } }), idempotencyKey: later });
    assert.equal(booked.status, 201);
    h.clock.set(new Date(h.clock.now.getTime() + 24 * 3_600_000 + 1000));
    const afterADay = await h.call('POST', '/v1/ppe/bookings', { body: bookingBody({ applicant: { taxCode: demo.taxCodes.freeOmocode, givenName: 'M', familyName: 'R' } }), idempotencyKey: later });
    assert.equal(afterADay.status, 409);
    assert.equal(afterADay.body.type, 'urn:sportello:problem:already-booked');
    assert.equal(afterADay.text.includes(booked.body.bookingCode), false, 'the answer reveals no code');
  });

  it('makes registrations and help requests idempotent too', async () => {
    const h = harness();
    const key = newKey();
    const body = { topic: 'homework', description: 'Compiti di matematica per la terza media', forWhom: 'someone-i-care-for', contact: { email: 'f@example.org', preferredChannel: 'email', preferredTime: 'any' }, district: 2, privacyConsent: true };
    const a = await h.call('POST', '/v1/help/requests', { body, idempotencyKey: key });
    const b = await h.call('POST', '/v1/help/requests', { body, idempotencyKey: key });
    assert.equal(a.status, 201);
    assert.equal(b.body.ticketCode, a.body.ticketCode);
    assert.equal(h.db.prepare("SELECT count(*) FROM help_requests WHERE email = 'f@example.org'").pluck().get(), 1);
  });
});
