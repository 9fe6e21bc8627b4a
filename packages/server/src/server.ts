import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import { openDatabase } from './store/sqlite/database';
import { migrate } from './store/sqlite/migrations';
import { createSqliteStore } from './store/sqlite/sqlite-store';
import { demoSeed } from './seed';
import { loadPartners } from './http/partners';
import { createLogger, type Logger, type LogLevel } from './http/logger';
import type { Store } from './store/store';
import { connectPostgres, isPostgresTransient } from './store/postgres/database';
import { migratePostgres } from './store/postgres/migrations';
import { createPostgresStore } from './store/postgres/postgres-store';
import { DEFAULT_MAX_IN_FLIGHT } from './http/admission';
import { postgresRateCounter } from './store/postgres/rate-counter';

/** How to run the server; see `config.ts` for the environment variables and flags that set it. */
export interface ServerConfig {
  port: number;
  host: string;
  /** SQLite file (created with its folder when missing), or `:memory:`. */
  database: string;
  partnersFile: string;
  logLevel: LogLevel;
  /** Seed the demo data when the database is new. */
  seed: boolean;
  rateLimits: boolean;
  trustProxy: boolean;
  staticDir?: string;
  staticMounts?: Record<string, string>;
  staticCsp?: string;
  /** PostgreSQL (`postgres://…`) instead of the SQLite file. */
  databaseUrl?: string;
  /** Connections to PostgreSQL in this process (default 10). */
  databasePool?: number;
  /** Admission control: API requests in progress before 503 + Retry-After (default 256; 0: no bound). */
  maxInFlight?: number;
  /** Apply the migrations and stop (`--migrate`); `startServer` does not look at it. */
  migrateOnly?: boolean;
}

/** Opens the configured database, migrated: PostgreSQL when `databaseUrl` is set, else the SQLite file. */
export async function openStore(config: Pick<ServerConfig, 'database' | 'databaseUrl' | 'databasePool'>) {
  if (config.databaseUrl) {
    const sql = connectPostgres(config.databaseUrl, { max: config.databasePool ?? 10 });
    const migrations = await migratePostgres(sql);
    return { store: createPostgresStore(sql) as Store, migrations, isTransient: isPostgresTransient, database: 'postgres', rateCounter: postgresRateCounter(sql) };
  }
  const db = openDatabase(config.database, { migrate: false });
  const migrations = migrate(db);
  return { store: createSqliteStore(db) as Store, migrations, isTransient: undefined, database: config.database, rateCounter: undefined };
}

export interface RunningServer {
  /** `http://localhost:<port>` (or the host it listens on). */
  url: string;
  port: number;
  server: ServerType;
  logger: Logger;
  /** Stops accepting connections, finishes the open ones, closes the database. */
  close(): Promise<void>;
}

/** Opens and migrates the database, seeds it when new, and starts listening. */
export async function startServer(config: ServerConfig, options: { logger?: Logger } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const { store, migrations, isTransient, database, rateCounter } = await openStore(config);
  const seeded = config.seed && (await store.isEmpty());
  if (seeded) await store.seed(demoSeed());
  logger.info('database ready', { database, migrations, seeded });

  const app = createApp({
    store,
    partners: loadPartners(config.partnersFile),
    logger,
    rateLimits: config.rateLimits ? undefined : false,
    trustProxy: config.trustProxy,
    ...(isTransient ? { isTransient } : {}),
    ...(rateCounter ? { rateCounter } : {}),
    maxInFlight: config.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT,
    ...(config.staticDir ? { staticDir: config.staticDir } : {}),
    ...(config.staticMounts ? { staticMounts: config.staticMounts } : {}),
    ...(config.staticCsp ? { staticCsp: config.staticCsp } : {}),
  });

  const server = await new Promise<ServerType>((ready, fail) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => ready(s));
    s.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((done) => {
      server.close(() => {
        store.close().then(done, done);
      });
      // Keep-alive connections would hold `close` open; idle ones are closed now, busy ones when done.
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    }));
  return { url, port, server, logger, close };
}
