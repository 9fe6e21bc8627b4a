/**
 * The rate-limit policy, once, for the server and the mocks: which operation counts under which
 * category, the default limits per client and per partner, and the fairness rule between them.
 * Pure and browser-safe: the counters live with whoever enforces the policy.
 *
 * Categories: `lookup` (voucher checks, booking and ticket look-ups, cancellations: each takes a
 * guess at a code and a codice fiscale or contact, so it is the strictest), `write` (creates and
 * building look-ups) and `read` (everything else, unknown paths included).
 *
 * Fairness: a request is admitted only when every window it falls under (its client's, its
 * partner's) has room, and only an admitted request is counted, in all of them; a refused request
 * costs nothing. No client may use more than {@link DEFAULT_MAX_CLIENT_SHARE} (a tenth) of its
 * partner's window: the per-client limit is the smaller of the configured one and that share
 * ({@link clientLimit}), so one address with a (public) partner key can never lock the partner's
 * other residents out.
 */
import type { operations } from '@sportello/sdk';

export type RateCategory = 'read' | 'write' | 'lookup';

/** Requests allowed per window for each category. */
export type RateLimits = Record<RateCategory, number>;

export interface RateLimitConfig {
  /** Window length in seconds. */
  windowSeconds: number;
  perClient: RateLimits;
  perPartner: RateLimits;
  /**
   * The largest share (0–1] of a partner's window that one client may use; default
   * {@link DEFAULT_MAX_CLIENT_SHARE}.
   */
  maxClientShare?: number;
}

/** One client may use at most a tenth of its partner's budget in each category. */
export const DEFAULT_MAX_CLIENT_SHARE = 0.1;

/**
 * Defaults: a person on a phone never meets them; a script guessing voucher codes soon does. Each
 * per-client limit is 1% of the partner's, well inside the share; the share only tightens clients
 * of a partner whose own limits were lowered (a partner with `lookup: 50` gives each client 5).
 */
export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  windowSeconds: 60,
  perClient: { read: 300, write: 30, lookup: 10 },
  perPartner: { read: 30_000, write: 6_000, lookup: 1_200 },
  maxClientShare: DEFAULT_MAX_CLIENT_SHARE,
};

type OperationId = keyof operations;

const LOOKUPS: ReadonlySet<string> = new Set<OperationId>(['check_voucher', 'find_ppe_booking', 'find_help_request', 'cancel_ppe_booking']);
const WRITES: ReadonlySet<string> = new Set<OperationId>([
  'create_ppe_booking',
  'create_event_registration',
  'create_help_request',
  'resolve_ppe_building',
  // The operators' changes (signed in, so not guesses: counted as writes, not look-ups).
  'create_ppe_booking_on_behalf',
  'update_ppe_deliveries',
  'create_voucher_redemption',
  'void_voucher_redemption',
  'assign_help_request',
  'schedule_help_request',
  'close_help_request',
  'check_in_registration',
  'cancel_event_registration',
  'create_ppe_round',
  'change_ppe_round',
  'create_voucher',
  'revoke_voucher',
]);

/** The category an operation is limited under (unknown operations count as reads). */
export function categoryOf(operationId: string | undefined): RateCategory {
  if (operationId && LOOKUPS.has(operationId)) return 'lookup';
  if (operationId && WRITES.has(operationId)) return 'write';
  return 'read';
}

/** A partner's limit in `category`: its own override, else the configured default. */
export function partnerLimit(config: RateLimitConfig, category: RateCategory, overrides?: Partial<RateLimits>): number {
  return overrides?.[category] ?? config.perPartner[category];
}

/**
 * A client's limit in `category`: the configured per-client limit, and, when the request carries
 * a partner key, never more than the client's share of that partner's limit (at least 1).
 */
export function clientLimit(config: RateLimitConfig, category: RateCategory, partnerLimitValue?: number): number {
  const own = config.perClient[category];
  if (partnerLimitValue === undefined) return own;
  const share = config.maxClientShare ?? DEFAULT_MAX_CLIENT_SHARE;
  return Math.min(own, Math.max(1, Math.floor(partnerLimitValue * share)));
}
