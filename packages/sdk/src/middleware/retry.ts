import { parseRetryAfter } from '../retry-after';
import type { FetchLike } from './fetch';
import { abortableSleep } from './signals';

/** When and how often a call is retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 attempts). */
  retries?: number;
  /** The first backoff ceiling in ms, doubled on each retry (default 300). */
  baseDelayMs?: number;
  /** The largest backoff ceiling in ms (default 5000). */
  maxDelayMs?: number;
  /**
   * The longest `Retry-After` honoured, in ms (default 10000). When the server asks for a longer
   * wait the answer (e.g. 429 `rate-limited`) is returned at once, so the UI can show the wait.
   */
  maxRetryAfterMs?: number;
  /** Waits between attempts; must reject when the signal aborts (injectable for tests). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for the jitter (injectable for tests; default `Math.random`). */
  random?: () => number;
}

/** The statuses worth another attempt: rate-limited, bad gateway, unavailable, gateway timeout. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * The wait before retry number `retry` (0 for the first): "full jitter" exponential backoff, a
 * random time between 0 and min(maxDelayMs, baseDelayMs × 2^retry).
 */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** retry));
}

/**
 * Wraps `fetch` so that a call is retried on a network failure (`TypeError` from `fetch`) and on
 * 429, 502, 503 and 504 — never on another 4xx, nor after the caller aborts or the deadline passes.
 *
 * Why wrap `fetch` rather than retry in an `onResponse` middleware: middleware runs once per call
 * and sees only the final answer; the `Idempotency-Key`, the token and the other headers are set
 * once, before this layer, so every attempt resends them unchanged. A `Request` body can be read
 * only once, so each attempt sends a clone of the original and the original is never sent.
 * Every operation of the contract is safe to resend: reads and look-ups do not change state,
 * cancellation is idempotent, and creates carry an `Idempotency-Key`.
 */
export function withRetry(fetch: FetchLike, options: RetryOptions = {}): FetchLike {
  const {
    retries = 2,
    baseDelayMs = 300,
    maxDelayMs = 5000,
    maxRetryAfterMs = 10_000,
    sleep = abortableSleep,
    random = Math.random,
  } = options;
  return async (request, init) => {
    for (let attempt = 0; ; attempt++) {
      if (request.signal.aborted) throw request.signal.reason;
      const last = attempt >= retries;
      let response: Response;
      try {
        response = await fetch(last ? request : request.clone(), init);
      } catch (error) {
        if (last || request.signal.aborted || !(error instanceof TypeError)) throw error;
        await sleep(backoffDelay(attempt, baseDelayMs, maxDelayMs, random), request.signal);
        continue;
      }
      if (last || !RETRY_STATUSES.has(response.status)) return response;
      const asked = parseRetryAfter(response.headers.get('Retry-After'));
      if (asked !== undefined && asked > maxRetryAfterMs) return response;
      await response.body?.cancel().catch(() => undefined);
      await sleep(asked ?? backoffDelay(attempt, baseDelayMs, maxDelayMs, random), request.signal);
    }
  };
}
