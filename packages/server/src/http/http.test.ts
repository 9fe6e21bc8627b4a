import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookingBody, demo, harness, newKey } from '../testing/harness';
import { openDatabase } from '../store/sqlite/database';

describe('GET /status', () => {
  it('answers 200 with the contract version while the database is up, 503 when it is not', async () => {
    const db = openDatabase(':memory:');
    const h = harness({ db });
    const up = await h.call('GET', '/v1/status', { key: null });
    assert.equal(up.status, 200);
    assert.equal(up.body.status, 200);
    assert.equal(up.body.version, '1.0.0');
    db.close();
    const down = await h.call('GET', '/v1/status', { key: null, lang: 'en' });
    assert.equal(down.status, 503);
    assert.equal(down.body.type, 'urn:sportello:problem:service-unavailable');
    assert.equal(down.headers.get('retry-after'), '5');
    assert.equal(down.body.title, 'Service unavailable');
  });
});

describe('partner keys', () => {
  it('answers 401 without a key or with an unknown one', async () => {
    const h = harness();
    for (const key of [null, 'pk_nobody']) {
      const res = await h.call('GET', '/v1/ppe/rounds', { key });
      assert.equal(res.status, 401);
      assert.equal(res.body.type, 'urn:sportello:problem:unauthorized');
      assert.equal(res.headers.get('ratelimit-limit') !== null, true);
    }
  });
});

describe('CORS', () => {
  it("echoes a partner's origin with Vary: Origin, never *", async () => {
    const h = harness();
    const res = await h.call('GET', '/v1/ppe/rounds', { headers: { Origin: 'http://localhost:5173' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.match(res.headers.get('vary')!, /Origin/);
    assert.match(res.headers.get('access-control-expose-headers')!, /RateLimit-Remaining/);
    assert.match(res.headers.get('access-control-expose-headers')!, /Retry-After/);
  });
  it("refuses an origin that is not the key's partner's", async () => {
    const h = harness();
    const res = await h.call('GET', '/v1/ppe/rounds', { headers: { Origin: 'https://vicini.example.org' } });
    assert.equal(res.status, 401);
    assert.equal(res.body.type, 'urn:sportello:problem:forbidden-origin');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const other = await h.call('GET', '/v1/ppe/rounds', { key: 'pk_other_site', headers: { Origin: 'https://vicini.example.org' } });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('access-control-allow-origin'), 'https://vicini.example.org');
    const evil = await h.call('GET', '/v1/ppe/rounds', { headers: { Origin: 'http://localhost.evil.example:8080' } });
    assert.equal(evil.status, 401);
  });
  it('answers preflights for partner origins with the custom headers', async () => {
    const h = harness();
    const res = await h.app.request('/v1/ppe/bookings', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:8080',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'sportello-partner-key, idempotency-key, content-type',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    assert.equal(res.headers.get('access-control-allow-methods'), 'POST');
    const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['sportello-partner-key', 'idempotency-key', 'authorization', 'accept-language', 'content-type']) assert.ok(allowed.includes(h), h);
    assert.match(res.headers.get('vary')!, /Origin/);
    assert.ok(res.headers.get('ratelimit-limit'));
    const stranger = await h.app.request('/v1/ppe/bookings', {
      method: 'OPTIONS',
      headers: { Origin: 'https://attacker.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
    assert.equal(stranger.headers.get('access-control-allow-methods'), null);
  });
});

describe('rate limits', () => {
  const limits = { windowSeconds: 60, perClient: { read: 5, write: 3, lookup: 2 }, perPartner: { read: 100, write: 100, lookup: 4 }, maxClientShare: 0.5 };

  it('puts RateLimit-* on every answer and 429 + Retry-After past the limit, strictest on look-ups', async () => {
    const h = harness({ rateLimits: limits, trustProxy: true });
    const lookup = (ip: string) =>
      h.call('POST', '/v1/vouchers/checks', { body: demo.vouchers.active, headers: { 'X-Forwarded-For': ip } });
    const first = await lookup('10.0.0.1');
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('ratelimit-limit'), '2');
    assert.equal(first.headers.get('ratelimit-remaining'), '1');
    assert.equal(first.headers.get('ratelimit-reset'), '60');
    assert.equal((await lookup('10.0.0.1')).status, 200);
    const limited = await lookup('10.0.0.1');
    assert.equal(limited.status, 429);
    assert.equal(limited.body.type, 'urn:sportello:problem:rate-limited');
    assert.equal(limited.headers.get('retry-after'), '60');
    assert.equal(limited.body.retryAfterSeconds, 60);
    assert.equal(limited.headers.get('ratelimit-remaining'), '0');
    // Other clients still get through, until the partner's own look-up budget (4) is spent; the
    // refused request above did not count against it.
    assert.equal((await lookup('10.0.0.2')).status, 200);
    assert.equal((await lookup('10.0.0.3')).status, 200);
    assert.equal((await lookup('10.0.0.4')).status, 429);
    // Reads have their own, larger budget.
    const read = await h.call('GET', '/v1/help/topics', { headers: { 'X-Forwarded-For': '10.0.0.1' } });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('ratelimit-limit'), '5');
  });
  it('opens a new window once the old one has passed', async () => {
    const h = harness({ rateLimits: limits, trustProxy: true });
    const lookup = () => h.call('POST', '/v1/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.alreadyBooked } });
    await lookup();
    await lookup();
    assert.equal((await lookup()).status, 429);
    h.clock.set(new Date(h.clock.now.getTime() + 61_000));
    assert.equal((await lookup()).status, 200);
  });
});

describe('request bodies', () => {
  it('answers 413 past 16 KiB, 415 for non-JSON, 400 for malformed JSON', async () => {
    const h = harness();
    const big = await h.call('POST', '/v1/ppe/bookings', { raw: JSON.stringify({ pad: 'x'.repeat(17_000) }), contentType: 'application/json', idempotencyKey: newKey() });
    assert.equal(big.status, 413);
    assert.equal(big.body.type, 'urn:sportello:problem:payload-too-large');
    const form = await h.call('POST', '/v1/ppe/bookings', { raw: 'roundId=x', contentType: 'application/x-www-form-urlencoded', idempotencyKey: newKey() });
    assert.equal(form.status, 415);
    assert.equal(form.body.type, 'urn:sportello:problem:unsupported-media-type');
    const untyped = await h.call('POST', '/v1/vouchers/checks', { raw: JSON.stringify(demo.vouchers.active) });
    assert.equal(untyped.status, 415);
    const broken = await h.call('POST', '/v1/ppe/bookings', { raw: '{"roundId": ', contentType: 'application/json', idempotencyKey: newKey() });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.type, 'urn:sportello:problem:malformed-request');
    const latin1 = await h.call('POST', '/v1/vouchers/checks', { raw: new Uint8Array([0x7b, 0xe8, 0x7d]), contentType: 'application/json' });
    assert.equal(latin1.status, 400);
    const empty = await h.call('POST', '/v1/vouchers/checks', {});
    assert.equal(empty.status, 400);
    assert.deepEqual(empty.body.errors, [{ pointer: '', code: 'required' }]);
  });
  it('counts the bytes of a body sent without Content-Length', async () => {
    const h = harness();
    const chunks = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        c.close();
      },
    });
    const res = await h.app.request('/v1/vouchers/checks', {
      method: 'POST',
      headers: { 'Sportello-Partner-Key': 'pk_demo_torino', 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
  });
});

describe('every answer', () => {
  it('carries security headers and a request id that is the problem instance', async () => {
    const h = harness();
    const res = await h.call('POST', '/v1/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.free } });
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.body.instance, `urn:sportello:request:${res.headers.get('x-request-id')}`);
  });
  it('answers unknown paths 404 and wrong methods 405, as problems', async () => {
    const h = harness();
    const missing = await h.call('GET', '/v1/nowhere');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    const method = await h.call('GET', '/v1/ppe/bookings');
    assert.equal(method.status, 405);
    assert.equal(method.headers.get('allow'), 'POST');
    const badEscape = await h.call('GET', '/v1/events/%E0%A4%A');
    assert.equal(badEscape.status, 404);
  });
  it('speaks Italian by default and English when asked', async () => {
    const h = harness();
    const it_ = await h.call('GET', '/v1/events/nope-nope', { lang: 'fr, it;q=0.5, en;q=0.4' });
    assert.equal(it_.body.title, 'Attività non trovata');
    const en = await h.call('GET', '/v1/events/nope-nope', { lang: 'en-US' });
    assert.equal(en.body.title, 'Activity not found');
    assert.equal(en.body.detail, 'This activity does not exist or was cancelled.');
  });
});

describe('bad input never yields a 5xx', () => {
  const junk: unknown[] = [null, 0, -1, 1e308, true, 'x', '', [], {}, [[[[]]]], { a: { b: { c: {} } } }, '\u0000', '\ud800', 'RSSMRA85T10L219G'.repeat(3)];
  const pick = (i: number) => junk[i % junk.length];
  const mutate = (value: unknown, seed: number): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      return Object.fromEntries(entries.map(([k, v], i) => [k, (seed + i) % 3 === 0 ? pick(seed * 7 + i) : mutate(v, seed + i + 1)]));
    }
    return (seed % 2 === 0 ? pick(seed) : value);
  };

  it('survives mutated bodies on every create and look-up', async () => {
    const h = harness();
    const bodies: Array<[string, unknown]> = [
      ['/v1/ppe/bookings', bookingBody()],
      ['/v1/ppe/building-lookups', demo.addresses.inNetwork],
      ['/v1/ppe/booking-lookups', { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.alreadyBooked }],
      [`/v1/ppe/bookings/${demo.bookingCodes.confirmed}/cancellation`, { taxCode: demo.taxCodes.free }],
      ['/v1/vouchers/checks', demo.vouchers.active],
      ['/v1/help/requests', { topic: 'homework', description: 'Compiti di matematica', forWhom: 'myself', contact: { phone: '3331112222', preferredChannel: 'phone', preferredTime: 'any' }, district: 3, privacyConsent: true }],
      ['/v1/help/request-lookups', demo.tickets.received],
    ];
    let calls = 0;
    for (let seed = 0; seed < 40; seed++) {
      for (const [path, body] of bodies) {
        const res = await h.call('POST', path, { body: mutate(body, seed), idempotencyKey: newKey() });
        assert.ok(res.status < 500, `${path} seed ${seed} → ${res.status} ${res.text}`);
        calls++;
      }
    }
    for (const raw of ['[', 'nul', '{"a":1}}', '"\\ud800"', '1'.repeat(5000), '['.repeat(5000) + ']'.repeat(5000), '{"__proto__":{"x":1}}']) {
      const res = await h.call('POST', '/v1/ppe/bookings', { raw, contentType: 'application/json', idempotencyKey: newKey() });
      assert.ok(res.status < 500, `${raw.slice(0, 20)} → ${res.status}`);
    }
    const weird = ['/v1/events?from=2026-13-45T99:99:99Z&to=x', '/v1/events?from=&to=&page=-1&pageSize=1e9', '/v1/vouchers/shops?district=abc&page=0', '/v1/events/' + 'a'.repeat(500), '/v1/ppe/rounds?state[]=1'];
    for (const path of weird) {
      const res = await h.call('GET', path);
      assert.ok(res.status < 500, `${path} → ${res.status}`);
    }
    assert.ok(calls >= 280);
  });
});
