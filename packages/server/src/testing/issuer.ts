/**
 * A test OpenID provider on 127.0.0.1: discovery document and key set over real HTTP, keys made
 * with jose, and a `sign` that can forge every kind of bad token the auth tests need. Counts the
 * key-set fetches, rotates keys, and can go down. Used by the `*.test.ts` files only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Operator } from '@sportello/domain';
import { DEFAULT_CLAIMS } from '../http/auth';

export const TEST_AUDIENCE = 'sportello-api';

interface Key {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

export interface SignOptions {
  /** The claims an operator's token carries (default the claim names of `DEFAULT_CLAIMS`). */
  operator?: Operator;
  iss?: string;
  aud?: string;
  /** Seconds from now (negative: in the past). */
  expiresIn?: number | null;
  notBefore?: number;
  /** Sign with a key the provider does not publish, under the published key's `kid`. */
  foreignKey?: boolean;
  /** Sign with this key id (one of the provider's, after `rotate`). */
  kid?: string;
  /** Extra or replaced claims. */
  claims?: Record<string, unknown>;
}

export interface TestIssuer {
  issuer: string;
  /** Key-set fetches so far. */
  readonly jwksFetches: number;
  /** Discovery fetches so far. */
  readonly discoveryFetches: number;
  /** A signed token (ES256, the current key). */
  sign(options?: SignOptions): Promise<string>;
  /** An unsigned `alg: none` token with the same claims. */
  unsigned(options?: SignOptions): string;
  /** An HS256 token whose secret is the current public key's PEM (the "algorithm confusion" attack). */
  hmacWithPublicKey(options?: SignOptions): Promise<string>;
  /** Publishes a new key (and keeps the old one unless `dropOld`); returns its kid. */
  rotate(dropOld?: boolean): Promise<string>;
  /** From now on discovery and the key set answer 500 (`false`: back to normal). */
  down(on?: boolean): void;
  close(): Promise<void>;
}

let kids = 0;
async function newKey(): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `test-key-${++kids}`;
  return { kid, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims of a token for `operator` (default: a city operator). */
function claimsOf(o: SignOptions, issuer: string): Record<string, unknown> {
  const op: Operator = o.operator ?? { subject: 'test-city', roles: ['city'], buildings: [], events: [] };
  const now = nowSeconds();
  return {
    iss: o.iss ?? issuer,
    aud: o.aud ?? TEST_AUDIENCE,
    sub: op.subject,
    iat: now,
    ...(o.notBefore !== undefined ? { nbf: now + o.notBefore } : {}),
    ...(o.expiresIn === null ? {} : { exp: now + (o.expiresIn ?? 300) }),
    [DEFAULT_CLAIMS.roles]: op.roles,
    [DEFAULT_CLAIMS.buildings]: op.buildings,
    [DEFAULT_CLAIMS.events]: op.events,
    ...(op.shopId ? { [DEFAULT_CLAIMS.shop]: op.shopId } : {}),
    ...(op.name ? { name: op.name } : {}),
    ...o.claims,
  };
}

/** Starts a test provider on a free loopback port. */
export async function startTestIssuer(): Promise<TestIssuer> {
  let keys: Key[] = [await newKey()];
  const foreign = await newKey();
  let jwksFetches = 0;
  let discoveryFetches = 0;
  let isDown = false;
  let issuer = '';

  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/.well-known/openid-configuration') {
      discoveryFetches++;
      return isDown ? send(500, {}) : send(200, { issuer, jwks_uri: `${issuer}/jwks`, response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['ES256'] });
    }
    if (req.url === '/jwks') {
      jwksFetches++;
      return isDown ? send(500, {}) : send(200, { keys: keys.map((k) => k.jwk) });
    }
    send(404, {});
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const current = () => keys.at(-1)!;
  const encode = (o: unknown) => base64url.encode(JSON.stringify(o));

  return {
    issuer,
    get jwksFetches() {
      return jwksFetches;
    },
    get discoveryFetches() {
      return discoveryFetches;
    },
    async sign(o = {}) {
      const key = o.foreignKey ? foreign : (keys.find((k) => k.kid === o.kid) ?? current());
      const kid = o.foreignKey ? current().kid : key.kid;
      return new SignJWT(claimsOf(o, issuer)).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).sign(key.privateKey);
    },
    unsigned(o = {}) {
      return `${encode({ alg: 'none', typ: 'JWT', kid: current().kid })}.${encode(claimsOf(o, issuer))}.`;
    },
    async hmacWithPublicKey(o = {}) {
      const pem = await exportSPKI(current().publicKey);
      return new SignJWT(claimsOf(o, issuer)).setProtectedHeader({ alg: 'HS256', kid: current().kid, typ: 'JWT' }).sign(new TextEncoder().encode(pem));
    },
    async rotate(dropOld = false) {
      const key = await newKey();
      keys = dropOld ? [key] : [...keys, key];
      return key.kid;
    },
    down(on = true) {
      isDown = on;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
