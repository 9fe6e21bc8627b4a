/** The reference server on SQLite passes the API conformance suite (the same one the mocks pass). */
import { demoTokens, runApiConformance } from '@sportello/conformance';
import { createApp } from './app';
import { openDatabase } from './store/sqlite/database';
import { createSqliteStore } from './store/sqlite/sqlite-store';
import { createLogger } from './http/logger';
import { partners } from './testing/harness';

runApiConformance({
  name: 'server on SQLite',
  start: async (seed, now) => {
    const db = openDatabase(':memory:');
    const store = createSqliteStore(db);
    await store.seed(seed);
    const app = createApp({ store, partners, now: () => now, logger: createLogger({ level: 'error', write: () => {} }), tokens: demoTokens });
    return { fetch: async (request) => app.fetch(request), close: () => store.close() };
  },
  token: async (name) => `demo.${name}`,
});
