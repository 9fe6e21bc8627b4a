/**
 * The reference server on PostgreSQL passes the API conformance suite (the same one the mocks and
 * SQLite pass). One scratch database for the file, one schema per test (a fresh API each time).
 */
import { after, test } from 'node:test';
import { demoTokens, runApiConformance } from '@sportello/conformance';
import { createApp } from './app';
import { createLogger } from './http/logger';
import { partners } from './testing/harness';
import { PG_SKIP, scratchDatabase, withDatabase, type ScratchDatabase } from './testing/postgres';
import { connectPostgres, isPostgresTransient } from './store/postgres/database';
import { migratePostgres } from './store/postgres/migrations';
import { createPostgresStore } from './store/postgres/postgres-store';
import { postgresRateCounter } from './store/postgres/rate-counter';

if (PG_SKIP) {
  test('API conformance: server on PostgreSQL', { skip: PG_SKIP }, () => {});
} else {
  let scratch: Promise<ScratchDatabase> | undefined;
  let schemas = 0;
  after(async () => (await scratch)?.drop());

  runApiConformance({
    name: 'server on PostgreSQL',
    start: async (seed, now) => {
      const db = await (scratch ??= scratchDatabase('conformance'));
      const schema = `t${++schemas}`;
      const admin = connectPostgres(db.url, { max: 1 });
      await admin.unsafe(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const sql = connectPostgres(withDatabase(db.url, db.name, { search_path: schema }), { max: 4 });
      await migratePostgres(sql);
      const store = createPostgresStore(sql);
      await store.seed(seed);
      const app = createApp({ store, isTransient: isPostgresTransient, rateCounter: postgresRateCounter(sql), partners, now: () => now, logger: createLogger({ level: 'error', write: () => {} }), tokens: demoTokens });
      return { fetch: async (request) => app.fetch(request), close: () => store.close() };
    },
    token: async (name) => `demo.${name}`,
  });
}
