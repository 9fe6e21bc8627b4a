import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demo, harness } from '../testing/harness';
import { DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limit';

/** A voucher check (a `lookup`) from `ip`, with the demo partner's key unless told otherwise. */
const lookupFrom = (h: ReturnType<typeof harness>, ip: string, key?: string) =>
  h.call('POST', '/v1/vouchers/checks', { body: demo.vouchers.active, headers: { 'X-Forwarded-For': ip }, ...(key ? { key } : {}) });

describe('fair rate limits', () => {
  it('one address hammering look-ups with the partner key does not lock other residents out (defaults)', { timeout: 60_000 }, async () => {
    const h = harness({ rateLimits: DEFAULT_RATE_LIMITS, trustProxy: true });
    const own = DEFAULT_RATE_LIMITS.perClient.lookup;
    const statuses = new Map<number, number>();
    // What was measured: 1,250 look-ups from one address, past the partner's 1,200.
    for (let i = 0; i < 1_250; i++) {
      const res = await lookupFrom(h, '203.0.113.7');
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    assert.equal(statuses.get(200), own, 'the address gets its own budget');
    assert.equal(statuses.get(429), 1_250 - own, 'and is refused past it');
    const neighbour = await lookupFrom(h, '203.0.113.8');
    assert.ok(neighbour.status === 200 || neighbour.status === 404, `another address with the same key is served, got ${neighbour.status}`);
    // Its budget is its own: 10 allowed, this was the first.
    assert.equal(neighbour.headers.get('ratelimit-limit'), String(own));
    assert.equal(neighbour.headers.get('ratelimit-remaining'), String(own - 1));
  });

  it('refused requests do not spend the partner budget: exactly what the admitted ones left is served', async () => {
    const limits = { windowSeconds: 60, perClient: { read: 100, write: 100, lookup: 5 }, perPartner: { read: 1_000, write: 1_000, lookup: 20 }, maxClientShare: 0.25 };
    const h = harness({ rateLimits: limits, trustProxy: true });
    for (let i = 0; i < 5; i++) assert.equal((await lookupFrom(h, '198.51.100.1')).status, 200);
    for (let i = 0; i < 30; i++) {
      const refused = await lookupFrom(h, '198.51.100.1');
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('ratelimit-limit'), '5', "the client's own window is the one reported");
      assert.equal(refused.headers.get('ratelimit-remaining'), '0');
      assert.equal(refused.headers.get('retry-after'), '60');
    }
    // 20 - 5 admitted = 15 left for everybody else, one request each from distinct addresses.
    let served = 0;
    let last;
    for (let i = 2; i < 40; i++) {
      last = await lookupFrom(h, `198.51.100.${i}`);
      if (last.status === 429) break;
      served++;
      if (served === 15) {
        assert.equal(last.headers.get('ratelimit-limit'), '20', "the partner's window is now the tighter one");
        assert.equal(last.headers.get('ratelimit-remaining'), '0');
      }
    }
    assert.equal(served, 15);
    assert.equal(last!.status, 429);
    assert.equal(last!.headers.get('ratelimit-limit'), '20');
    assert.equal(last!.headers.get('retry-after'), '60');
  });

  it('the per-partner limit still holds when many distinct clients come, and other partners are unaffected', async () => {
    const limits = { windowSeconds: 60, perClient: { read: 100, write: 100, lookup: 5 }, perPartner: { read: 1_000, write: 1_000, lookup: 20 } };
    const h = harness({ rateLimits: limits, trustProxy: true });
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) statuses.push((await lookupFrom(h, `192.0.2.${i + 1}`)).status);
    assert.equal(statuses.filter((s) => s === 200).length, 20);
    assert.deepEqual(statuses.slice(20), Array(30).fill(429), 'every request past the budget is refused');
    assert.equal((await lookupFrom(h, '192.0.2.99', 'pk_other_site')).status, 200, 'another partner has its own budget');
  });

  it('gives no client more than a tenth of its partner window', async () => {
    const limits = { windowSeconds: 60, perClient: { read: 100, write: 100, lookup: 50 }, perPartner: { read: 1_000, write: 1_000, lookup: 30 } };
    const h = harness({ rateLimits: limits, trustProxy: true });
    const first = await lookupFrom(h, '192.0.2.1');
    assert.equal(first.headers.get('ratelimit-limit'), '3', 'a tenth of 30, below the per-client 50');
    await lookupFrom(h, '192.0.2.1');
    await lookupFrom(h, '192.0.2.1');
    assert.equal((await lookupFrom(h, '192.0.2.1')).status, 429);
    assert.equal((await lookupFrom(h, '192.0.2.2')).status, 200);
  });
});

describe('RateLimiter', () => {
  const config = { windowSeconds: 60, perClient: { read: 10, write: 10, lookup: 4 }, perPartner: { read: 100, write: 100, lookup: 100 } };

  it("applies a partner's own lower limit and the client's share of it", () => {
    const limiter = new RateLimiter(config);
    const partner = { id: 'small', limits: { lookup: 20 } };
    const states = Array.from({ length: 3 }, () => limiter.hit('lookup', 'a', partner, 0));
    assert.deepEqual(states.map((s) => [s.limit, s.remaining, s.exceeded]), [
      [2, 1, false],
      [2, 0, false],
      [2, 0, true],
    ]);
    // 2 of 20 spent: 18 left for others, whatever "a" keeps sending.
    for (let i = 0; i < 100; i++) limiter.hit('lookup', 'a', partner, 1_000);
    let admitted = 0;
    for (let i = 0; i < 40; i++) if (!limiter.hit('lookup', `b${i}`, partner, 2_000).exceeded) admitted++;
    assert.equal(admitted, 18);
  });

  it('counts nothing for a preflight, and refuses nothing', () => {
    const limiter = new RateLimiter(config);
    for (let i = 0; i < 10; i++) assert.equal(limiter.hit('lookup', 'a', undefined, 0, false).exceeded, false);
    const first = limiter.hit('lookup', 'a', undefined, 0);
    assert.deepEqual(first, { limit: 4, remaining: 3, reset: 60, exceeded: false });
  });

  it('reports the window that resets last when both refuse, and opens new windows when they pass', () => {
    const limiter = new RateLimiter({ ...config, perClient: { ...config.perClient, lookup: 2 }, perPartner: { ...config.perPartner, lookup: 3 }, maxClientShare: 1 });
    const partner = { id: 'p' };
    limiter.hit('lookup', 'x', partner, 0); // partner window opens at 0
    limiter.hit('lookup', 'a', partner, 30_000); // a's window opens at 30 s
    limiter.hit('lookup', 'a', partner, 30_000);
    const refused = limiter.hit('lookup', 'a', partner, 40_000);
    assert.deepEqual(refused, { limit: 2, remaining: 0, reset: 50, exceeded: true }, "a's window resets at 90 s, the partner's at 60 s");
    assert.equal(limiter.hit('lookup', 'b', partner, 40_000).reset, 20, 'the partner window is full for b: it resets at 60 s');
    assert.equal(limiter.hit('lookup', 'b', partner, 60_000).exceeded, false);
  });
});
