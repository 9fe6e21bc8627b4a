/**
 * The server on PostgreSQL when the database goes away and comes back, and when it stops: `/status`
 * answers 503 + Retry-After while the database cannot be reached (a TCP proxy in front of the real
 * server, closed then opened again), writes answer 503 rather than 500, and a graceful stop lets
 * requests in progress finish. Skipped, saying why, without SPORTELLO_TEST_DATABASE_URL.
 */
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { DEMO_NOW } from '@sportello/demo-data';
import { buildRequest, contractProblems, bookingBody, newKey, partners, toAnswer } from './testing/harness';
import { PG_SKIP, PG_URL, scratchDatabase, type ScratchDatabase } from './testing/postgres';
import { connectPostgres, isPostgresTransient, type Sql } from './store/postgres/database';
import { migratePostgres } from './store/postgres/migrations';
import { createPostgresStore } from './store/postgres/postgres-store';
import { createApp } from './app';
import { createLogger } from './http/logger';
import { startServer } from './server';
import { demoSeed } from './seed';
import { DEMO_PARTNERS_FILE } from './http/partners';
import { syntheticTaxCode } from './testing/tax-codes';

/** A TCP proxy to PostgreSQL that can be cut (every connection dropped, the port closed) and restored on the same port. */
async function cuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((ready) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        ready();
      });
    });
  const cut = () =>
    new Promise<void>((done) => {
      for (const s of sockets) s.destroy();
      server!.close(() => done());
    });
  await open();
  return { port: () => port, open, cut };
}

if (PG_SKIP) {
  test('PostgreSQL going away and coming back; graceful stop', { skip: PG_SKIP }, () => {});
} else {
  describe('PostgreSQL going away and coming back; graceful stop', { timeout: 60_000 }, () => {
    let db: ScratchDatabase;
    before(async () => {
      db = await scratchDatabase('resilience');
      const sql = connectPostgres(db.url, { max: 1 });
      await migratePostgres(sql);
      await createPostgresStore(sql).seed(demoSeed(DEMO_NOW));
    });
    after(async () => db?.drop());

    it('/status answers 503 + Retry-After while the database is unreachable, 200 again when it returns; writes answer 503, not 500', async () => {
      const target = new URL(PG_URL!);
      const proxy = await cuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const viaProxy = new URL(db.url);
      viaProxy.host = `127.0.0.1:${proxy.port()}`;
      const sql = connectPostgres(viaProxy.toString(), { max: 2, connectTimeout: 2 });
      const store = createPostgresStore(sql);
      const app = createApp({ store, isTransient: isPostgresTransient, partners, now: () => DEMO_NOW, rateLimits: false, logger: createLogger({ level: 'silent' }) });
      const call = async (method: string, path: string, o: Parameters<typeof buildRequest>[2] = {}) => {
        const a = await toAnswer(await app.fetch(buildRequest(method, path, o)));
        assert.deepEqual(contractProblems(method, path, a), []);
        return a;
      };
      try {
        assert.equal((await call('GET', '/v1/status')).status, 200);
        await proxy.cut();
        const started = performance.now();
        const down = await call('GET', '/v1/status');
        assert.ok(performance.now() - started < 3000, 'answered within the connect timeout');
        assert.equal(down.status, 503);
        assert.ok(Number(down.headers.get('retry-after')) >= 1);
        const write = await call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: newKey() });
        assert.deepEqual([write.status, write.body.type], [503, 'urn:sportello:problem:service-unavailable']);
        assert.ok(Number(write.headers.get('retry-after')) >= 1);
        assert.equal((await call('GET', '/v1/ppe/rounds')).status, 503);

        await proxy.open();
        assert.equal((await call('GET', '/v1/status')).status, 200, 'back once the database answers');
        assert.equal((await call('POST', '/v1/ppe/bookings', { body: bookingBody(), idempotencyKey: newKey() })).status, 201);
      } finally {
        await store.close();
        await proxy.cut().catch(() => {});
      }
    });

    it('a graceful stop refuses new connections and lets the requests in progress finish', async () => {
      const running = await startServer(
        { port: 0, host: '127.0.0.1', database: '', databaseUrl: db.url, partnersFile: DEMO_PARTNERS_FILE, logLevel: 'silent', seed: false, rateLimits: false, trustProxy: false },
        { logger: createLogger({ level: 'silent' }) },
      );
      const lock: Sql = connectPostgres(db.url, { max: 1 });
      // A round open now (the server runs on the real clock).
      const round = 'drain-test';
      await lock`
        INSERT INTO rounds (id, title_it, title_en, item_it, item_en, opens_at, closes_at, units_per_person, max_household_size, stock_units)
        VALUES (${round}, 'Prova', 'Test', 'mascherine', 'masks', ${Date.now() - 86_400_000}, ${Date.now() + 86_400_000}, 5, 12, 100)`;
      try {
        // Hold the round's row: a booking then stays in progress inside its transaction.
        let release!: () => void;
        const released = new Promise<void>((r) => (release = r));
        const holding = lock.begin(async (tx) => {
          await tx`SELECT 1 FROM rounds WHERE id = ${round} FOR UPDATE`;
          await released;
        });
        await new Promise((r) => setTimeout(r, 100));
        const url = running.url.replace('localhost', '127.0.0.1');
        const body = bookingBody({ roundId: round, applicant: { taxCode: syntheticTaxCode(77), givenName: 'Lara', familyName: 'Bianchi' } });
        const inProgress = fetch(buildRequest('POST', '/v1/ppe/bookings', { body, idempotencyKey: newKey() }, url)).then(toAnswer);
        await new Promise((r) => setTimeout(r, 200));
        const closed = running.close();
        await new Promise((r) => setTimeout(r, 100));
        await assert.rejects(fetch(`${url}/v1/status`, { headers: { Connection: 'close' } }), 'no new connections');
        release();
        await holding;
        const answer = await inProgress;
        assert.equal(answer.status, 201, answer.text);
        await closed;
      } finally {
        await lock.end();
        await running.close();
      }
    });
  });
}
