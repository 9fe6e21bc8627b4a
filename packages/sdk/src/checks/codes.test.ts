import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE_ALPHABET, checkCode, codeCheckCharacter, formatCode, generateCode } from './codes';

const EXAMPLES = [
  ['PR', 'PR-7K4M-9QX2-5'],
  ['BS', 'BS-4D2N-8WQ5-N'],
  ['PC', 'PC-3H8K-2MV6-B'],
  ['RG', 'RG-5B7C-1DX9-3'],
] as const;

test("the contract's example codes pass", () => {
  for (const [prefix, code] of EXAMPLES) assert.deepEqual(checkCode(prefix, code), { ok: true, value: code }, code);
});

test('codes are accepted as people type them: lower case, no dashes, spaces, no prefix', () => {
  for (const typed of ['pr-7k4m-9qx2-5', 'PR7K4M9QX25', '7K4M9QX25', ' 7k4m 9qx2 5 ', 'PR 7K4M.9QX2.5', 'PR–7K4M–9QX2–5']) {
    assert.deepEqual(checkCode('PR', typed), { ok: true, value: 'PR-7K4M-9QX2-5' }, typed);
  }
});

test('O is read as 0, and I or L as 1', () => {
  assert.deepEqual(checkCode('RG', 'RG-5B7C-IDX9-3'), { ok: true, value: 'RG-5B7C-1DX9-3' });
  assert.deepEqual(checkCode('RG', 'rg-5b7c-ldx9-3'), { ok: true, value: 'RG-5B7C-1DX9-3' });
  const withZero = formatCode('BS', '0000ABCD');
  assert.deepEqual(checkCode('BS', withZero.replace(/0/g, 'O')), { ok: true, value: withZero });
});

test('a wrong check character is check-character', () => {
  assert.deepEqual(checkCode('PR', 'PR-7K4M-9QX2-6'), { ok: false, code: 'check-character' });
  assert.deepEqual(checkCode('BS', 'BS-4D2N-8WQ5-M'), { ok: false, code: 'check-character' });
});

test('lengths and characters', () => {
  assert.deepEqual(checkCode('PR', ''), { ok: false, code: 'required' });
  assert.deepEqual(checkCode('PR', ' - '), { ok: false, code: 'required' });
  assert.deepEqual(checkCode('PR', '7K4M-9QX2'), { ok: false, code: 'too-short' });
  assert.deepEqual(checkCode('PR', 'PR-7K4M-9QX2'), { ok: false, code: 'too-short' }, 'the prefix and one character short');
  assert.deepEqual(checkCode('PR', 'PR-7K4M-9QX2-55'), { ok: false, code: 'too-long' });
  assert.deepEqual(checkCode('PR', '7K4M-9QX2-5U'), { ok: false, code: 'too-long' });
  assert.deepEqual(checkCode('PR', '7K4M-9QU2-5'), { ok: false, code: 'format' }, 'U is not in the alphabet');
  assert.deepEqual(checkCode('PR', '7K4M-9Q*2-5'), { ok: false, code: 'format' });
});

test('a code of another kind is format', () => {
  assert.deepEqual(checkCode('PR', 'BS-4D2N-8WQ5-N'), { ok: false, code: 'format' });
  assert.deepEqual(checkCode('PC', 'RG-5B7C-1DX9-3'), { ok: false, code: 'format' });
});

test('the prefix takes part in the check: the same characters under another prefix fail', () => {
  assert.deepEqual(checkCode('BS', '7K4M-9QX2-5'), { ok: false, code: 'check-character' });
});

test('formatCode writes PREFIX-XXXX-XXXX-C with the check character', () => {
  assert.equal(formatCode('PR', '7K4M9QX2'), 'PR-7K4M-9QX2-5');
  assert.equal(codeCheckCharacter('PR', '7K4M9QX2'), '5');
});

test('generateCode makes valid, distinct codes of the contract shape', () => {
  const shape = /^(PR|BS|PC|RG)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;
  const codes = new Set<string>();
  for (const prefix of ['PR', 'BS', 'PC', 'RG'] as const) {
    for (let i = 0; i < 100; i++) {
      const code = generateCode(prefix);
      assert.match(code, shape);
      assert.ok(code.startsWith(`${prefix}-`));
      assert.deepEqual(checkCode(prefix, code), { ok: true, value: code });
      codes.add(code);
    }
  }
  assert.equal(codes.size, 400);
});

test('the alphabet is Crockford base-32: 32 characters, no I, L, O, U', () => {
  assert.equal(CODE_ALPHABET.length, 32);
  assert.equal(new Set(CODE_ALPHABET).size, 32);
  assert.doesNotMatch(CODE_ALPHABET, /[ILOU]/);
});

test('a known blind spot of Luhn mod 32: swapping adjacent 0 and Z is not caught', () => {
  // Like Luhn mod 10 with 09 ↔ 90: the one adjacent transposition the algorithm cannot see.
  const code = formatCode('PR', 'AB0ZCDEF');
  assert.equal(checkCode('PR', code).ok, true);
  assert.equal(checkCode('PR', code.replace('0Z', 'Z0')).ok, true);
});
