/**
 * A development identity provider, for `npm start`, the demo and tests — never for production
 * (`readConfig` turns it on only with `--dev-idp` / `DEV_IDP=on`, and refuses it when
 * `NODE_ENV=production`). Served by the API server itself under `/dev-idp`:
 *
 * - `GET  /dev-idp/.well-known/openid-configuration`: the discovery document;
 * - `GET  /dev-idp/jwks`: the public key (ES256, generated at each start, so tokens die with the process);
 * - `GET  /dev-idp/operators`: the demo operators one may sign in as;
 * - `POST /dev-idp/token` `{ "operator": "shop" }` (JSON or form): a signed access token for that
 *   demo operator (`@sportello/demo-data`'s `operators`), valid for 15 minutes.
 *
 * Anyone who reaches it can sign in as any demo operator: that is its purpose, and why it is off
 * unless asked for. A real provider (SPID/CIE through an OpenID Connect broker, Keycloak…) is
 * configured with `--oidc-issuer`; see the server README, "Operators' sign-in".
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWK, type CryptoKey } from 'jose';
import { operators, type DemoOperator } from '@sportello/demo-data';
import type { Operator } from '@sportello/domain';
import { DEFAULT_AUDIENCE, DEFAULT_CLAIMS, type ClaimNames } from './http/auth';

/** Where the development provider is mounted on the API server. */
export const DEV_IDP_PATH = '/dev-idp';

/** Lifetime of the development provider's tokens, seconds. */
export const DEV_TOKEN_SECONDS = 15 * 60;

export interface DevIdpOptions {
  /** Its issuer URL; default `http://localhost/dev-idp` until {@link DevIdp.listeningAt} says where the server runs. */
  issuer?: string;
  /** The audience its tokens name; default `sportello-api`. */
  audience?: string;
  /** The claim names the server reads, so its tokens fit the server's configuration. */
  claims?: Partial<ClaimNames>;
  /** The clock, ms since the epoch (tests); default `Date.now`. */
  now?: () => number;
}

export interface DevIdp {
  /** The issuer (`iss`) of its tokens: the URL its discovery document is under. */
  readonly issuer: string;
  readonly audience: string;
  /** Its public keys. */
  jwks(): JSONWebKeySet;
  /** A signed access token for a demo operator, or for any operator (tests); `overrides` replace claims. */
  sign(who: DemoOperator | Operator, overrides?: Record<string, unknown>): Promise<string>;
  /** Tells it the server's URL (`http://localhost:8080`) once it listens: the issuer becomes `<url>/dev-idp`. */
  listeningAt(serverUrl: string): void;
  /** Its routes, to mount at {@link DEV_IDP_PATH}. */
  readonly app: Hono;
}

/** Sets a claim at a dotted path (`realm_access.roles`). */
function setClaim(payload: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = payload;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

const isDemoOperator = (name: unknown): name is DemoOperator => typeof name === 'string' && Object.hasOwn(operators, name);

/** Starts a development provider with a fresh ES256 key pair. */
export async function createDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk: JWK = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const keySet: JSONWebKeySet = { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] };
  const names = { ...DEFAULT_CLAIMS, ...options.claims };
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const now = options.now ?? Date.now;
  let issuer = options.issuer ?? `http://localhost${DEV_IDP_PATH}`;

  async function sign(who: DemoOperator | Operator, overrides: Record<string, unknown> = {}): Promise<string> {
    const o: Operator = typeof who === 'string' ? operators[who] : who;
    const payload: Record<string, unknown> = {};
    if (o.name) setClaim(payload, names.name, o.name);
    setClaim(payload, names.roles, o.roles);
    setClaim(payload, names.buildings, o.buildings);
    if (o.shopId) setClaim(payload, names.shop, o.shopId);
    setClaim(payload, names.events, o.events);
    const iat = Math.floor(now() / 1000);
    return new SignJWT({ ...payload, ...overrides })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(o.subject)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(iat + DEV_TOKEN_SECONDS)
      .setJti(randomUUID())
      .sign(privateKey as CryptoKey);
  }

  const app = new Hono();
  const noStore = { 'Cache-Control': 'no-store' };
  app.get('/.well-known/openid-configuration', (c) =>
    c.json(
      {
        issuer,
        jwks_uri: `${issuer}/jwks`,
        token_endpoint: `${issuer}/token`,
        response_types_supported: ['token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['ES256'],
        token_endpoint_auth_methods_supported: ['none'],
      },
      200,
      noStore,
    ),
  );
  app.get('/jwks', (c) => c.json(keySet, 200, { 'Cache-Control': 'max-age=60' }));
  app.get('/operators', (c) =>
    c.json(
      Object.entries(operators).map(([id, o]) => ({ id, subject: o.subject, name: o.name, roles: o.roles })),
      200,
      noStore,
    ),
  );
  app.post('/token', async (c) => {
    const type = c.req.header('content-type') ?? '';
    let name: unknown;
    try {
      name = type.includes('json') ? ((await c.req.json()) as { operator?: unknown })?.operator : (await c.req.parseBody()).operator;
    } catch {
      name = undefined;
    }
    if (!isDemoOperator(name)) {
      return c.json({ error: 'invalid_request', error_description: `"operator" must be one of: ${Object.keys(operators).join(', ')}` }, 400, noStore);
    }
    return c.json({ access_token: await sign(name), token_type: 'Bearer', expires_in: DEV_TOKEN_SECONDS }, 200, noStore);
  });

  return {
    get issuer() {
      return issuer;
    },
    audience,
    jwks: () => keySet,
    sign,
    listeningAt(serverUrl) {
      if (!options.issuer) issuer = `${serverUrl.replace(/\/+$/, '')}${DEV_IDP_PATH}`;
    },
    app,
  };
}
