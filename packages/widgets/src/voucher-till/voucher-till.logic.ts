/**
 * Pure logic of `<sportello-voucher-till>`: the amount typed at the till, the input checks before
 * any request, the idempotency key of one redemption, the void window. No DOM, no Lit: tested
 * under Node.
 */
import { newIdempotencyKey, type FieldErrorCode } from '@sportello/sdk';
import { checkCode, checkTaxCode } from '@sportello/sdk/checks';
import type { RedemptionRequest } from '../operator/operator.types';

/** The ids of the till's controls. */
export type TillFieldId = 'voucher-code' | 'tax-code' | 'amount';

/** The largest purchase one redemption may take: the contract's `RedemptionRequest.amountCents` maximum (€ 1.000,00). */
export const MAX_AMOUNT_CENTS = 100_000;

/**
 * Reads an amount in euro as a cashier types it — `12,50`, `12.50`, `12,5`, `12`, `€ 12,50` — into
 * integer cents, without floating point. One decimal separator (comma or point), at most two
 * decimals, no thousands separators (`1.250,00` is refused rather than guessed).
 */
export function parseAmount(input: string): { ok: true; cents: number } | { ok: false; code: FieldErrorCode } {
  const s = input.replace(/[\s\u00a0€]/g, '');
  if (s === '') return { ok: false, code: 'required' };
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return { ok: false, code: 'format' };
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (cents < 1 || cents > MAX_AMOUNT_CENTS) return { ok: false, code: 'out-of-range' };
  return { ok: true, cents };
}

/** The outcome of checking what was typed at the till. */
export type TillInput = { ok: true; body: RedemptionRequest } | { ok: false; errors: Partial<Record<TillFieldId, FieldErrorCode>> };

/** Checks code (with its check character), codice fiscale and amount with the SDK's checks. */
export function checkRedemptionInput(voucherCode: string, taxCode: string, amount: string): TillInput {
  const code = checkCode('BS', voucherCode);
  const tax = checkTaxCode(taxCode);
  const cents = parseAmount(amount);
  if (code.ok && tax.ok && cents.ok) return { ok: true, body: { voucherCode: code.value, taxCode: tax.value, amountCents: cents.cents } };
  const errors: Partial<Record<TillFieldId, FieldErrorCode>> = {};
  if (!code.ok) errors['voucher-code'] = code.code;
  if (!tax.ok) errors['tax-code'] = tax.code;
  if (!cents.ok) errors.amount = cents.code;
  return { ok: false, errors };
}

/**
 * One `Idempotency-Key` per redemption. `keyFor(body)` gives the key of the redemption being
 * attempted: the same one as long as the same redemption (same voucher, holder and amount) has had
 * no definite answer — a network error, a timeout, a 5xx, a 429 — so a retry can never charge twice;
 * a new one for a different redemption or once the last one was answered (`settle()`).
 */
export class RedemptionKeys {
  #pending: { body: string; key: string } | undefined;
  #make: () => string;

  constructor(make: () => string = newIdempotencyKey) {
    this.#make = make;
  }

  /** The key to send with `body`. */
  keyFor(body: RedemptionRequest): string {
    const id = JSON.stringify([body.voucherCode, body.taxCode, body.amountCents]);
    if (this.#pending?.body !== id) this.#pending = { body: id, key: this.#make() };
    return this.#pending.key;
  }

  /** The redemption got a definite answer (created, or refused): the next one gets a new key. */
  settle(): void {
    this.#pending = undefined;
  }

  /** Whether a redemption is waiting for a definite answer (its key will be reused). */
  get pending(): boolean {
    return this.#pending !== undefined;
  }
}

/** Failures after which the redemption may or may not have been made: retry with the same key. */
export function answerUnknown(kind: string): boolean {
  return ['offline', 'network', 'timeout', 'server', 'unavailable', 'rate-limited'].includes(kind);
}

/** Milliseconds until a redemption can no longer be voided (0 when the window has closed). */
export function voidWindowLeft(voidableUntil: string, nowMs: number): number {
  return Math.max(0, Date.parse(voidableUntil) - nowMs);
}
