import { invalid, valid, type CheckResult } from './result';

/** Checks a postcode (CAP) in Turin: 10121 to 10156. */
export function checkTurinCap(input: string): CheckResult {
  const cap = input.trim();
  if (cap === '') return invalid('required');
  if (!/^\d{5}$/.test(cap)) return invalid('format');
  const n = Number(cap);
  if (n < 10121 || n > 10156) return invalid('out-of-range');
  return valid(cap);
}
