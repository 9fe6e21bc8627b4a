import type { AddressInfo, Server as NetServer, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ephemeralKeyRing, parseKeyRing, type KeyRing } from './store/sqlite/sealed';
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
import { createTokenVerifier, DEFAULT_AUDIENCE, type ClaimNames, type TokenVerifier } from './http/auth';
import { createDevIdp, type DevIdp } from './dev-idp';

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
  /** Milliseconds a client has to send a request's headers; default {@link CONNECTION_DEFAULTS}. */
  headersTimeoutMs?: number;
  /** Milliseconds a client has to send a whole request (headers and body). */
  requestTimeoutMs?: number;
  /** Milliseconds an idle keep-alive connection is kept open after an answer. */
  keepAliveTimeoutMs?: number;
  /** Milliseconds of silence on a socket (nothing received or sent) before it is closed. */
  socketTimeoutMs?: number;
  /**
   * Open connections allowed per remote address; the excess is closed at once. `0`: no cap. By
   * default 100, and none with `trustProxy` (every socket then comes from the proxy: cap there).
   */
  maxConnectionsPerAddress?: number;
  /** PostgreSQL (`postgres://…`) instead of the SQLite file. */
  databaseUrl?: string;
  /** Connections to PostgreSQL in this process (default 10). */
  databasePool?: number;
  /** Admission control: API requests in progress before 503 + Retry-After (default 256; 0: no bound). */
  maxInFlight?: number;
  /** Apply the migrations and stop (`--migrate`); `startServer` does not look at it. */
  migrateOnly?: boolean;
  /** Operators' sign-in; without it every bearer token is refused (401). */
  identity?: IdentityConfig;
}

/**
 * Connection defaults against clients that open sockets and stall: a browser sends its headers in
 * milliseconds and a body here is at most 16 KiB, so seconds are plenty; a browser opens at most
 * six connections per host, so 100 per address leaves room for a school or office behind one NAT.
 */
export const CONNECTION_DEFAULTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  socketTimeoutMs: 30_000,
  maxConnectionsPerAddress: 100,
} as const;

/** The per-address cap that applies: none behind a trusted proxy unless one is set explicitly. */
export const connectionCap = (config: Pick<ServerConfig, 'maxConnectionsPerAddress' | 'trustProxy'>) =>
  config.maxConnectionsPerAddress ?? (config.trustProxy ? 0 : CONNECTION_DEFAULTS.maxConnectionsPerAddress);

/**
 * Counts open sockets per remote address and destroys, on arrival, any beyond `max`. Calls
 * `onRefused` for each one refused (the address is not passed: it is not to be logged).
 */
export function capConnectionsPerAddress(server: NetServer, max: number, onRefused: () => void = () => {}): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    // IPv4 clients of a dual-stack listener arrive as ::ffff:a.b.c.d: count them as a.b.c.d.
    const address = (socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.)/, '');
    const count = open.get(address) ?? 0;
    if (count >= max) {
      socket.destroy();
      onRefused();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/** Opens the configured database, migrated: PostgreSQL when `databaseUrl` is set, else the SQLite file. */
export async function openStore(config: Pick<ServerConfig, 'database' | 'databaseUrl' | 'databasePool'>, dataKeys?: KeyRing) {
  if (config.databaseUrl) {
    const sql = connectPostgres(config.databaseUrl, { max: config.databasePool ?? 10 });
    const migrations = await migratePostgres(sql);
    return { store: createPostgresStore(sql, dataKeys ? { dataKeys } : {}) as Store, migrations, isTransient: isPostgresTransient, database: 'postgres', rateCounter: postgresRateCounter(sql) };
  }
  const db = openDatabase(config.database, { migrate: false });
  const migrations = migrate(db);
  return { store: createSqliteStore(db, dataKeys ? { dataKeys } : {}) as Store, migrations, isTransient: undefined, database: config.database, rateCounter: undefined };
}

/** Operators' sign-in (OpenID Connect). */
export interface IdentityConfig {
  /** The provider's issuer; without it, the development provider when `devIdp` is on. */
  issuer?: string;
  /** Default `sportello-api`. */
  audience?: string;
  algorithms?: string[];
  claims?: Partial<ClaimNames>;
  /** Serve the development provider at `/dev-idp` (and trust it when no issuer is given). */
  devIdp: boolean;
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
 * development convenience, said in the log; `:memory:` gets a fresh key. On PostgreSQL the key file
 * is the same one (beside the SQLite path, `./data/sportello.sqlite` by default, otherwise unused):
 * processes started from the same folder share it, processes on other machines would not — there
 * every process needs the same DATA_KEYS.
 */
function dataKeysFor(config: ServerConfig, logger: Logger): KeyRing {
  if (config.dataKeys) return parseKeyRing(config.dataKeys);
  if (config.database === ':memory:' || config.database === '') return ephemeralKeyRing();
  const file = `${config.database}.keys`;
  if (!existsSync(file)) {
    // Written aside and linked into place: processes starting together all end up with the first one's key.
    mkdirSync(dirname(file), { recursive: true });
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(aside, `local:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    try {
      linkSync(aside, file);
      logger.warn(
        config.databaseUrl
          ? 'data key file created; set DATA_KEYS (the same in every process sharing the database) in production'
          : 'data key file created beside the database; set DATA_KEYS in production',
        { database: file },
      );
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(aside);
    }
  }
  return parseKeyRing(readFileSync(file, 'utf8'));
}

/** Opens and migrates the database, seeds it when new, and starts listening. */
export async function startServer(config: ServerConfig, options: { logger?: Logger } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const { store, migrations, isTransient, database, rateCounter } = await openStore(config, dataKeysFor(config, logger));
  const seeded = config.seed && (await store.isEmpty());
  if (seeded) await store.seed(demoSeed());
  logger.info('database ready', { database, migrations, seeded });
  logger.info('database ready', { database: config.database, migrations, seeded });
  const { tokens, devIdp } = await identity(config.identity, logger);

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
    ...(tokens ? { tokens } : {}),
    ...(devIdp ? { devIdp } : {}),
  });

  const headersTimeout = config.headersTimeoutMs ?? CONNECTION_DEFAULTS.headersTimeoutMs;
  const serverOptions = {
    headersTimeout,
    requestTimeout: config.requestTimeoutMs ?? CONNECTION_DEFAULTS.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs ?? CONNECTION_DEFAULTS.keepAliveTimeoutMs,
    // Node looks for expired header and request timers only this often (30 s by default).
    connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 2))),
  };
  const cap = connectionCap(config);
  let lastCapWarning = -Infinity;
  const server = await new Promise<ServerType>((ready, fail) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host, serverOptions }, () => ready(s));
    s.once('error', fail);
    // Before the first connection: `listen` only binds in this turn.
    s.setTimeout(config.socketTimeoutMs ?? CONNECTION_DEFAULTS.socketTimeoutMs);
    capConnectionsPerAddress(s, cap, () => {
      const now = Date.now();
      if (now - lastCapWarning < 60_000) return;
      lastCapWarning = now;
      logger.warn(`connections refused: more than ${cap} open from one address (at most one such line a minute)`);
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  devIdp?.listeningAt(url);

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

/** The token verifier and the development provider a configuration asks for. */
async function identity(config: IdentityConfig | undefined, logger: Logger): Promise<{ tokens?: TokenVerifier; devIdp?: DevIdp }> {
  if (!config) return {};
  const audience = config.audience ?? DEFAULT_AUDIENCE;
  const common = { audience, ...(config.claims ? { claims: config.claims } : {}), ...(config.algorithms ? { algorithms: config.algorithms } : {}) };
  const devIdp = config.devIdp ? await createDevIdp({ audience, ...(config.claims ? { claims: config.claims } : {}) }) : undefined;
  if (devIdp) logger.warn('development identity provider ON at /dev-idp: anyone can sign in as a demo operator');
  if (config.issuer) return { tokens: createTokenVerifier({ ...common, issuer: config.issuer }), ...(devIdp ? { devIdp } : {}) };
  // No provider configured: trust the development one, through its keys in this process.
  if (devIdp) return { tokens: createTokenVerifier({ ...common, issuer: () => devIdp.issuer, keys: devIdp.jwks }), devIdp };
  return {};
}
