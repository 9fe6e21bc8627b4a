/**
 * Fixed-window rate limits, per bucket, in real time (not the store's clock, which may be frozen):
 * `default` for most requests, a stricter `lookups` for voucher checks, booking and ticket
 * look-ups and cancellations, so that codes cannot be guessed.
 */

import { categoryOf } from '@sportello/domain/rate-limit';

/** Which limit a request counts against. */
export type RateLimitBucket = 'default' | 'lookups';

/** The bucket an operation counts against: the domain's policy table says which ones are look-ups. */
export const bucketOf = (operationId: string): RateLimitBucket => (categoryOf(operationId) === 'lookup' ? 'lookups' : 'default');

/** Requests allowed per window. */
export interface RateLimitPolicy {
  limit: number;
  windowSeconds: number;
}

/** What the `RateLimit-*` headers say after a request, and `retryAfter` when it was refused. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
  /** Set when the request is over the limit: seconds to wait. */
  retryAfter?: number;
}

export const DEFAULT_RATE_LIMITS: Record<RateLimitBucket, RateLimitPolicy> = {
  default: { limit: 300, windowSeconds: 60 },
  lookups: { limit: 10, windowSeconds: 60 },
};

/** Counts requests per bucket; `false` policies never refuse (headers still say 300/300). */
export class RateLimiter {
  private readonly windows = new Map<RateLimitBucket, { start: number; used: number }>();

  constructor(
    private readonly policies: Record<RateLimitBucket, RateLimitPolicy> | false = DEFAULT_RATE_LIMITS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Counts one request. */
  take(bucket: RateLimitBucket): RateLimitState {
    const policy = this.policies ? this.policies[bucket] : DEFAULT_RATE_LIMITS.default;
    const t = this.now();
    let w = this.windows.get(bucket);
    if (!w || t - w.start >= policy.windowSeconds * 1000) {
      w = { start: t, used: 0 };
      this.windows.set(bucket, w);
    }
    const reset = Math.max(1, Math.ceil((w.start + policy.windowSeconds * 1000 - t) / 1000));
    if (this.policies && w.used >= policy.limit) return { limit: policy.limit, remaining: 0, reset, retryAfter: reset };
    if (this.policies) w.used += 1;
    return { limit: policy.limit, remaining: Math.max(0, policy.limit - w.used), reset };
  }
}

/** The `RateLimit-*` (and, when refused, `Retry-After`) headers of a state. */
export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Limit': String(s.limit),
    'RateLimit-Remaining': String(s.remaining),
    'RateLimit-Reset': String(s.reset),
    ...(s.retryAfter !== undefined ? { 'Retry-After': String(s.retryAfter) } : {}),
  };
}
