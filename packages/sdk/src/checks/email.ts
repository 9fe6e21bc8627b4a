import { invalid, valid, type CheckResult } from './result';

/** Checks an e-mail address: something@domain.tld, at most 254 characters. */
export function checkEmail(input: string): CheckResult {
  const email = input.trim();
  if (email === '') return invalid('required');
  if (email.length > 254) return invalid('too-long');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email)) return invalid('format');
  return valid(email);
}
