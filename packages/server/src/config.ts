import { parseArgs } from 'node:util';
import { DEMO_PARTNERS_FILE } from './http/partners';
import type { LogLevel } from './http/logger';
import { CONNECTION_DEFAULTS, connectionCap, type ServerConfig } from './server';
import { ALLOWED_ALGORITHMS, isSafeProviderUrl, type ClaimNames } from './http/auth';

export const USAGE = `Usage: node --import tsx packages/server/src/main.ts [options]

  --port <n>            PORT         port to listen on (default 8080; 0 = any free port)
  --host <addr>         HOST         address to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --database <path>     DATABASE     SQLite file (default ./data/sportello.sqlite; :memory: for none)
  --partners <file>     PARTNERS     partners JSON file (default: the demo file, key pk_demo_torino)
  --log <level>         LOG          debug | info | warn | error | silent (default info)
  --static <dir>        STATIC_DIR   folder served at / (the demo partner site)
  --mount <url>=<dir>   STATIC_MOUNTS folder served under a URL prefix (repeatable; env: comma-separated)
  --static-csp <policy> STATIC_CSP   Content-Security-Policy of static HTML pages (default: same origin only)
  --no-seed             SEED=off     do not load the demo data into a new database
  --rate-limits <on|off> RATE_LIMITS rate limits (default on; off for benchmarks only)
  --trust-proxy         TRUST_PROXY=on  client address from X-Forwarded-For (behind one proxy)
  --headers-timeout <ms>    HEADERS_TIMEOUT    time to send a request's headers (default 10000)
  --request-timeout <ms>    REQUEST_TIMEOUT    time to send a whole request (default 30000)
  --keep-alive-timeout <ms> KEEP_ALIVE_TIMEOUT idle keep-alive connection kept open (default 5000)
  --socket-timeout <ms>     SOCKET_TIMEOUT     silent socket closed after (default 30000)
  --max-connections-per-address <n> MAX_CONNECTIONS_PER_ADDRESS
                        open connections per client address, 0 = no cap (default 100;
                        0 with --trust-proxy: all sockets come from the proxy, cap there)
  --database-url <url>  DATABASE_URL PostgreSQL instead of SQLite (postgres://user:pass@host:5432/db)
  --database-pool <n>   DATABASE_POOL connections per process to PostgreSQL (default 10)
  --max-in-flight <n>   MAX_IN_FLIGHT requests in progress before new ones get 503 + Retry-After (default 256; 0 = no bound)
  --migrate             apply the database migrations and exit

Operators' sign-in (OpenID Connect; see the README, "Operators' sign-in"):
  --oidc-issuer <url>   OIDC_ISSUER  the identity provider's issuer (https; http on localhost only).
                                     Without it (and without --dev-idp) every bearer token is refused.
  --oidc-audience <aud> OIDC_AUDIENCE audience tokens must name (default sportello-api)
  --oidc-algorithms <a,b> OIDC_ALGORITHMS signature algorithms accepted (default every asymmetric one:
                                     RS*, PS*, ES*, EdDSA; never none nor HS*)
  --oidc-roles-claim <c>     OIDC_ROLES_CLAIM      claim with the roles (default sportello_roles;
                                     dotted paths reach nested claims: realm_access.roles)
  --oidc-buildings-claim <c> OIDC_BUILDINGS_CLAIM  administrator's buildings (default sportello_buildings)
  --oidc-shop-claim <c>      OIDC_SHOP_CLAIM       shop operator's shop (default sportello_shop)
  --oidc-events-claim <c>    OIDC_EVENTS_CLAIM     organiser's activities (default sportello_events)
  --oidc-name-claim <c>      OIDC_NAME_CLAIM       display name (default name)
  --dev-idp             DEV_IDP=on   serve a development identity provider at /dev-idp that signs
                                     tokens for the demo operators, and trust it when no issuer is
                                     set. Development only: refused when NODE_ENV=production.

  --help                             this text
  (environment only)    DATA_KEYS    keys sealing help requests at rest, id:base64(32 bytes),… first seals
                                     (default: a key file beside the SQLite file, created once: dev only)

Flags win over environment variables.`;

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];
const on = (v: string | undefined, fallback: boolean) => (v === undefined || v === '' ? fallback : !/^(0|off|false|no)$/i.test(v));

function mounts(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq <= 0 || !item.startsWith('/')) throw new Error(`--mount expects /prefix=dir, got "${item}"`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/** A whole number from a flag or variable, at least `min`; `undefined` when neither is set. */
function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new Error(`invalid ${name}: ${value} (a whole number, at least ${min})`);
  return n;
}

/** The server configuration from command-line flags and environment variables. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      database: { type: 'string' },
      partners: { type: 'string' },
      log: { type: 'string' },
      static: { type: 'string' },
      mount: { type: 'string', multiple: true },
      'static-csp': { type: 'string' },
      'no-seed': { type: 'boolean' },
      'rate-limits': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      'headers-timeout': { type: 'string' },
      'request-timeout': { type: 'string' },
      'keep-alive-timeout': { type: 'string' },
      'socket-timeout': { type: 'string' },
      'max-connections-per-address': { type: 'string' },
      // PostgreSQL and admission control
      'database-url': { type: 'string' },
      'database-pool': { type: 'string' },
      'max-in-flight': { type: 'string' },
      migrate: { type: 'boolean' },
      'oidc-issuer': { type: 'string' },
      'oidc-audience': { type: 'string' },
      'oidc-algorithms': { type: 'string' },
      'oidc-roles-claim': { type: 'string' },
      'oidc-buildings-claim': { type: 'string' },
      'oidc-shop-claim': { type: 'string' },
      'oidc-events-claim': { type: 'string' },
      'oidc-name-claim': { type: 'string' },
      'dev-idp': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const port = Number(values.port ?? env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${values.port ?? env.PORT}`);
  const logLevel = (values.log ?? env.LOG ?? 'info') as LogLevel;
  if (!LEVELS.includes(logLevel)) throw new Error(`invalid log level: ${logLevel} (one of ${LEVELS.join(', ')})`);
  const staticMounts = mounts(values.mount ?? (env.STATIC_MOUNTS ? env.STATIC_MOUNTS.split(',') : []));
  const staticDir = values.static ?? env.STATIC_DIR;
  const staticCsp = values['static-csp'] ?? env.STATIC_CSP;
  const trustProxy = values['trust-proxy'] ?? on(env.TRUST_PROXY, false);
  const headersTimeoutMs = count('headers timeout', values['headers-timeout'] ?? env.HEADERS_TIMEOUT, 1) ?? CONNECTION_DEFAULTS.headersTimeoutMs;
  const requestTimeoutMs = count('request timeout', values['request-timeout'] ?? env.REQUEST_TIMEOUT, 1) ?? Math.max(CONNECTION_DEFAULTS.requestTimeoutMs, headersTimeoutMs);
  if (headersTimeoutMs > requestTimeoutMs) throw new Error(`invalid headers timeout: ${headersTimeoutMs} ms is longer than the request timeout (${requestTimeoutMs} ms)`);
  const keepAliveTimeoutMs = count('keep-alive timeout', values['keep-alive-timeout'] ?? env.KEEP_ALIVE_TIMEOUT, 1) ?? CONNECTION_DEFAULTS.keepAliveTimeoutMs;
  const socketTimeoutMs = count('socket timeout', values['socket-timeout'] ?? env.SOCKET_TIMEOUT, 1) ?? CONNECTION_DEFAULTS.socketTimeoutMs;
  const cap = count('connections per address', values['max-connections-per-address'] ?? env.MAX_CONNECTIONS_PER_ADDRESS, 0);
  // PostgreSQL and admission control
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('--database-url expects postgres://user:pass@host:5432/db');
  const databasePool = count('database pool', values['database-pool'] ?? env.DATABASE_POOL, 1);
  const maxInFlight = count('max in flight', values['max-in-flight'] ?? env.MAX_IN_FLIGHT, 0);
  const scaling = {
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(databasePool !== undefined ? { databasePool } : {}),
    ...(maxInFlight !== undefined ? { maxInFlight } : {}),
    ...(values.migrate ? { migrateOnly: true } : {}),
  };

  const identity = identityConfig(values, env);
  return {
    ...scaling,
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    database: values.database ?? env.DATABASE ?? './data/sportello.sqlite',
    partnersFile: values.partners ?? env.PARTNERS ?? DEMO_PARTNERS_FILE,
    logLevel,
    seed: values['no-seed'] ? false : on(env.SEED, true),
    rateLimits: on(values['rate-limits'] ?? env.RATE_LIMITS, true),
    trustProxy,
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    socketTimeoutMs,
    maxConnectionsPerAddress: connectionCap({ trustProxy, ...(cap !== undefined ? { maxConnectionsPerAddress: cap } : {}) }),
    ...(staticDir ? { staticDir } : {}),
    ...(Object.keys(staticMounts).length ? { staticMounts } : {}),
    ...(staticCsp ? { staticCsp } : {}),
    ...(env.DATA_KEYS ? { dataKeys: env.DATA_KEYS } : {}),
    ...(identity ? { identity } : {}),
  };
}

// --- operators' sign-in ---

/** The identity settings, or `undefined` when none is given (then every bearer token is refused). */
function identityConfig(values: Record<string, string | boolean | string[] | undefined>, env: NodeJS.ProcessEnv): ServerConfig['identity'] {
  const text = (flag: string, name: string) => {
    const v = (values[flag] as string | undefined) ?? env[name];
    return v === undefined || v === '' ? undefined : v;
  };
  const issuer = text('oidc-issuer', 'OIDC_ISSUER');
  const audience = text('oidc-audience', 'OIDC_AUDIENCE');
  const list = text('oidc-algorithms', 'OIDC_ALGORITHMS');
  const devIdp = (values['dev-idp'] as boolean | undefined) ?? on(env.DEV_IDP, false);
  const claims: Partial<ClaimNames> = {};
  for (const k of ['roles', 'buildings', 'shop', 'events', 'name'] as const) {
    const v = text(`oidc-${k}-claim`, `OIDC_${k.toUpperCase()}_CLAIM`);
    if (v) claims[k] = v;
  }
  if (!issuer && !audience && !list && !devIdp && !Object.keys(claims).length) return undefined;
  if (issuer && !isSafeProviderUrl(issuer)) throw new Error(`--oidc-issuer must be an https URL (http only on localhost): ${issuer}`);
  if (devIdp && env.NODE_ENV === 'production') throw new Error('--dev-idp signs tokens for anyone: it is refused with NODE_ENV=production');
  const algorithms = list?.split(',').map((a) => a.trim()).filter(Boolean);
  const unknown = algorithms?.filter((a) => !ALLOWED_ALGORITHMS.includes(a));
  if (unknown?.length) throw new Error(`--oidc-algorithms: not allowed: ${unknown.join(', ')} (one of ${ALLOWED_ALGORITHMS.join(', ')})`);
  return {
    ...(issuer ? { issuer } : {}),
    ...(audience ? { audience } : {}),
    ...(algorithms?.length ? { algorithms } : {}),
    ...(Object.keys(claims).length ? { claims } : {}),
    devIdp,
  };
}
