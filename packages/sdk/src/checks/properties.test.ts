/**
 * Property-based tests (fast-check) of the input checks. The tax-code oracle below is written
 * from DOMAIN.md, independently of `tax-code.ts`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CODE_ALPHABET, checkCode, formatCode, generateCode, type CodePrefix } from './codes';
import { checkPhone } from './phone';
import { checkTaxCode } from './tax-code';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const MONTHS = 'ABCDEHLMPRST';
const OMOCODE = 'LMNPQRSTUV';
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
// DOMAIN.md's odd-position table, "0/A 1, 1/B 0, 2/C 5, ...", as written there.
const ODD_TABLE: Record<string, number> = Object.fromEntries(
  '0A1 1B0 2C5 3D7 4E9 5F13 6G15 7H17 8I19 9J21 K2 L4 M18 N20 O11 P3 Q6 R8 S12 T14 U16 V10 W22 X25 Y24 Z23'
    .split(' ')
    .flatMap((entry) => {
      const m = /^(\d?)([A-Z])(\d+)$/.exec(entry)!;
      return (m[1] ? [m[1], m[2]!] : [m[2]!]).map((c) => [c, Number(m[3])]);
    }),
);
const evenValue = (c: string) => (DIGITS.includes(c) ? Number(c) : LETTERS.indexOf(c));
const oracleCheckLetter = (first15: string) =>
  LETTERS[[...first15].reduce((sum, c, i) => sum + (i % 2 === 0 ? ODD_TABLE[c]! : evenValue(c)), 0) % 26]!;

const chars = (alphabet: string, n: number) => fc.array(fc.constantFrom(...alphabet), { minLength: n, maxLength: n }).map((a) => a.join(''));
const day = fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 41, max: 71 })).map((d) => String(d).padStart(2, '0'));
/** The first 15 characters of a plausible codice fiscale, from random parts. */
const first15 = fc
  .tuple(chars(LETTERS, 6), chars(DIGITS, 2), fc.constantFrom(...MONTHS), day, fc.constantFrom(...LETTERS), chars(DIGITS, 3))
  .map((parts) => parts.join(''));
const taxCode = first15.map((f) => f + oracleCheckLetter(f));

test('the oracle agrees with the DOMAIN.md vectors', () => {
  for (const code of ['RSSMRA85T10L219G', 'BNCGNN50A41L219J', 'VRDLGU40C15L219Q', 'DLLNNA38M52L219G', 'RSSMRA85T10A562S', 'RSSMRA85T10L21VV']) {
    assert.equal(oracleCheckLetter(code.slice(0, 15)), code[15], code);
  }
});

test('a codice fiscale from random parts with its check letter passes; any other 16th letter fails', () => {
  fc.assert(
    fc.property(first15, fc.constantFrom(...LETTERS), (f, letter) => {
      const right = oracleCheckLetter(f);
      assert.deepEqual(checkTaxCode(f + right), { ok: true, value: f + right });
      assert.deepEqual(checkTaxCode(` ${(f + right).toLowerCase()} `), { ok: true, value: f + right });
      if (letter !== right) assert.deepEqual(checkTaxCode(f + letter), { ok: false, code: 'check-character' });
    }),
  );
});

test('omocodia: replacing digits by their letters keeps a code valid once the check letter is recomputed', () => {
  fc.assert(
    fc.property(taxCode, fc.subarray(DIGIT_POSITIONS, { minLength: 1 }), (code, positions) => {
      const chars = [...code.slice(0, 15)];
      for (const i of positions) chars[i] = OMOCODE[Number(chars[i])]!;
      const omocode = chars.join('') + oracleCheckLetter(chars.join(''));
      assert.deepEqual(checkTaxCode(omocode), { ok: true, value: omocode });
    }),
  );
});

test('changing any one character of a valid codice fiscale is caught', () => {
  fc.assert(
    fc.property(taxCode, fc.integer({ min: 0, max: 15 }), fc.constantFrom(...LETTERS, ...DIGITS), (code, i, c) => {
      fc.pre(code[i] !== c);
      const changed = code.slice(0, i) + c + code.slice(i + 1);
      assert.equal(checkTaxCode(changed).ok, false, changed);
    }),
  );
});

const prefix = fc.constantFrom<CodePrefix>('PR', 'BS', 'PC', 'RG');
const code = fc.tuple(prefix, chars(CODE_ALPHABET, 8)).map(([p, data]) => ({ prefix: p, code: formatCode(p, data) }));
/** The nine characters after the prefix, dashes removed. */
const body = (c: string) => c.slice(3).replace(/-/g, '');
const rebuild = (p: CodePrefix, nine: string) => `${p}-${nine.slice(0, 4)}-${nine.slice(4, 8)}-${nine[8]}`;

test('any generated code passes checkCode, and checkCode is idempotent', () => {
  fc.assert(
    fc.property(prefix, (p) => {
      const c = generateCode(p);
      assert.deepEqual(checkCode(p, c), { ok: true, value: c });
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(code, ({ prefix: p, code: c }) => {
      assert.deepEqual(checkCode(p, c), { ok: true, value: c });
      assert.deepEqual(checkCode(p, body(c).toLowerCase()), { ok: true, value: c });
    }),
  );
});

test('changing any one character of a code is caught', () => {
  fc.assert(
    fc.property(code, fc.integer({ min: 0, max: 8 }), fc.constantFrom(...CODE_ALPHABET), ({ prefix: p, code: c }, i, ch) => {
      const nine = body(c);
      fc.pre(nine[i] !== ch);
      const changed = rebuild(p, nine.slice(0, i) + ch + nine.slice(i + 1));
      assert.deepEqual(checkCode(p, changed), { ok: false, code: 'check-character' }, changed);
    }),
  );
});

test('swapping two adjacent different characters of a code is caught (but for 0 and Z)', () => {
  fc.assert(
    fc.property(code, fc.integer({ min: 0, max: 7 }), ({ prefix: p, code: c }, i) => {
      const nine = body(c);
      const [a, b] = [nine[i]!, nine[i + 1]!];
      fc.pre(a !== b && !(a + b === '0Z' || a + b === 'Z0'));
      const swapped = rebuild(p, nine.slice(0, i) + b + a + nine.slice(i + 2));
      assert.deepEqual(checkCode(p, swapped), { ok: false, code: 'check-character' }, swapped);
    }),
    { numRuns: 2000 },
  );
});

const mobile = fc.tuple(fc.constant('3'), chars(DIGITS, 9)).map(([a, b]) => a + b);
const landline = fc.tuple(fc.constant('0'), fc.integer({ min: 5, max: 10 }).chain((n) => chars(DIGITS, n))).map(([a, b]) => a + b);
/** An Italian number as a person may write it: +39 or 0039 or nothing, spaces, dots, dashes. */
const written = fc
  .tuple(fc.oneof(mobile, landline), fc.constantFrom('', '+39', '+39 ', '0039', '0039 '), fc.array(fc.constantFrom(' ', '.', '-', ''), { minLength: 12, maxLength: 12 }))
  .map(([national, cc, seps]) => ({ national, text: cc + [...national].map((d, i) => d + (i < national.length - 1 ? seps[i] : '')).join('') }));

test('phone numbers as people write them become +39 and their digits', () => {
  fc.assert(
    fc.property(written, ({ national, text }) => {
      assert.deepEqual(checkPhone(text), { ok: true, value: `+39${national}` }, text);
    }),
  );
});

test('phone normalization is idempotent and its result fits E.164 and the contract', () => {
  const anyPhoneish = fc.oneof(written.map((w) => w.text), fc.stringMatching(/^\+?[0-9 .()-]{1,22}$/));
  fc.assert(
    fc.property(anyPhoneish, (text) => {
      const first = checkPhone(text);
      if (!first.ok) return;
      assert.match(first.value, /^\+39\d{6,11}$/); // E.164: at most 15 digits
      assert.match(first.value, /^\+?[0-9 ]{6,19}$/); // the contract's Phone pattern
      assert.deepEqual(checkPhone(first.value), first);
    }),
    { numRuns: 1000 },
  );
});
