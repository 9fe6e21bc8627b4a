import { taxCodeCheckLetter } from '@sportello/sdk/checks';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The `i`-th of 26⁶ distinct, valid, made-up codici fiscali (born 1 January 1980 in Turin), with
 * the check letter computed as the shared check does. For tests and the benchmark.
 */
export function syntheticTaxCode(i: number): string {
  let n = i;
  let name = '';
  for (let k = 0; k < 6; k++) {
    name = LETTERS[n % 26] + name;
    n = Math.floor(n / 26);
  }
  const first15 = `${name}80A01L219`;
  return first15 + taxCodeCheckLetter(first15);
}
