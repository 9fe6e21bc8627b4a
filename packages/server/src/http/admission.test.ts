import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../app';
import { openDatabase } from '../store/sqlite/database';
import { createSqliteStore } from '../store/sqlite/sqlite-store';
import { demoSeed } from '../seed';
import { createLogger } from './logger';
import { buildRequest, contractProblems, DEMO_NOW, demo, partners, toAnswer } from '../testing/harness';
import type { Store } from '../store/store';

describe('admission control', () => {
  it('past the bound of requests in progress, answers 503 + Retry-After at once; status still answers; then admits again', async () => {
    const db = openDatabase(':memory:');
    const inner = createSqliteStore(db);
    await inner.seed(demoSeed(DEMO_NOW));
    // A store whose look-ups wait until released: requests that stay in progress.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const store: Store = { ...inner, findBooking: async (code, taxCode) => (await gate, inner.findBooking(code, taxCode)) };
    const app = createApp({ store, partners, now: () => DEMO_NOW, rateLimits: false, maxInFlight: 2, logger: createLogger({ level: 'silent' }) });
    const call = async (method: string, path: string, body?: unknown) => {
      const a = await toAnswer(await app.fetch(buildRequest(method, path, body === undefined ? {} : { body })));
      assert.deepEqual(contractProblems(method, path, a), []);
      return a;
    };
    const lookup = { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.free };
    const held = [call('POST', '/v1/ppe/booking-lookups', lookup), call('POST', '/v1/ppe/booking-lookups', lookup)];
    await new Promise((r) => setImmediate(r));

    // Answered while the two held requests are still in progress (the gate is not open yet): it did
    // not queue behind them.
    const refused = await call('GET', '/v1/ppe/rounds');
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    assert.equal(refused.body.type, 'urn:sportello:problem:service-unavailable');
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.equal((await call('GET', '/v1/status')).status, 200, 'health checks are never refused');

    release();
    assert.deepEqual((await Promise.all(held)).map((a) => a.status), [404, 404]);
    assert.equal((await call('GET', '/v1/ppe/rounds')).status, 200, 'admitted again once the others finished');
    db.close();
  });
});
