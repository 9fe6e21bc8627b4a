import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTurinCap } from './cap';

test('every CAP from 10121 to 10156 is a Turin CAP', () => {
  for (let n = 10121; n <= 10156; n++) assert.deepEqual(checkTurinCap(String(n)), { ok: true, value: String(n) });
});

test('the CAPs just outside Turin are out-of-range', () => {
  for (const cap of ['10120', '10157', '10100', '00100', '20121', '99999']) {
    assert.deepEqual(checkTurinCap(cap), { ok: false, code: 'out-of-range' }, cap);
  }
});

test('a CAP that is not five digits is format; empty is required; spaces around are trimmed', () => {
  for (const cap of ['1012', '101211', '10a21', '10 121', '-10121']) assert.deepEqual(checkTurinCap(cap), { ok: false, code: 'format' }, cap);
  assert.deepEqual(checkTurinCap(''), { ok: false, code: 'required' });
  assert.deepEqual(checkTurinCap(' 10138 '), { ok: true, value: '10138' });
});
