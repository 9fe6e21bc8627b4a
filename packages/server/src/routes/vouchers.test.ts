import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCode } from '@sportello/sdk/checks';
import { demo, harness } from '../testing/harness';

const check = (h: ReturnType<typeof harness>, body: unknown) => h.call('POST', '/v1/vouchers/checks', { body });

describe('POST /vouchers/checks', () => {
  it('shows the holder status, balance, expiry and recent redemptions, newest first', async () => {
    const h = harness();
    const res = await check(h, { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.vouchers.active.taxCode });
    assert.equal(res.status, 200);
    assert.equal(res.body.state, 'active');
    assert.equal(res.body.balanceCents, 8_250);
    assert.equal(res.body.faceValueCents, 15_000);
    assert.equal(res.body.redemptions.length, 3);
    assert.equal(res.body.redemptions[0].shopName, 'Alimentari Borgo San Paolo');
    const times = res.body.redemptions.map((r: { redeemedAt: string }) => Date.parse(r.redeemedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.doesNotMatch(res.text, new RegExp(demo.vouchers.active.taxCode));
  });
  it('derives every state: exhausted, expired, revoked, and expiry as time passes', async () => {
    const h = harness();
    for (const name of ['exhausted', 'expired', 'revoked', 'unused'] as const) {
      const v = demo.vouchers[name];
      const res = await check(h, v);
      assert.equal(res.status, 200, name);
      assert.equal(res.body.state, name === 'unused' ? 'active' : name);
    }
    h.clock.set(new Date(h.clock.now.getTime() + 5 * 86_400_000));
    const later = await check(h, demo.vouchers.expiringSoon);
    assert.equal(later.body.state, 'expired');
  });
  it('answers an unknown code and a code held by someone else alike', async () => {
    const h = harness();
    const other = await check(h, { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.vouchers.revoked.taxCode });
    const unknown = await check(h, { voucherCode: formatCode('BS', 'ZZZZZZZZ'), taxCode: demo.vouchers.active.taxCode });
    assert.equal(other.status, 404);
    assert.equal(unknown.status, 404);
    const { instance: _a, ...a } = other.body;
    const { instance: _b, ...b } = unknown.body;
    assert.deepEqual(a, b);
    assert.equal(a.type, 'urn:sportello:problem:voucher-not-found');
  });
  it('catches a mistyped code and an invalid codice fiscale before looking', async () => {
    const h = harness();
    const res = await check(h, { voucherCode: 'BS-4D2N-8WQ5-M', taxCode: 'RSSMRA85T10L219X' });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors, [
      { pointer: '/voucherCode', code: 'check-character' },
      { pointer: '/taxCode', code: 'check-character' },
    ]);
  });
});

describe('GET /vouchers/shops', () => {
  it('lists every shop by name with the page', async () => {
    const h = harness();
    const res = await h.call('GET', '/v1/vouchers/shops');
    assert.equal(res.status, 200);
    assert.equal(res.body.page.total, 20);
    assert.equal(res.body.items.length, 20);
    assert.deepEqual(res.body.page, { page: 1, pageSize: 100, total: 20 });
  });
  it('filters by district or CAP and pages', async () => {
    const h = harness();
    const d8 = await h.call('GET', '/v1/vouchers/shops?district=8');
    assert.ok(d8.body.items.length > 0);
    assert.ok(d8.body.items.every((s: { district: number }) => s.district === 8));
    const cap = await h.call('GET', '/v1/vouchers/shops?cap=10126');
    assert.deepEqual(cap.body.items.map((s: { cap: string }) => s.cap), ['10126', '10126']);
    const page2 = await h.call('GET', '/v1/vouchers/shops?page=2&pageSize=5');
    const all = await h.call('GET', '/v1/vouchers/shops');
    assert.deepEqual(page2.body.items, all.body.items.slice(5, 10));
    assert.deepEqual(page2.body.page, { page: 2, pageSize: 5, total: 20 });
  });
  it('rejects a district or CAP outside Turin', async () => {
    const h = harness();
    const res = await h.call('GET', '/v1/vouchers/shops?district=9&cap=20100');
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors, [
      { pointer: '/query/district', code: 'out-of-range' },
      { pointer: '/query/cap', code: 'format' },
    ]);
  });
});
