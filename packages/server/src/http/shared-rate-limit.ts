/**
 * Rate limits shared by every server process: the same fixed windows and budgets as the in-memory
 * `RateLimiter` (`rate-limit.ts`), but the counters live behind a {@link RateCounter} — in
 * PostgreSQL when the store is PostgreSQL — so that a client spreading its voucher guesses over N
 * processes still gets 10 a minute, not 10 × N. When the counters cannot be reached (the database
 * is away), each process falls back to its own in-memory limiter rather than refusing everyone.
 */
import type { RateCategory, RateLimitConfig, RateLimits, RateState } from './rate-limit';
import { RateLimiter } from './rate-limit';

/** Where a window stands after a hit: requests counted in it, and when it ends. */
export interface WindowCount {
  count: number;
  resetAt: number;
}

/** Counters in fixed windows, shared by whoever uses the same backend. */
export interface RateCounter {
  /** Adds `by` (0 to only read) to each key's window of `windowMs` at `nowMs`; a window that has ended starts again. */
  hit(keys: readonly string[], nowMs: number, windowMs: number, by: number): Promise<WindowCount[]>;
}

type PartnerLimits = { id: string; limits?: Partial<RateLimits> } | undefined;

/** The `RateLimiter` interface (`hit` → the tighter of the client's and the partner's states), on a shared {@link RateCounter}. */
export class SharedRateLimiter {
  readonly #local: RateLimiter;

  constructor(
    readonly config: RateLimitConfig,
    readonly counter: RateCounter,
    readonly onError: (error: unknown) => void = () => {},
  ) {
    this.#local = new RateLimiter(config);
  }

  async hit(category: RateCategory, client: string, partner: PartnerLimits, nowMs: number, count = true): Promise<RateState> {
    const keys = [`c:${category}:${client}`, ...(partner ? [`p:${category}:${partner.id}`] : [])];
    const limits = [this.config.perClient[category], ...(partner ? [partner.limits?.[category] ?? this.config.perPartner[category]] : [])];
    let windows: WindowCount[];
    try {
      windows = await this.counter.hit(keys, nowMs, this.config.windowSeconds * 1000, count ? 1 : 0);
    } catch (error) {
      this.onError(error);
      return this.#local.hit(category, client, partner, nowMs, count);
    }
    const states = windows.map((w, i) => ({
      limit: limits[i]!,
      remaining: Math.max(0, limits[i]! - w.count),
      reset: Math.max(0, Math.ceil((w.resetAt - nowMs) / 1000)),
      exceeded: w.count > limits[i]!,
    }));
    const exceeded = states.filter((s) => s.exceeded).sort((a, b) => b.reset - a.reset)[0];
    return exceeded ?? states.sort((a, b) => a.remaining - b.remaining || b.reset - a.reset)[0]!;
  }
}
