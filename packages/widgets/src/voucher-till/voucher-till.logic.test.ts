import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerUnknown, checkRedemptionInput, MAX_AMOUNT_CENTS, parseAmount, RedemptionKeys, voidWindowLeft } from './voucher-till.logic';

test('an amount typed with a comma or a point becomes cents, without floating point', () => {
  const cases: [string, number][] = [
    ['12,50', 1250],
    ['12.50', 1250],
    ['12,5', 1250],
    ['12', 1200],
    ['0,01', 1],
    ['€ 12,50', 1250],
    [' 7,05 ', 705],
    ['0.29', 29],
    ['1000', MAX_AMOUNT_CENTS],
  ];
  for (const [input, cents] of cases) assert.deepEqual(parseAmount(input), { ok: true, cents }, input);
});

test('an amount that is missing, malformed, zero or too large is refused with its field code', () => {
  assert.deepEqual(parseAmount(''), { ok: false, code: 'required' });
  assert.deepEqual(parseAmount('  '), { ok: false, code: 'required' });
  for (const s of ['12,505', '1.250,00', '12,', ',50', '-5', '12a', '1e3', '12..5']) assert.deepEqual(parseAmount(s), { ok: false, code: 'format' }, s);
  assert.deepEqual(parseAmount('0'), { ok: false, code: 'out-of-range' });
  assert.deepEqual(parseAmount('0,00'), { ok: false, code: 'out-of-range' });
  assert.deepEqual(parseAmount('1000,01'), { ok: false, code: 'out-of-range' });
});

test('the input is checked with the SDK checks and written as the API expects', () => {
  assert.deepEqual(checkRedemptionInput('bs-4d2n-8wq5-n', 'bncgnn50a41l219j', '12,50'), {
    ok: true,
    body: { voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J', amountCents: 1250 },
  });
  assert.deepEqual(checkRedemptionInput('BS-4D2N-8WQ5-P', 'RSSMRA85T10L219X', 'dodici'), {
    ok: false,
    errors: { 'voucher-code': 'check-character', 'tax-code': 'check-character', amount: 'format' },
  });
});

test('one key per redemption: reused until it is answered, new for another redemption', () => {
  let n = 0;
  const keys = new RedemptionKeys(() => `k${++n}`);
  const body = { voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J', amountCents: 1250 };
  assert.equal(keys.keyFor(body), 'k1');
  assert.equal(keys.keyFor({ ...body }), 'k1', 'a retry of the same redemption');
  assert.ok(keys.pending);
  assert.equal(keys.keyFor({ ...body, amountCents: 1000 }), 'k2', 'another amount is another redemption');
  keys.settle();
  assert.equal(keys.pending, false);
  assert.equal(keys.keyFor(body), 'k3', 'the same purchase again, once the first was answered');
});

test('which failures leave the outcome unknown, and how long a void stays possible', () => {
  for (const k of ['offline', 'network', 'timeout', 'server', 'unavailable', 'rate-limited']) assert.ok(answerUnknown(k), k);
  for (const k of ['problem', 'validation', 'configuration', 'aborted']) assert.equal(answerUnknown(k), false, k);
  assert.equal(voidWindowLeft('2026-11-26T10:30:00+01:00', Date.parse('2026-11-26T10:20:00+01:00')), 600_000);
  assert.equal(voidWindowLeft('2026-11-26T10:30:00+01:00', Date.parse('2026-11-26T10:31:00+01:00')), 0);
});
