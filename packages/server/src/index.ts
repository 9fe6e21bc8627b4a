/**
 * `@sportello/server`: the reference implementation of the Sportello API on SQLite.
 * ```ts
 * const db = openDatabase('./data/sportello.sqlite');
 * const app = createApp({ db, partners: loadPartners(DEMO_PARTNERS_FILE) });
 * serve({ fetch: app.fetch, port: 8080 });
 * ```
 */
export { createApp, type AppOptions } from './app';
export { openDatabase, type SqliteDatabase } from './store/sqlite/database';
export { migrate, migrations } from './store/sqlite/migrations';
export { createSqliteStore } from './store/sqlite/sqlite-store';
export type { Store } from './store/store';
export type { SeedData } from '@sportello/domain';
export { demoSeed } from './seed';
export { loadPartners, DEMO_PARTNERS_FILE, PartnerRegistry, type Partner } from './http/partners';
export { createLogger, type Logger, type LogLevel } from './http/logger';
export { DEFAULT_RATE_LIMITS, type RateLimitConfig } from './http/rate-limit';
export { startServer, type ServerConfig, type RunningServer } from './server';
export { createTokenVerifier, operatorFromClaims, DEFAULT_CLAIMS, DEFAULT_AUDIENCE, ALLOWED_ALGORITHMS, type ClaimNames, type TokenVerifier, type VerifierOptions } from './http/auth';
export { createDevIdp, DEV_IDP_PATH, DEV_TOKEN_SECONDS, type DevIdp, type DevIdpOptions } from './dev-idp';
export type { IdentityConfig } from './server';
