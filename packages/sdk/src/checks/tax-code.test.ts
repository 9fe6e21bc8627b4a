import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTaxCode, isValidTaxCode, taxCodeCheckLetter } from './tax-code';

const VALID = ['RSSMRA85T10L219G', 'BNCGNN50A41L219J', 'VRDLGU40C15L219Q', 'DLLNNA38M52L219G', 'RSSMRA85T10A562S'];

test('the valid codici fiscali of DOMAIN.md pass, as written', () => {
  for (const code of VALID) assert.deepEqual(checkTaxCode(code), { ok: true, value: code }, code);
});

test('the omocode RSSMRA85T10L21VV passes', () => {
  assert.deepEqual(checkTaxCode('RSSMRA85T10L21VV'), { ok: true, value: 'RSSMRA85T10L21VV' });
});

test('a wrong check letter is check-character', () => {
  assert.deepEqual(checkTaxCode('RSSMRA85T10L219X'), { ok: false, code: 'check-character' });
});

test('a letter that is not a month is format', () => {
  assert.deepEqual(checkTaxCode('RSSMRA85Z10L219G'), { ok: false, code: 'format' });
});

test('lengths: too short, too long, empty', () => {
  assert.deepEqual(checkTaxCode('RSSMRA8'), { ok: false, code: 'too-short' });
  assert.deepEqual(checkTaxCode('RSSMRA85T10L219GG'), { ok: false, code: 'too-long' });
  assert.deepEqual(checkTaxCode(''), { ok: false, code: 'required' });
  assert.deepEqual(checkTaxCode('   '), { ok: false, code: 'required' });
});

test('lower case and surrounding spaces are accepted; the value is upper case', () => {
  assert.deepEqual(checkTaxCode('  rssmra85t10l219g \t'), { ok: true, value: 'RSSMRA85T10L219G' });
  assert.deepEqual(checkTaxCode('Bncgnn50a41l219j'), { ok: true, value: 'BNCGNN50A41L219J' });
  assert.equal(isValidTaxCode(' rssmra85t10l21vv '), true);
});

test('the shape is checked position by position', () => {
  assert.equal(checkTaxCode('R5SMRA85T10L219G').ok, false, 'a digit among the surname letters');
  assert.equal(checkTaxCode('RSSMRAA5T10L219G').ok, false, 'a letter that is not an omocode digit');
  assert.equal(checkTaxCode('RSSMRA85T10L2I9G').ok, false);
  assert.equal(checkTaxCode('RSSMRA85T10L219-').ok, false);
});

test('days: 1-31 for men, 41-71 for women, nothing else', () => {
  const withDay = (dd: string) => {
    const first15 = `RSSMRA85T${dd}L219`;
    return checkTaxCode(first15 + taxCodeCheckLetter(first15));
  };
  for (const dd of ['01', '31', '41', '71']) assert.equal(withDay(dd).ok, true, dd);
  for (const dd of ['00', '32', '40', '72', '99']) assert.deepEqual(withDay(dd), { ok: false, code: 'format' }, dd);
  assert.equal(withDay('MN').ok, true, 'omocode day: M and N stand for 1 and 2');
});

test('taxCodeCheckLetter gives the check letter of each valid code', () => {
  for (const code of [...VALID, 'RSSMRA85T10L21VV']) assert.equal(taxCodeCheckLetter(code.slice(0, 15)), code[15], code);
});
