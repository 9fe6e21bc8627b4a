import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { SqliteDatabase } from './store/sqlite/database';
import type { Store } from './store/store';
import { createSqliteStore } from './store/sqlite/sqlite-store';
import { createServices } from '@sportello/domain';
import { contract } from '@sportello/contract';
import { isBusy } from './store/sqlite/errors';
import { createApi, type AppEnv } from './http/api';
import { BODY_LIMIT } from './http/body';
import { createLogger, describeError, type Logger } from './http/logger';
import { pickLang } from '@sportello/domain';
import { PartnerRegistry, type Partner } from './http/partners';
import { ProblemError, problemBody } from './http/problem';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimitConfig } from './http/rate-limit';
import { Admission } from './http/admission';
import { SharedRateLimiter, type RateCounter } from './http/shared-rate-limit';
import type { TokenVerifier } from './http/auth';
import { DEV_IDP_PATH, type DevIdp } from './dev-idp';

export interface AppOptions {
  /** The SQLite database (migrated; see `openDatabase`). Give this or `store`. */
  db?: SqliteDatabase;
  /** Any implementation of the data-access layer; overrides `db`. */
  store?: Store;
  /** The partner sites: keys and allowed origins (see `loadPartners`). */
  partners: readonly Partner[];
  /** The clock, for tests; default `() => new Date()`. */
  now?: () => Date;
  /** Where log lines go; default JSON lines on standard output at `info`. */
  logger?: Logger;
  /** Rate limits, or `false` for none (benchmarks); default {@link DEFAULT_RATE_LIMITS}. */
  rateLimits?: RateLimitConfig | false;
  /** Take the client address from the last `X-Forwarded-For` entry (behind one reverse proxy). */
  trustProxy?: boolean;
  /** Largest request body in bytes; default 16 KiB. */
  bodyLimit?: number;
  /** A folder served at `/` (the demo partner site). */
  staticDir?: string;
  /** More folders, by URL prefix: `{ '/sportello': 'packages/widgets/dist' }`. */
  staticMounts?: Record<string, string>;
  /** The Content-Security-Policy of static files. */
  staticCsp?: string;
  /** Whether a store error is a passing one (busy, unreachable), answered 503 + Retry-After; default SQLite's busy. */
  isTransient?: (error: unknown) => boolean;
  /** Admission control: API requests in progress before new ones get 503 + Retry-After at once (0 or absent: no bound). */
  maxInFlight?: number;
  /** Rate-limit counters shared by every process (PostgreSQL's); default: in this process's memory. */
  rateCounter?: RateCounter;
  /** Verifies operators' bearer tokens (`createTokenVerifier`); without it every bearer token is refused (401). */
  tokens?: TokenVerifier;
  /** A development identity provider (`createDevIdp`), served at `/dev-idp`. Never in production. */
  devIdp?: DevIdp;
}

/** The contract version this server implements. */
export const CONTRACT_VERSION = String((contract.info as { version: string }).version);

// The policy a strict partner page runs: no inline script or style, no eval, Trusted Types with
// only Lit's own policy. The demo site is served with it so that the e2e tests prove the widgets
// live with it.
const DEFAULT_STATIC_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The Sportello API (every operation of `openapi/sportello.yaml` under `/v1`) as a Hono app, plus
 * optional static folders. Serve it with `@hono/node-server`'s `serve({ fetch: app.fetch })`, or
 * call `app.request()` in tests.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  if (!options.store && !options.db) throw new Error('createApp needs a db or a store');
  const store = options.store ?? createSqliteStore(options.db!);
  const logger = options.logger ?? createLogger();
  const clock = options.now ?? (() => new Date());
  const now = () => clock().getTime();
  const app = new Hono<AppEnv>();
  let nextPurge = 0;

  app.use('*', async (c, next) => {
    const started = performance.now();
    const reqId = randomUUID();
    const api = c.req.path === '/v1' || c.req.path.startsWith('/v1/');
    c.set('reqId', reqId);
    c.set('lang', pickLang(c.req.header('accept-language')));
    c.set('log', { reqId, method: c.req.method });
    await next();
    // API answers carry their headers already (see http/api.ts); static files get theirs here.
    if (!api) {
      const headers = c.res.headers;
      headers.set('X-Content-Type-Options', 'nosniff');
      headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
      headers.set('X-Request-Id', reqId);
      if (headers.get('content-type')?.startsWith('text/html')) {
        headers.set('Content-Security-Policy', options.staticCsp ?? DEFAULT_STATIC_CSP);
        headers.set('X-Frame-Options', 'SAMEORIGIN');
      }
    }
    const log = c.get('log');
    logger.info('request', { ...log, route: log.route ?? (api ? '/v1/(unmatched)' : '(static)'), status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 });
    const t = now();
    if (t >= nextPurge) {
      nextPurge = t + 10 * 60 * 1000;
      store.purgeIdempotencyKeys(t).catch((error) => logger.warn('idempotency purge failed', { error: describeError(error) }));
    }
  });

  const api = createApi({
    store,
    services: createServices({ version: CONTRACT_VERSION }),
    isTransient: options.isTransient ?? isBusy,
    partners: new PartnerRegistry(options.partners),
    limiter:
      options.rateLimits === false
        ? undefined
        : options.rateCounter
          ? new SharedRateLimiter(options.rateLimits ?? DEFAULT_RATE_LIMITS, options.rateCounter, (error) => logger.warn('shared rate limits unavailable', { error: describeError(error) }))
          : new RateLimiter(options.rateLimits ?? DEFAULT_RATE_LIMITS),
    logger,
    now,
    bodyLimit: options.bodyLimit ?? BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    admission: options.maxInFlight ? new Admission(options.maxInFlight) : undefined,
    tokens: options.tokens,
  });
  app.all('/v1', api);
  app.all('/v1/*', api);
  if (options.devIdp) app.route(DEV_IDP_PATH, options.devIdp.app);

  for (const [prefix, dir] of Object.entries(options.staticMounts ?? {})) {
    const at = prefix.replace(/\/+$/, '');
    app.use(`${at}/*`, serveStatic({ root: resolve(dir), rewriteRequestPath: (p) => p.slice(at.length) || '/' }));
  }
  if (options.staticDir) app.use('*', serveStatic({ root: resolve(options.staticDir) }));

  const problem = (c: Parameters<Parameters<typeof app.notFound>[0]>[0], error: ProblemError) =>
    c.body(JSON.stringify(problemBody(error, c.get('lang') ?? 'it', c.get('reqId') ?? 'unknown')), error.status as 404, {
      'Content-Type': 'application/problem+json',
    });
  app.notFound((c) => problem(c, new ProblemError('not-found', 404)));
  app.onError((error, c) => {
    logger.error('unexpected error', { reqId: c.get('reqId'), error: describeError(error) });
    return problem(c, new ProblemError('internal-error', 500));
  });
  return app;
}
