import { SportelloApiError } from '../errors';
import type { FetchLike } from './fetch';
import { anySignal } from './signals';

/** How long a call may take, retries and waits included, unless `timeoutMs` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Wraps `fetch` with a deadline for the whole call — every retry and every wait between retries
 * included — composed with the caller's own `signal`. Then it reports how the call failed:
 * - the caller aborted: their `AbortError` (the signal's reason) is rethrown unchanged, so a
 *   superseded task stays quiet;
 * - the deadline passed: a {@link SportelloApiError} of type `'timeout'`;
 * - `fetch` failed with a `TypeError` (offline, DNS, connection reset, CORS): type `'network'`.
 * The deadline runs until the answer's status and headers arrive; `timeoutMs` of 0 or less (or
 * `Infinity`) means no deadline.
 */
export function withTimeout(fetch: FetchLike, timeoutMs: number = DEFAULT_TIMEOUT_MS): FetchLike {
  return async (request, init) => {
    const caller = request.signal;
    const deadline = new AbortController();
    const limited = timeoutMs > 0 && Number.isFinite(timeoutMs);
    const timer = limited
      ? setTimeout(() => deadline.abort(new DOMException('The Sportello API did not answer in time', 'TimeoutError')), timeoutMs)
      : undefined;
    try {
      // The new Request takes over the body of the one openapi-fetch built; the retry layer below
      // clones it for each attempt.
      return await fetch(new Request(request, { signal: anySignal([caller, deadline.signal]) }), init);
    } catch (error) {
      if (caller.aborted) throw caller.reason ?? error;
      if (deadline.signal.aborted) throw SportelloApiError.timeout(error);
      if (error instanceof TypeError) throw SportelloApiError.network(error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
