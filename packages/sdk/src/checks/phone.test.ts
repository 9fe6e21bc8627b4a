import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPhone } from './phone';

test('Italian mobiles in the ways people write them become E.164', () => {
  for (const phone of ['3331234567', '333 123 4567', '333-123-4567', '333.123.4567', '(333) 1234567', '+39 333 123 4567', '+393331234567', '0039 333 1234567']) {
    assert.deepEqual(checkPhone(phone), { ok: true, value: '+393331234567' }, phone);
  }
});

test('landlines keep their leading 0 after +39', () => {
  assert.deepEqual(checkPhone('011 1234567'), { ok: true, value: '+390111234567' });
  assert.deepEqual(checkPhone('+39 011 123 45 67'), { ok: true, value: '+390111234567' });
  assert.deepEqual(checkPhone('011/4420000'), { ok: true, value: '+390114420000' });
});

test('foreign numbers, letters and numbers that start with neither 0 nor 3 are format', () => {
  for (const phone of ['+44 20 7946 0958', '+1 555 0100', '333 CALL ME', '5551234567', '+39 800', 'tel:3331234567']) {
    assert.deepEqual(checkPhone(phone), { ok: false, code: 'format' }, phone);
  }
});

test('lengths: a mobile of 9 or 10 digits, a landline of 6 to 11', () => {
  assert.deepEqual(checkPhone('33312345'), { ok: false, code: 'too-short' });
  assert.equal(checkPhone('333123456').ok, true);
  assert.deepEqual(checkPhone('33312345678'), { ok: false, code: 'too-long' });
  assert.deepEqual(checkPhone('01123'), { ok: false, code: 'too-short' });
  assert.equal(checkPhone('011234').ok, true);
  assert.deepEqual(checkPhone('011234567890'), { ok: false, code: 'too-long' });
  assert.deepEqual(checkPhone(''), { ok: false, code: 'required' });
});
