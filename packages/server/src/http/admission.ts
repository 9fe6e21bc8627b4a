/**
 * Admission control: a bound on the API requests in progress in this process. Past it a request is
 * answered at once with `503 service-unavailable` and `Retry-After` instead of joining a queue in
 * which every answer grows slower: the people already admitted keep their latency, the widgets show
 * the countdown and keep what was typed. `/v1/status` is never refused (health checks must tell an
 * overloaded process from a dead one).
 */
export class Admission {
  #inFlight = 0;

  /** `max` requests at once (0: no bound); refused ones are told to come back after `retryAfterSeconds`. */
  constructor(
    readonly max: number,
    readonly retryAfterSeconds = 1,
  ) {}

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Takes a place, or answers `false` when all are taken. Every `true` must be followed by one `leave()`. */
  enter(): boolean {
    if (this.max > 0 && this.#inFlight >= this.max) return false;
    this.#inFlight++;
    return true;
  }

  leave(): void {
    this.#inFlight--;
  }
}

/** The default bound: far above what the 2-core reference machine serves with good latency (see the README). */
export const DEFAULT_MAX_IN_FLIGHT = 256;
