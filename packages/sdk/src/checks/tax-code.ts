import { invalid, valid, type CheckResult } from './result';

const OMOCODE = 'LMNPQRSTUV';
const MONTHS = 'ABCDEHLMPRST';
// Value of a character in an odd position (1st, 3rd, ...), for 0-9 and A-Z alike.
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
// Positions (0-based) of the seven digits that omocodia may replace with a letter.
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

const ordinal = (c: string): number => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

/** The check letter of a codice fiscale, computed on its first 15 characters as written. */
export function taxCodeCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = ordinal(first15[i]!);
    sum += i % 2 === 0 ? ODD[value]! : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The codice fiscale with omocodia letters turned back into digits. */
function decodeOmocode(code: string): string {
  const chars = [...code];
  for (const i of DIGIT_POSITIONS) {
    const k = OMOCODE.indexOf(chars[i]!);
    if (k >= 0) chars[i] = String(k);
  }
  return chars.join('');
}

/**
 * Checks a codice fiscale: shape, month letter, day (1-31, or 41-71 for women) and check letter
 * (omocodia included). Accepts lower case and surrounding spaces; the value returned is upper case.
 */
export function checkTaxCode(input: string): CheckResult {
  const code = input.trim().toUpperCase();
  if (code === '') return invalid('required');
  if (code.length < 16) return invalid('too-short');
  if (code.length > 16) return invalid('too-long');
  if (!SHAPE.test(code)) return invalid('format');
  const plain = decodeOmocode(code);
  if (!MONTHS.includes(plain[8]!)) return invalid('format');
  const day = Number(plain.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return invalid('format');
  if (taxCodeCheckLetter(code) !== code[15]) return invalid('check-character');
  return valid(code);
}

/** Whether a codice fiscale is valid (see {@link checkTaxCode}). */
export const isValidTaxCode = (input: string): boolean => checkTaxCode(input).ok;
