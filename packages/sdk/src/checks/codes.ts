import { invalid, valid, type CheckResult } from './result';

/** Crockford base-32: no I, L, O, U, so a code read aloud or handwritten is not mistaken. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = CODE_ALPHABET.length;

/** The prefixes of the codes the contract defines: booking, voucher, help ticket, registration. */
export type CodePrefix = 'PR' | 'BS' | 'PC' | 'RG' | 'RD';

function luhnSum(chars: string, startFactor: 1 | 2): number {
  let factor = startFactor;
  let sum = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const addend = factor * CODE_ALPHABET.indexOf(chars[i]!);
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / N) + (addend % N);
  }
  return sum;
}

/** The Luhn mod 32 check character of a prefix and its eight data characters. */
export function codeCheckCharacter(prefix: CodePrefix, data: string): string {
  return CODE_ALPHABET[(N - (luhnSum(prefix + data, 2) % N)) % N]!;
}

/** Writes a code as `PR-XXXX-XXXX-C` from its prefix and eight data characters. */
export function formatCode(prefix: CodePrefix, data: string): string {
  return `${prefix}-${data.slice(0, 4)}-${data.slice(4, 8)}-${codeCheckCharacter(prefix, data)}`;
}

/** A new random code (`crypto.getRandomValues`, in browsers and Node alike). */
export function generateCode(prefix: CodePrefix): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  let data = '';
  for (const b of bytes) data += CODE_ALPHABET[b % N];
  return formatCode(prefix, data);
}

const PREFIXES = Object.keys({ PR: 1, BS: 1, PC: 1, RG: 1, RD: 1 } satisfies Record<CodePrefix, 1>);

/**
 * Checks a code as a person may type it — lower case, spaces or dashes anywhere, the prefix
 * optional, O for 0 and I or L for 1 — and returns it written as the API expects. A code of
 * another kind (a voucher code where a booking code is asked) is `format`.
 */
export function checkCode(prefix: CodePrefix, input: string): CheckResult {
  let s = input.toUpperCase().replace(/[\s\-–.]/g, '');
  if (s === '') return invalid('required');
  // The prefix is taken off whenever the input is longer than a bare code, so that a code typed
  // with its prefix but one character short is `too-short`, not `too-long`.
  if (s.length > 9 && s.startsWith(prefix)) s = s.slice(prefix.length);
  else if (s.length > 9 && PREFIXES.some((p) => s.startsWith(p))) return invalid('format');
  s = s.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length < 9) return invalid('too-short');
  if (s.length > 9) return invalid('too-long');
  if ([...s].some((c) => !CODE_ALPHABET.includes(c))) return invalid('format');
  if (luhnSum(prefix + s, 1) % N !== 0) return invalid('check-character');
  return valid(formatCode(prefix, s.slice(0, 8)));
}
