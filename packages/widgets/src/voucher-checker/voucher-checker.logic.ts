/**
 * Pure logic of `<sportello-voucher-checker>`: input checks before any request, days to expiry,
 * what each state means. No DOM, no Lit: tested under Node.
 */
import type { FieldErrorCode, VoucherCheckRequest, VoucherState } from '@sportello/sdk';
import { checkCode, checkTaxCode, checkTurinCap } from '@sportello/sdk/checks';

/** The ids of the form's controls. */
export type VoucherFieldId = 'voucher-code' | 'tax-code';

/** The outcome of checking what the holder typed. */
export type VoucherInput =
  | { ok: true; body: VoucherCheckRequest }
  | { ok: false; errors: Partial<Record<VoucherFieldId, FieldErrorCode>> };

/**
 * Checks the code (with its check character, so a mistyped code never reaches the API) and the
 * codice fiscale, and returns the request body written as the API expects.
 */
export function checkVoucherInput(voucherCode: string, taxCode: string): VoucherInput {
  const code = checkCode('BS', voucherCode);
  const tax = checkTaxCode(taxCode);
  if (code.ok && tax.ok) return { ok: true, body: { voucherCode: code.value, taxCode: tax.value } };
  const errors: Partial<Record<VoucherFieldId, FieldErrorCode>> = {};
  if (!code.ok) errors['voucher-code'] = code.code;
  if (!tax.ok) errors['tax-code'] = tax.code;
  return { ok: false, errors };
}

/** Checks a CAP typed to find shops; returns the CAP or the field error. */
export function checkShopCap(input: string): { ok: true; cap: string } | { ok: false; code: FieldErrorCode } {
  const r = checkTurinCap(input);
  return r.ok ? { ok: true, cap: r.value } : { ok: false, code: r.code };
}

/** Days from one calendar day to another (`YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Within this many days an active voucher's expiry is pointed out ("expires in 3 days"). */
export const EXPIRY_WARNING_DAYS = 14;

/** How close the expiry is, for an active voucher. */
export type ExpiryNotice = { kind: 'none' } | { kind: 'soon'; days: number } | { kind: 'past' };

/**
 * Whether to say "expires in N days" (0 = today) for a voucher that expires on `expiresOn`,
 * seen on `today` (both Rome calendar days).
 */
export function expiryNotice(state: VoucherState, expiresOn: string, today: string): ExpiryNotice {
  const days = daysBetween(today, expiresOn);
  if (days < 0 || state === 'expired') return { kind: 'past' };
  if (state === 'active' && days <= EXPIRY_WARNING_DAYS) return { kind: 'soon', days };
  return { kind: 'none' };
}

/** A text glyph per state, shown beside the state's name so the state never rests on colour. */
export const STATE_ICONS: Readonly<Record<VoucherState, string>> = {
  active: '✓',
  exhausted: '○',
  expired: '⌛',
  revoked: '✕',
};

/** True when the voucher can still be spent, so participating shops are worth showing. */
export function canSpend(state: VoucherState, balanceCents: number): boolean {
  return state === 'active' && balanceCents > 0;
}

/** Share of the face value still available, 0–100, for the balance bar. */
export function balancePercent(balanceCents: number, faceValueCents: number): number {
  if (faceValueCents <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((balanceCents / faceValueCents) * 100)));
}
