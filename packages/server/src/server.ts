import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ephemeralKeyRing, parseKeyRing, type KeyRing } from './store/sqlite/sealed';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import { openDatabase } from './store/sqlite/database';
import { migrate } from './store/sqlite/migrations';
import { createSqliteStore } from './store/sqlite/sqlite-store';
import { demoSeed } from './seed';
import { loadPartners } from './http/partners';
import { createLogger, type Logger, type LogLevel } from './http/logger';

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
  /** `id:base64key,…`: the keys sealing help requests at rest (see `store/sqlite/sealed.ts`). */
  dataKeys?: string;
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

/**
 * The data key ring: DATA_KEYS when set; else, for a file database, a key file beside it (created
 * once, readable by its owner only) so that `npm start` keeps working across restarts — a
 * development convenience, said in the log; `:memory:` gets a fresh key.
 */
function dataKeysFor(config: ServerConfig, logger: Logger): KeyRing {
  if (config.dataKeys) return parseKeyRing(config.dataKeys);
  if (config.database === ':memory:' || config.database === '') return ephemeralKeyRing();
  const file = `${config.database}.keys`;
  if (!existsSync(file)) {
    writeFileSync(file, `local:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    logger.warn('data key file created beside the database; set DATA_KEYS in production', { database: file });
  }
  return parseKeyRing(readFileSync(file, 'utf8'));
}

/** Opens and migrates the database, seeds it when new, and starts listening. */
export async function startServer(config: ServerConfig, options: { logger?: Logger } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const db = openDatabase(config.database, { migrate: false });
  const migrations = migrate(db);
  const store = createSqliteStore(db, { dataKeys: dataKeysFor(config, logger) });
  const seeded = config.seed && (await store.isEmpty());
  if (seeded) await store.seed(demoSeed());
  logger.info('database ready', { database: config.database, migrations, seeded });

  const app = createApp({
    store,
    partners: loadPartners(config.partnersFile),
    logger,
    rateLimits: config.rateLimits ? undefined : false,
    trustProxy: config.trustProxy,
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
        db.close();
        done();
      });
      // Keep-alive connections would hold `close` open; idle ones are closed now, busy ones when done.
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    }));
  return { url, port, server, logger, close };
}
