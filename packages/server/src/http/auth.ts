/**
 * Operators' bearer tokens (OpenID Connect access tokens, JWTs): verified with `jose` against the
 * issuer's published keys, found through its discovery document
 * (`<issuer>/.well-known/openid-configuration` → `jwks_uri`). The key set is cached and fetched
 * again when a token names a key it does not hold (key rotation), at most once per cooldown.
 * Checked: signature (asymmetric algorithms only — never `none`, never an HMAC), issuer, audience,
 * expiry (required), not-before, with a small clock tolerance. The claims become an
 * {@link Operator}; their names are configurable.
 *
 * A token that fails any check answers `401 unauthorized`; a provider that cannot be reached (no
 * discovery document, no key set) answers `503 service-unavailable` with `Retry-After`, since then
 * nobody can be verified and retrying later will work.
 */
import { createLocalJWKSet, createRemoteJWKSet, customFetch, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { contract, type Operation } from '@sportello/contract';
import { OPERATOR_ROLES, ProblemError, type Operator, type OperatorRole } from '@sportello/domain';

/** The claims an operator's token carries its permissions in (dotted paths reach nested claims: `realm_access.roles`). */
export interface ClaimNames {
  /** Roles: an array of strings, or one space-separated string. Unknown roles are dropped. */
  roles: string;
  /** Building codes an administrator manages: an array of strings. */
  buildings: string;
  /** The shop of a shop operator: a string. */
  shop: string;
  /** Activity ids or weekly-series ids an organiser runs: an array of strings. */
  events: string;
  /** A display name. */
  name: string;
}

export const DEFAULT_CLAIMS: Readonly<ClaimNames> = {
  roles: 'sportello_roles',
  buildings: 'sportello_buildings',
  shop: 'sportello_shop',
  events: 'sportello_events',
  name: 'name',
};

/** The signature algorithms ever accepted: asymmetric ones. A configured list can only narrow it. */
export const ALLOWED_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** The audience of Sportello's API in tokens, unless configured otherwise. */
export const DEFAULT_AUDIENCE = 'sportello-api';

export interface VerifierOptions {
  /** The provider's issuer identifier, exactly as in its tokens' `iss`. */
  issuer: string | (() => string);
  /** The audience tokens must name (`aud`). */
  audience: string;
  claims?: Partial<ClaimNames>;
  /** Narrows {@link ALLOWED_ALGORITHMS}; anything outside it is ignored. */
  algorithms?: readonly string[];
  /** Seconds of clock difference tolerated on `exp` and `nbf`; default 30. */
  clockToleranceSeconds?: number;
  /**
   * The keys, instead of discovery (a provider in the same process: the development one). Without
   * it the discovery document and the key set are fetched over HTTPS (HTTP on loopback only).
   */
  keys?: JSONWebKeySet | (() => JSONWebKeySet);
  /** Seconds before a key set is fetched again for an unknown key id; default 30. */
  jwksCooldownSeconds?: number;
  /** Seconds a key set is used before it is fetched again anyway; default 600. */
  jwksMaxAgeSeconds?: number;
  /** Seconds after a failed discovery before it is tried again (meanwhile 503); default 5. */
  retryAfterSeconds?: number;
  /** Milliseconds a request to the provider may take; default 5000. */
  timeoutMs?: number;
  /** The HTTP client for discovery and keys (tests). */
  fetch?: typeof fetch;
  /** The clock tokens are checked against, ms since the epoch; default `Date.now`. */
  now?: () => number;
}

/** Verifies an operator's access token: the operator, or a `ProblemError` (401, or 503 when the provider is unreachable). */
export interface TokenVerifier {
  verify(token: string): Promise<Operator>;
}

/** Why a provider could not be used (becomes 503, never 401). */
class ProviderUnavailable extends Error {
  override name = 'ProviderUnavailable';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An issuer or key-set URL fit to fetch keys from: HTTPS, or HTTP on this machine only. */
export function isSafeProviderUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  } catch {
    return false;
  }
}

/** The token of an `Authorization` header: `undefined` when absent, `null` when it is not `Bearer <token>`. */
export function bearerToken(header: string | undefined): string | undefined | null {
  if (header === undefined) return undefined;
  const m = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  return m ? m[1]! : null;
}

const paths = contract.paths as Record<string, Record<string, { security?: Array<Record<string, unknown>> }>>;
const globalSecurity = (contract.security ?? []) as Array<Record<string, unknown>>;

/** Whether the contract requires a bearer token for an operation (every security alternative names `bearerAuth`). */
export function requiresBearer(op: Operation): boolean {
  const security = paths[op.path]?.[op.method]?.security ?? globalSecurity;
  return security.length > 0 && security.every((alt) => 'bearerAuth' in alt);
}

/** The 401 for a missing or refused token, with the RFC 6750 challenge; `reason` is for the log (an error class or code). */
export class TokenRefused extends ProblemError {
  constructor(
    readonly reason: string,
    invalidToken = true,
  ) {
    super('unauthorized', 401, {}, { 'WWW-Authenticate': invalidToken ? 'Bearer realm="sportello", error="invalid_token"' : 'Bearer realm="sportello"' });
  }
}

const claimAt = (payload: JWTPayload, name: string): unknown =>
  name.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[k] : undefined), payload);

const strings = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[\s,]+/) : []).filter((s): s is string => typeof s === 'string' && s !== '');

// The contract's shapes of an operator (schema `Operator`): a claim outside them is dropped, so
// `show_operator` always answers within the contract.
const BUILDING = /^[A-Za-z]{2}-?[0-9]{4}$/;
const SHOP = /^[a-z0-9-]{2,60}$/;
const EVENT = /^[a-z0-9-]{3,80}$/;

/** The operator a verified token's claims describe (only `sub` is required). */
export function operatorFromClaims(payload: JWTPayload, names: Partial<ClaimNames> = {}): Operator {
  const n = { ...DEFAULT_CLAIMS, ...names };
  if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 255) throw new TokenRefused('no usable sub claim');
  const roles = [...new Set(strings(claimAt(payload, n.roles)))].filter((r): r is OperatorRole => (OPERATOR_ROLES as readonly string[]).includes(r));
  const name = claimAt(payload, n.name);
  const shop = claimAt(payload, n.shop);
  return {
    subject: payload.sub,
    ...(typeof name === 'string' && name !== '' && name.length <= 120 ? { name } : {}),
    roles,
    buildings: [...new Set(strings(claimAt(payload, n.buildings)).filter((b) => BUILDING.test(b)))].slice(0, 500),
    ...(typeof shop === 'string' && SHOP.test(shop) ? { shopId: shop } : {}),
    events: [...new Set(strings(claimAt(payload, n.events)).filter((e) => EVENT.test(e)))].slice(0, 200),
  };
}

/** Whether a key-set failure is the provider's (unreachable, timed out, answered nonsense), not the token's. */
function isProviderFailure(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  if (error instanceof TypeError) return true; // fetch could not connect
  // jose answers a key set that is not 200 or not JSON with a plain JOSEError.
  return error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC';
}

/** The key-set function, with the provider's failures told apart from the token's (no matching key…). */
const tagged =
  (getKey: JWTVerifyGetKey): JWTVerifyGetKey =>
  async (header, token) => {
    try {
      return await getKey(header, token);
    } catch (error) {
      throw isProviderFailure(error) ? new ProviderUnavailable('key set unavailable', { cause: error }) : error;
    }
  };

/** A verifier for one provider. Nothing is fetched until the first token arrives. */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const issuerOf = typeof options.issuer === 'function' ? options.issuer : () => options.issuer as string;
  const algorithms = ALLOWED_ALGORITHMS.filter((a) => !options.algorithms || options.algorithms.includes(a));
  if (!algorithms.length) throw new Error('no allowed token algorithm left (only asymmetric ones are accepted)');
  const doFetch = options.fetch ?? ((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 5000;
  const retryAfter = options.retryAfterSeconds ?? 5;
  const now = options.now ?? Date.now;

  let keys: JWTVerifyGetKey | undefined;
  let pending: Promise<JWTVerifyGetKey> | undefined;
  let failedAt = -Infinity;

  if (options.keys) {
    const source = options.keys;
    let local: { set: JSONWebKeySet; get: JWTVerifyGetKey } | undefined;
    keys = (header, token) => {
      const set = typeof source === 'function' ? source() : source;
      if (local?.set !== set) local = { set, get: createLocalJWKSet(set) };
      return local.get(header, token);
    };
  } else if (typeof options.issuer === 'string' && !isSafeProviderUrl(options.issuer)) {
    throw new Error(`the OpenID issuer must be an https URL (http only on localhost): ${options.issuer}`);
  }

  async function discover(): Promise<JWTVerifyGetKey> {
    const issuer = issuerOf();
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let doc: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const res = await doFetch(url, { headers: { accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
      if (res.status !== 200) throw new ProviderUnavailable(`discovery answered ${res.status}`);
      doc = (await res.json()) as typeof doc;
    } catch (error) {
      throw error instanceof ProviderUnavailable ? error : new ProviderUnavailable(`discovery failed: ${(error as Error).name}`, { cause: error });
    }
    // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
    if (doc.issuer !== issuer) throw new ProviderUnavailable('discovery document names another issuer');
    if (typeof doc.jwks_uri !== 'string' || !isSafeProviderUrl(doc.jwks_uri)) throw new ProviderUnavailable('discovery document has no usable jwks_uri');
    return tagged(
      createRemoteJWKSet(new URL(doc.jwks_uri), {
        timeoutDuration: timeoutMs,
        cooldownDuration: (options.jwksCooldownSeconds ?? 30) * 1000,
        cacheMaxAge: (options.jwksMaxAgeSeconds ?? 600) * 1000,
        ...(options.fetch ? { [customFetch]: options.fetch } : {}),
      }),
    );
  }

  async function keySet(): Promise<JWTVerifyGetKey> {
    if (keys) return keys;
    if (Date.now() - failedAt < retryAfter * 1000) throw new ProviderUnavailable('discovery failed a moment ago');
    pending ??= discover().then(
      (k) => {
        keys = k;
        return k;
      },
      (error: unknown) => {
        failedAt = Date.now();
        throw error;
      },
    ).finally(() => {
      pending = undefined;
    });
    return pending;
  }

  return {
    async verify(token) {
      // What can be refused without keys is refused first, so garbage never makes us call the provider.
      let alg: unknown;
      let iss: unknown;
      try {
        alg = decodeProtectedHeader(token).alg;
        iss = decodeJwt(token).iss;
      } catch {
        throw new TokenRefused('ERR_JWT_INVALID');
      }
      if (typeof alg !== 'string' || !algorithms.includes(alg)) throw new TokenRefused('ERR_JOSE_ALG_NOT_ALLOWED');
      if (iss !== issuerOf()) throw new TokenRefused('ERR_JWT_CLAIM_VALIDATION_FAILED');
      try {
        const getKey = await keySet();
        const { payload } = await jwtVerify(token, getKey, {
          issuer: issuerOf(),
          audience: options.audience,
          algorithms,
          clockTolerance: options.clockToleranceSeconds ?? 30,
          currentDate: new Date(now()),
          requiredClaims: ['exp', 'sub'],
        });
        return operatorFromClaims(payload, options.claims);
      } catch (error) {
        if (error instanceof ProblemError) throw error;
        if (error instanceof ProviderUnavailable) {
          throw new ProblemError('service-unavailable', 503, { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
        }
        const e = error as { code?: unknown; name?: unknown };
        throw new TokenRefused(typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'refused');
      }
    },
  };
}
