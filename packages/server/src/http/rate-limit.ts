/**
 * Fixed-window rate limits, in memory, per client address and per partner key, by category of
 * operation. The policy — categories, default limits, the client's share of its partner's window —
 * is the domain's (`packages/domain/src/rate-limit.ts`); this module keeps the counters. One server
 * process keeps its own; behind a load balancer the limits apply per process.
 *
 * Fairness: every window a request falls under is checked first, and the request is counted, in
 * all of them, only when each has room. A request refused by the client's limit therefore never
 * spends the partner's budget, and since a client may use at most a tenth of its partner's window
 * (`maxClientShare`), one address cannot lock the partner's other residents out.
 */
import {
  categoryOf,
  clientLimit,
  DEFAULT_MAX_CLIENT_SHARE,
  DEFAULT_RATE_LIMITS,
  partnerLimit,
  type RateCategory,
  type RateLimitConfig,
  type RateLimits,
} from '@sportello/domain/rate-limit';

export { categoryOf, DEFAULT_MAX_CLIENT_SHARE, DEFAULT_RATE_LIMITS, type RateCategory, type RateLimitConfig, type RateLimits };

/** Where a caller stands in its window: the values of the `RateLimit-*` headers. */
export interface RateState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
  /** The request is refused (and was not counted). */
  exceeded: boolean;
}

interface Window {
  count: number;
  resetAt: number;
}

/** Counters for one process. */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  #nextSweep = 0;

  constructor(readonly config: RateLimitConfig) {}

  /** The live window under `key`, if any (an expired one counts as none). */
  #current(key: string, nowMs: number): Window | undefined {
    if (nowMs >= this.#nextSweep) {
      for (const [k, w] of this.#windows) if (w.resetAt <= nowMs) this.#windows.delete(k);
      this.#nextSweep = nowMs + this.config.windowSeconds * 1000;
    }
    const w = this.#windows.get(key);
    return w && w.resetAt > nowMs ? w : undefined;
  }

  /**
   * Admits or refuses one request from `client` (and `partner`, when known) in `category`, and
   * returns the state to report: when refused, the exceeded window (the one that resets last, if
   * both are); when admitted, the window with fewer requests left. With `count` false (preflights)
   * nothing is counted and nothing is refused.
   */
  hit(category: RateCategory, client: string, partner: { id: string; limits?: Partial<RateLimits> } | undefined, nowMs: number, count = true): RateState {
    const windowMs = this.config.windowSeconds * 1000;
    const pLimit = partner ? partnerLimit(this.config, category, partner.limits) : undefined;
    const checks = [{ key: `c:${category}:${client}`, limit: clientLimit(this.config, category, pLimit) }];
    if (partner) checks.push({ key: `p:${category}:${partner.id}`, limit: pLimit! });

    const seen = checks.map((c) => ({ ...c, window: this.#current(c.key, nowMs) }));
    const full = seen.filter((s) => (s.window?.count ?? 0) >= s.limit);
    if (count && full.length) {
      const states = full.map((s) => ({ limit: s.limit, remaining: 0, reset: this.#reset(s.window, nowMs), exceeded: true }));
      return states.sort((a, b) => b.reset - a.reset)[0]!;
    }

    const states = seen.map((s) => {
      let w = s.window;
      if (count) {
        if (!w) this.#windows.set(s.key, (w = { count: 0, resetAt: nowMs + windowMs }));
        w.count++;
      }
      return { limit: s.limit, remaining: Math.max(0, s.limit - (w?.count ?? 0)), reset: this.#reset(w, nowMs), exceeded: false };
    });
    return states.sort((a, b) => a.remaining - b.remaining || b.reset - a.reset)[0]!;
  }

  #reset(w: Window | undefined, nowMs: number): number {
    return w ? Math.max(0, Math.ceil((w.resetAt - nowMs) / 1000)) : this.config.windowSeconds;
  }
}
