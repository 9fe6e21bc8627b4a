import { test } from 'node:test';
import assert from 'node:assert/strict';
import { balancePercent, canSpend, checkShopCap, checkVoucherInput, daysBetween, expiryNotice } from './voucher-checker.logic';

test('a voucher code and codice fiscale as typed become the request body', () => {
  assert.deepEqual(checkVoucherInput(' bs 4d2n 8wq5 n ', ' bncgnn50a41l219j '), {
    ok: true,
    body: { voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J' },
  });
});

test('a mistyped code is caught by its check character, before any request', () => {
  assert.deepEqual(checkVoucherInput('BS-4D2N-8WQ5-P', 'BNCGNN50A41L219J'), { ok: false, errors: { 'voucher-code': 'check-character' } });
});

test('each field gets its own error code', () => {
  assert.deepEqual(checkVoucherInput('', ''), { ok: false, errors: { 'voucher-code': 'required', 'tax-code': 'required' } });
  assert.deepEqual(checkVoucherInput('4D2N-8WQ5', 'RSSMRA85T10L219X'), { ok: false, errors: { 'voucher-code': 'too-short', 'tax-code': 'check-character' } });
  assert.deepEqual(checkVoucherInput('PR-7K4M-9QX2-5', 'RSSMRA8'), { ok: false, errors: { 'voucher-code': 'format', 'tax-code': 'too-short' } });
});

test('a CAP must be in Turin', () => {
  assert.deepEqual(checkShopCap(' 10138 '), { ok: true, cap: '10138' });
  assert.equal(checkShopCap('20121').ok, false);
  assert.deepEqual(checkShopCap(''), { ok: false, code: 'required' });
});

test('days between calendar days, across a clock change and a leap day', () => {
  assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
  assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
  assert.equal(daysBetween('2026-10-12', '2026-10-02'), -10);
  assert.equal(daysBetween('2026-10-12', '2026-10-12'), 0);
});

test('expiry is pointed out only for an active voucher close to its date', () => {
  assert.deepEqual(expiryNotice('active', '2026-10-15', '2026-10-12'), { kind: 'soon', days: 3 });
  assert.deepEqual(expiryNotice('active', '2026-10-12', '2026-10-12'), { kind: 'soon', days: 0 });
  assert.deepEqual(expiryNotice('active', '2026-12-17', '2026-10-12'), { kind: 'none' });
  assert.deepEqual(expiryNotice('exhausted', '2026-10-15', '2026-10-12'), { kind: 'none' });
  assert.deepEqual(expiryNotice('expired', '2026-10-02', '2026-10-12'), { kind: 'past' });
  assert.deepEqual(expiryNotice('revoked', '2026-10-02', '2026-10-12'), { kind: 'past' });
});

test('shops are worth showing only for a voucher that can be spent', () => {
  assert.equal(canSpend('active', 100), true);
  assert.equal(canSpend('active', 0), false);
  assert.equal(canSpend('revoked', 20_000), false);
});

test('the balance bar is a share of the face value, clamped', () => {
  assert.equal(balancePercent(8_250, 15_000), 55);
  assert.equal(balancePercent(0, 10_000), 0);
  assert.equal(balancePercent(500, 0), 0);
  assert.equal(balancePercent(20_000, 10_000), 100);
});
