/**
 * Fixed-window rate limits, in memory, per client IP and per partner key, by category of operation:
 * `lookup` (voucher checks, booking and ticket look-ups, cancellations: each takes a guess at a
 * code and a codice fiscale or contact, so it is the strictest), `write` (creates and building
 * look-ups) and `read` (everything else). One server process keeps its own counters; behind a load
 * balancer the limits apply per process.
 */
import type { OperationId } from '../types';

export type RateCategory = 'read' | 'write' | 'lookup';

/** Requests allowed per window for each category. */
export type RateLimits = Record<RateCategory, number>;

export interface RateLimitConfig {
  /** Window length in seconds. */
  windowSeconds: number;
  perClient: RateLimits;
  perPartner: RateLimits;
}

/** Defaults: a person on a phone never meets them; a script guessing voucher codes soon does. */
export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  windowSeconds: 60,
  perClient: { read: 300, write: 30, lookup: 10 },
  perPartner: { read: 30_000, write: 6_000, lookup: 1_200 },
};

const LOOKUPS = new Set<OperationId>(['check_voucher', 'find_ppe_booking', 'find_help_request', 'cancel_ppe_booking']);
const WRITES = new Set<OperationId>(['create_ppe_booking', 'create_event_registration', 'create_help_request', 'resolve_ppe_building']);

/** The category an operation is limited under (unknown paths count as reads). */
export function categoryOf(operationId: string | undefined): RateCategory {
  if (operationId && LOOKUPS.has(operationId as OperationId)) return 'lookup';
  if (operationId && WRITES.has(operationId as OperationId)) return 'write';
  return 'read';
}

/** Where a caller stands in its window: the values of the `RateLimit-*` headers. */
export interface RateState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
  exceeded: boolean;
}

interface Window {
  count: number;
  resetAt: number;
}

/** Counters for one process. `hit` counts a request; `peek` only reads (for preflights). */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  #nextSweep = 0;

  constructor(readonly config: RateLimitConfig) {}

  #window(key: string, nowMs: number): Window {
    if (nowMs >= this.#nextSweep) {
      for (const [k, w] of this.#windows) if (w.resetAt <= nowMs) this.#windows.delete(k);
      this.#nextSweep = nowMs + this.config.windowSeconds * 1000;
    }
    let w = this.#windows.get(key);
    if (!w || w.resetAt <= nowMs) {
      w = { count: 0, resetAt: nowMs + this.config.windowSeconds * 1000 };
      this.#windows.set(key, w);
    }
    return w;
  }

  #state(w: Window, limit: number, nowMs: number): RateState {
    return {
      limit,
      remaining: Math.max(0, limit - w.count),
      reset: Math.max(0, Math.ceil((w.resetAt - nowMs) / 1000)),
      exceeded: w.count > limit,
    };
  }

  /**
   * Counts one request from `client` (and `partner`, when known) in `category`, and returns the
   * tighter of the two states: the exceeded one, else the one with fewer requests left.
   */
  hit(category: RateCategory, client: string, partner: { id: string; limits?: Partial<RateLimits> } | undefined, nowMs: number, count = true): RateState {
    const states: RateState[] = [];
    const c = this.#window(`c:${category}:${client}`, nowMs);
    if (count) c.count++;
    states.push(this.#state(c, this.config.perClient[category], nowMs));
    if (partner) {
      const p = this.#window(`p:${category}:${partner.id}`, nowMs);
      if (count) p.count++;
      states.push(this.#state(p, partner.limits?.[category] ?? this.config.perPartner[category], nowMs));
    }
    const exceeded = states.filter((s) => s.exceeded).sort((a, b) => b.reset - a.reset)[0];
    return exceeded ?? states.sort((a, b) => a.remaining - b.remaining || b.reset - a.reset)[0]!;
  }
}
