import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { operators } from '@sportello/demo-data';
import { readConfig } from './config';
import { createTokenVerifier } from './http/auth';
import { createLogger } from './http/logger';
import { startServer, type RunningServer } from './server';
import { DEMO_KEY } from './testing/harness';

describe('development identity provider (npm start)', () => {
  let running: RunningServer;
  const logs: string[] = [];
  before(async () => {
    const config = readConfig(['--port', '0', '--database', ':memory:', '--dev-idp', '--rate-limits', 'off'], {});
    assert.ok(config !== 'help');
    running = await startServer(config, { logger: createLogger({ level: 'debug', write: (l) => logs.push(l) }) });
  });
  after(() => running.close());

  const token = async (operator: string) => {
    const res = await fetch(`${running.url}/dev-idp/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operator }) });
    return { status: res.status, body: (await res.json()) as { access_token?: string; expires_in?: number; token_type?: string } };
  };

  it('publishes discovery and keys, and signs 15-minute tokens for demo operators only', async () => {
    const discovery = (await (await fetch(`${running.url}/dev-idp/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    assert.equal(discovery.issuer, `${running.url}/dev-idp`);
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Array<{ kty: string; alg: string; d?: string }> };
    assert.deepEqual(jwks.keys.map((k) => [k.kty, k.alg, 'd' in k]), [['EC', 'ES256', false]]);
    const ok = await token('shop');
    assert.equal(ok.status, 200);
    assert.equal(ok.body.token_type, 'Bearer');
    assert.equal(ok.body.expires_in, 900);
    assert.equal((await token('root')).status, 400);
    assert.equal((await token('__proto__')).status, 400);
  });

  it('its tokens verify through its discovery document like any provider’s, as the demo operator', async () => {
    const verifier = createTokenVerifier({ issuer: `${running.url}/dev-idp`, audience: 'sportello-api' });
    for (const name of ['administrator', 'shop', 'organiser'] as const) {
      assert.deepEqual(await verifier.verify((await token(name)).body.access_token!), operators[name]);
    }
  });

  it('the server trusts it (no other issuer configured): a valid token passes, a bad one is 401', async () => {
    const t = (await token('city')).body.access_token!;
    const call = (authorization: string) => fetch(`${running.url}/v1/ppe/rounds`, { headers: { 'Sportello-Partner-Key': DEMO_KEY, Authorization: authorization } });
    const ok = await call(`Bearer ${t}`);
    assert.equal(ok.status, 200);
    const [h, p] = t.split('.');
    const bad = await call(`Bearer ${h}.${p}.${'A'.repeat(86)}`);
    assert.equal(bad.status, 401);
    assert.equal(bad.headers.get('www-authenticate'), 'Bearer realm="sportello", error="invalid_token"');
    assert.ok(logs.some((l) => l.includes('"operator":"demo-city"')), 'the subject is logged');
    assert.ok(!logs.some((l) => l.includes(p!)), 'the token is never logged');
  });
});

describe('identity configuration', () => {
  it('is off by default: no issuer, no development provider', () => {
    const c = readConfig([], {});
    assert.ok(c !== 'help' && c.identity === undefined);
  });
  it('reads flags and environment variables', () => {
    const c = readConfig(['--oidc-audience', 'api://sportello'], {
      OIDC_ISSUER: 'https://login.example.org/realms/torino',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ALGORITHMS: 'RS256,PS256',
      DEV_IDP: 'on',
    });
    assert.ok(c !== 'help');
    assert.deepEqual(c.identity, {
      issuer: 'https://login.example.org/realms/torino',
      audience: 'api://sportello',
      algorithms: ['RS256', 'PS256'],
      claims: { roles: 'realm_access.roles' },
      devIdp: true,
    });
  });
  it('refuses an http issuer off loopback, HMAC or none, and the development provider in production', () => {
    assert.throws(() => readConfig(['--oidc-issuer', 'http://login.example.org'], {}), /https/);
    assert.ok(readConfig(['--oidc-issuer', 'http://localhost:8081/realms/dev'], {}) !== 'help');
    assert.throws(() => readConfig(['--oidc-issuer', 'https://x.example', '--oidc-algorithms', 'HS256'], {}), /not allowed: HS256/);
    assert.throws(() => readConfig([], { OIDC_ISSUER: 'https://x.example', OIDC_ALGORITHMS: 'none' }), /not allowed: none/);
    assert.throws(() => readConfig(['--dev-idp'], { NODE_ENV: 'production' }), /production/);
  });
  it('without a provider every bearer token is refused, never accepted unverified', async () => {
    const running = await startServer(readConfig(['--port', '0', '--database', ':memory:', '--log', 'silent'], {}) as Exclude<ReturnType<typeof readConfig>, 'help'>);
    try {
      const res = await fetch(`${running.url}/v1/ppe/rounds`, { headers: { 'Sportello-Partner-Key': DEMO_KEY, Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' } });
      assert.equal(res.status, 401);
      assert.equal((await fetch(`${running.url}/dev-idp/.well-known/openid-configuration`)).status, 404);
    } finally {
      await running.close();
    }
  });
});
