import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import { openDatabase } from './store/sqlite/database';
import { migrate } from './store/sqlite/migrations';
import { createSqliteStore } from './store/sqlite/sqlite-store';
import { demoSeed } from './seed';
import { loadPartners } from './http/partners';
import { createLogger, type Logger, type LogLevel } from './http/logger';
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
  /** Operators' sign-in; without it every bearer token is refused (401). */
  identity?: IdentityConfig;
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

/** Opens and migrates the database, seeds it when new, and starts listening. */
export async function startServer(config: ServerConfig, options: { logger?: Logger } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const db = openDatabase(config.database, { migrate: false });
  const migrations = migrate(db);
  const store = createSqliteStore(db);
  const seeded = config.seed && (await store.isEmpty());
  if (seeded) await store.seed(demoSeed());
  logger.info('database ready', { database: config.database, migrations, seeded });
  const { tokens, devIdp } = await identity(config.identity, logger);

  const app = createApp({
    store,
    partners: loadPartners(config.partnersFile),
    logger,
    rateLimits: config.rateLimits ? undefined : false,
    trustProxy: config.trustProxy,
    ...(config.staticDir ? { staticDir: config.staticDir } : {}),
    ...(config.staticMounts ? { staticMounts: config.staticMounts } : {}),
    ...(config.staticCsp ? { staticCsp: config.staticCsp } : {}),
    ...(tokens ? { tokens } : {}),
    ...(devIdp ? { devIdp } : {}),
  });

  const server = await new Promise<ServerType>((ready, fail) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => ready(s));
    s.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  devIdp?.listeningAt(url);

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
