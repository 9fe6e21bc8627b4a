import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProblemError, type Operator } from '@sportello/domain';
import { bearerToken, createTokenVerifier, operatorFromClaims, requiresBearer, type VerifierOptions } from './auth';
import { startTestIssuer, TEST_AUDIENCE, type TestIssuer } from '../testing/issuer';
import { operations } from '@sportello/contract';

const shop: Operator = { subject: 'till-7', name: 'Alimentari', roles: ['shop'], buildings: [], shopId: 'alimentari-san-salvario', events: [] };

/** The problem a verification throws (fails when it succeeds). */
async function refusal(p: Promise<unknown>): Promise<ProblemError> {
  try {
    await p;
  } catch (error) {
    assert.ok(error instanceof ProblemError, `not a problem: ${String(error)}`);
    return error;
  }
  assert.fail('the token was accepted');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('bearer token verification (jose, OpenID discovery)', () => {
  let idp: TestIssuer;
  const verifier = (o: Partial<VerifierOptions> = {}) => createTokenVerifier({ issuer: idp.issuer, audience: TEST_AUDIENCE, ...o });
  before(async () => {
    idp = await startTestIssuer();
  });
  after(() => idp.close());

  it('a valid token becomes its operator; unknown roles and malformed records are dropped', async () => {
    const v = verifier();
    const token = await idp.sign({ operator: shop, claims: { sportello_roles: ['shop', 'root', 'admin'], sportello_buildings: ['TO-0412', 'x; drop', 7] } });
    assert.deepEqual(await v.verify(token), { ...shop, buildings: ['TO-0412'] });
  });

  it('reads configured claim names, nested ones and space-separated roles too', async () => {
    const v = verifier({ claims: { roles: 'realm_access.roles', shop: 'shop_id', name: 'preferred_username' } });
    const token = await idp.sign({ claims: { realm_access: { roles: 'volunteer support-professional offline_access' }, shop_id: 'bottega', preferred_username: 'elena' } });
    const o = await v.verify(token);
    assert.deepEqual(o.roles, ['volunteer', 'support-professional']);
    assert.equal(o.shopId, 'bottega');
    assert.equal(o.name, 'elena');
  });

  it('refuses what is not a valid token: 401', async () => {
    const v = verifier();
    const cases: Record<string, Promise<string> | string> = {
      'alg none': idp.unsigned(),
      'HS256 keyed with the public key': idp.hmacWithPublicKey(),
      'another key, same kid': idp.sign({ foreignKey: true }),
      expired: idp.sign({ expiresIn: -3600 }),
      'not yet valid': idp.sign({ notBefore: 3600 }),
      'no exp': idp.sign({ expiresIn: null }),
      'no sub': idp.sign({ claims: { sub: undefined } }),
      'wrong issuer': idp.sign({ iss: 'https://evil.example' }),
      'wrong audience': idp.sign({ aud: 'another-api' }),
      malformed: 'not.a.jwt',
    };
    for (const [name, token] of Object.entries(cases)) {
      const p = await refusal(v.verify(await token));
      assert.equal(p.status, 401, name);
      assert.match(p.headers['WWW-Authenticate'] ?? '', /^Bearer .*error="invalid_token"/, name);
    }
  });

  it('tolerates a small clock difference on exp and nbf, not a large one', async () => {
    const v = verifier({ clockToleranceSeconds: 30 });
    await v.verify(await idp.sign({ expiresIn: -10 }));
    await v.verify(await idp.sign({ notBefore: 10 }));
    assert.equal((await refusal(v.verify(await idp.sign({ expiresIn: -60 })))).status, 401);
    assert.equal((await refusal(v.verify(await idp.sign({ notBefore: 120 })))).status, 401);
  });

  it('a configured algorithm list narrows the asymmetric ones and never adds HMAC or none', async () => {
    assert.equal((await refusal(verifier({ algorithms: ['RS256'] }).verify(await idp.sign()))).status, 401);
    assert.throws(() => verifier({ algorithms: ['HS256', 'none'] }), /algorithm/);
  });

  it('fetches the key set once, then again for a new key id (rotation), at most once per cooldown', async () => {
    const fresh = await startTestIssuer();
    try {
      const v = createTokenVerifier({ issuer: fresh.issuer, audience: TEST_AUDIENCE, jwksCooldownSeconds: 0.2 });
      await v.verify(await fresh.sign());
      await v.verify(await fresh.sign());
      assert.equal(fresh.jwksFetches, 1);
      assert.equal(fresh.discoveryFetches, 1);

      const kid = await fresh.rotate(true);
      // Within the cooldown an unknown key id does not make it fetch again: refused.
      assert.equal((await refusal(v.verify(await fresh.sign({ kid })))).status, 401);
      assert.equal(fresh.jwksFetches, 1);
      await sleep(250);
      assert.equal((await v.verify(await fresh.sign({ kid }))).subject, 'test-city');
      assert.equal(fresh.jwksFetches, 2);
      assert.equal(fresh.discoveryFetches, 1);
    } finally {
      await fresh.close();
    }
  });

  it('an unreachable provider is 503 with Retry-After, not 401, and is not asked again at once', async () => {
    const flaky = await startTestIssuer();
    try {
      const v = createTokenVerifier({ issuer: flaky.issuer, audience: TEST_AUDIENCE, retryAfterSeconds: 1 });
      flaky.down();
      const p = await refusal(v.verify(await flaky.sign()));
      assert.equal(p.status, 503);
      assert.equal(p.slug, 'service-unavailable');
      assert.equal(p.headers['Retry-After'], '1');
      assert.equal((await refusal(v.verify(await flaky.sign()))).status, 503);
      assert.equal(flaky.discoveryFetches, 1, 'asked again within Retry-After');
      // A malformed token is still a 401: it is refused before any key is needed.
      assert.equal((await refusal(v.verify('not.a.jwt'))).status, 401);
      flaky.down(false);
      await sleep(1050);
      await v.verify(await flaky.sign());
    } finally {
      await flaky.close();
    }
    // Nothing listens any more: connection refused is a 503 too.
    const gone = createTokenVerifier({ issuer: flaky.issuer, audience: TEST_AUDIENCE });
    assert.equal((await refusal(gone.verify(await flaky.sign()))).status, 503);
  });

  it('a key set that fails after discovery is 503', async () => {
    const flaky = await startTestIssuer();
    try {
      const v = createTokenVerifier({ issuer: flaky.issuer, audience: TEST_AUDIENCE, jwksCooldownSeconds: 0 });
      await v.verify(await flaky.sign());
      const kid = await flaky.rotate();
      flaky.down();
      assert.equal((await refusal(v.verify(await flaky.sign({ kid })))).status, 503);
    } finally {
      await flaky.close();
    }
  });

  it('a discovery document naming another issuer is refused (503), and plain-HTTP issuers off loopback are not allowed', async () => {
    const liar = createTokenVerifier({
      issuer: 'https://idp.example.org',
      audience: TEST_AUDIENCE,
      fetch: async () => Response.json({ issuer: 'https://evil.example', jwks_uri: 'https://evil.example/jwks' }),
    });
    assert.equal((await refusal(liar.verify(await idp.sign({ iss: 'https://idp.example.org' })))).status, 503);
    assert.throws(() => createTokenVerifier({ issuer: 'http://idp.example.org', audience: TEST_AUDIENCE }), /https/);
  });
});

describe('the Authorization header and the contract', () => {
  it('takes only "Bearer <token>"', () => {
    assert.equal(bearerToken(undefined), undefined);
    assert.equal(bearerToken('Bearer abc.def.ghi'), 'abc.def.ghi');
    assert.equal(bearerToken('bearer abc.def.ghi'), 'abc.def.ghi');
    for (const bad of ['', 'Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', 'Basic admin:admin', 'Bearer a b', 'Token abc']) assert.equal(bearerToken(bad), null, bad);
  });

  it('knows which operations need a token from their security requirements', () => {
    const needing = operations.filter(requiresBearer).map((o) => o.operationId);
    assert.ok(needing.includes('show_operator'));
    assert.ok(!needing.includes('list_ppe_rounds') && !needing.includes('show_status'));
    assert.ok(needing.every((id) => operations.find((o) => o.operationId === id)!.path.startsWith('/operator/')));
  });

  it('operatorFromClaims needs a subject', () => {
    assert.throws(() => operatorFromClaims({}), (e: unknown) => e instanceof ProblemError && e.status === 401);
  });
});
