import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookingBody, buildRequest, contractProblems, demo, harness, newKey, partners, toAnswer } from '../testing/harness';
import { createApp } from '../app';
import { createLogger } from './logger';
import { openDatabase } from '../store/sqlite/database';
import { createSqliteStore } from '../store/sqlite/sqlite-store';

describe('logs', () => {
  it('write one JSON line per request with its id, route template and status, and no personal data', async () => {
    const h = harness();
    const person = { taxCode: 'vrdlgu40c15l219q', givenName: 'Luigia', familyName: 'Verdinelli' };
    const booked = await h.call('POST', '/v1/ppe/bookings', {
      body: bookingBody({ applicant: person, contact: { phone: '333 987 6543', email: 'luigia.verdinelli@example.org' } }),
      idempotencyKey: newKey(),
    });
    assert.equal(booked.status, 201);
    await h.call('POST', '/v1/ppe/bookings', { body: bookingBody({ applicant: person }), idempotencyKey: newKey() });
    await h.call('POST', `/v1/ppe/bookings/${booked.body.bookingCode}/cancellation`, { body: { taxCode: person.taxCode } });
    await h.call('POST', '/v1/vouchers/checks', { body: demo.vouchers.active });
    await h.call('POST', '/v1/help/requests', {
      body: {
        topic: 'psychological-support',
        description: 'Mi sento molto solo dopo la morte di mia moglie',
        forWhom: 'myself',
        contact: { phone: '333 987 6543', preferredChannel: 'phone', preferredTime: 'evening' },
        district: 4,
        privacyConsent: true,
        healthDataConsent: true,
      },
      idempotencyKey: newKey(),
    });
    await h.call('POST', '/v1/ppe/bookings', { raw: `{"applicant":{"taxCode":"${demo.taxCodes.free}"`, contentType: 'application/json', idempotencyKey: newKey() });

    const text = h.logs.join('\n');
    for (const secret of [
      'VRDLGU40C15L219Q', 'vrdlgu40c15l219q', 'Luigia', 'Verdinelli', '3339876543', '393339876543', '987 6543',
      'luigia.verdinelli', 'solo dopo la morte', demo.vouchers.active.taxCode, demo.taxCodes.free,
    ]) {
      assert.ok(!text.includes(secret), `the logs contain ${secret}`);
    }
    const lines = h.logs.map((l) => JSON.parse(l));
    const requests = lines.filter((l) => l.msg === 'request');
    assert.equal(requests.length, 6);
    for (const l of requests) {
      assert.match(l.reqId, /^[0-9a-f-]{36}$/);
      assert.equal(typeof l.status, 'number');
      assert.equal(typeof l.ms, 'number');
      assert.doesNotMatch(l.route, /PR-/, 'the route is the template, not the path with the booking code');
    }
    assert.deepEqual(
      requests.map((l) => [l.route, l.status]),
      [
        ['/v1/ppe/bookings', 201],
        ['/v1/ppe/bookings', 409],
        ['/v1/ppe/bookings/{bookingCode}/cancellation', 200],
        ['/v1/vouchers/checks', 200],
        ['/v1/help/requests', 201],
        ['/v1/ppe/bookings', 400],
      ],
    );
    assert.equal(requests[1].problem, 'already-booked');
    assert.equal(requests[0].partner, 'demo-torino');
  });

  it('answer an unexpected failure 500 internal-error, and log it without its message', async () => {
    const logs: string[] = [];
    const store = createSqliteStore(openDatabase(':memory:'));
    store.createBooking = async () => {
      throw new TypeError(`cannot read ${demo.taxCodes.free} of undefined`);
    };
    const app = createApp({ store, partners, logger: createLogger({ write: (l) => logs.push(l) }), rateLimits: false });
    const answer = await toAnswer(await app.fetch(buildRequest('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: newKey() })));
    assert.equal(answer.status, 500);
    assert.equal(answer.body.type, 'urn:sportello:problem:internal-error');
    assert.deepEqual(contractProblems('POST', '/v1/ppe/bookings', answer), []);
    const error = logs.map((l) => JSON.parse(l)).find((l) => l.level === 'error');
    assert.equal(error.error.name, 'TypeError');
    assert.equal(error.reqId, answer.headers.get('x-request-id'));
    assert.ok(!logs.join('\n').includes(demo.taxCodes.free));
  });
});
