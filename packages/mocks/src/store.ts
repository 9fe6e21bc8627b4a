/**
 * The mocks' store: the domain's in-memory store over a copy of the demo data, with a clock (the
 * mocks may freeze time) and the rate limiter the handlers count requests with. No rules here:
 * every decision is the domain's.
 *
 * ```ts
 * const store = createStore({ now: DEMO_NOW });
 * store.state.bookings.length; // what the mock server holds
 * ```
 */
import type { SeedData } from '@sportello/domain';
import { createMemoryStore, type MemoryStore } from '@sportello/domain/memory';
import { createFixtures, type Fixtures } from '@sportello/demo-data';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimitBucket, type RateLimitPolicy } from './rate-limit';

export interface StoreOptions {
  /** The data to start from (copied); default `createFixtures(now)`. */
  fixtures?: Fixtures;
  /** Or any seed data (a store's own shapes), e.g. the conformance suite's. */
  seed?: SeedData;
  /**
   * The store's clock: a `Date` freezes it (deterministic createdAt, round states, "started"
   * activities); a function is called each time. Default: the real time.
   */
  now?: Date | (() => Date);
  /** Rate limits per bucket (merged over the defaults), or `false` for none. */
  rateLimits?: Partial<Record<RateLimitBucket, RateLimitPolicy>> | false;
}

/** The in-memory store the mocks serve from, with its clock and rate limiter. */
export type Store = MemoryStore & {
  /** The store's "now". */
  clock: () => Date;
  /** Rate limits, counted per request by the handlers. */
  rateLimiter: RateLimiter;
};

/** Creates a fresh store: nothing is shared between two stores. */
export function createStore(options: StoreOptions = {}): Store {
  const { now } = options;
  const clock = now instanceof Date ? () => new Date(now) : (now ?? (() => new Date()));
  const { now: _builtAt, smallStockRound: _extra, ...fixtures } = options.fixtures ?? createFixtures(clock());
  const data: SeedData = options.seed ?? fixtures;
  const limits = options.rateLimits === false ? false : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  return Object.assign(createMemoryStore(data), { clock, rateLimiter: new RateLimiter(limits) });
}
