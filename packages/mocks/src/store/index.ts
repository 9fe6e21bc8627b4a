/**
 * An in-memory Sportello: the domain rules of the four services over a copy of the fixtures.
 * msw-free, so tests (and the reference server, as a model) can use it directly:
 *
 * ```ts
 * const store = createStore({ now: DEMO_NOW });
 * const outcome = store.createBooking(body, 'key-1');
 * if (!outcome.ok) console.log(outcome.problem.slug); // 'already-booked'
 * store.state.bookings.length;
 * ```
 */
import { createFixtures, type Fixtures, type Status } from '../fixtures';
import { events } from './events';
import { help } from './help';
import { IdempotencyKeys } from './idempotency';
import { ppe } from './ppe';
import { RateLimiter, DEFAULT_RATE_LIMITS, type RateLimitBucket, type RateLimitPolicy } from './rate-limit';
import type { Outcome, StoreState } from './state';
import { vouchers } from './vouchers';

export type { Outcome, StoreState } from './state';
export { pickLang } from './lang';
export { problem, problemText, toProblem, type ProblemExtras, type ProblemSlug, type ProblemSpec } from './problems';
export { canonicalJson } from './idempotency';
export { eventToIcs, escapeText, foldLine } from './ics';
export { RateLimiter, DEFAULT_RATE_LIMITS, rateLimitHeaders, type RateLimitBucket, type RateLimitPolicy, type RateLimitState } from './rate-limit';

/** The contract version the mocks implement. */
export const CONTRACT_VERSION = '1.0.0';

export interface StoreOptions {
  /** The data to start from (copied); default `createFixtures(now)`. */
  fixtures?: Fixtures;
  /**
   * The store's clock: a `Date` freezes it (deterministic createdAt, round states, "started"
   * activities); a function is called each time. Default: the real time.
   */
  now?: Date | (() => Date);
  /** Rate limits per bucket (merged over the defaults), or `false` for none. */
  rateLimits?: Partial<Record<RateLimitBucket, RateLimitPolicy>> | false;
}

/** Creates a fresh store: nothing is shared between two stores. */
export function createStore(options: StoreOptions = {}) {
  const { now } = options;
  const clock = now instanceof Date ? () => new Date(now) : (now ?? (() => new Date()));
  const { now: _builtAt, smallStockRound: _extra, ...data } = structuredClone(options.fixtures ?? createFixtures(clock()));
  const state: StoreState = { ...data, clock, keys: new IdempotencyKeys<Outcome<unknown, number, 200 | 201>>() };
  const limits = options.rateLimits === false ? false : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };

  return {
    /** The live data, to assert on in tests (e.g. `state.bookings.length`). */
    state,
    /** Rate limits, counted per request by the handlers. */
    rateLimiter: new RateLimiter(limits),
    /** The service is up. */
    status(): Status {
      return { status: 200, title: 'OK', version: CONTRACT_VERSION };
    },
    ...ppe(state),
    ...vouchers(state),
    ...events(state),
    ...help(state),
  };
}

/** An in-memory Sportello store. */
export type Store = ReturnType<typeof createStore>;
