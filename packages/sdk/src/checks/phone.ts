import { invalid, valid, type CheckResult } from './result';

/**
 * Checks an Italian phone number, with or without +39 (or 0039), spaces, dots, dashes or
 * brackets, and returns it in E.164 (`+393331234567`). Mobiles start with 3, landlines with 0.
 */
export function checkPhone(input: string): CheckResult {
  const raw = input.trim();
  if (raw === '') return invalid('required');
  if (!/^\+?[\d\s.\-()/]+$/.test(raw)) return invalid('format');
  let digits = raw.replace(/[^\d+]/g, '');
  if (digits.startsWith('+39')) digits = digits.slice(3);
  else if (digits.startsWith('0039')) digits = digits.slice(4);
  else if (digits.startsWith('+')) return invalid('format');
  if (!/^[03]\d+$/.test(digits)) return invalid('format');
  if (digits.length < (digits.startsWith('3') ? 9 : 6)) return invalid('too-short');
  if (digits.length > (digits.startsWith('3') ? 10 : 11)) return invalid('too-long');
  return valid(`+39${digits}`);
}
