import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorInfo } from './errors';

/** Seconds to wait when a 429 or 503 names none. */
export const DEFAULT_RETRY_AFTER_SECONDS = 30;

/** Whether a failure asks the person to wait before trying again: 429 and 503 alike. */
export const mustWait = (info: ErrorInfo | undefined): boolean => info?.kind === 'rate-limited' || info?.kind === 'unavailable';

/**
 * Counts down whole seconds (a 429's or 503's `Retry-After`) and updates the host every second.
 * Survives disconnection: reconnecting resumes against the same deadline. Every widget and flow
 * goes through `waitFor` and `over`, so rate limits and outages are treated alike everywhere.
 */
export class CountdownController implements ReactiveController {
  #host: ReactiveControllerHost;
  #deadline = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onDone: (() => void) | undefined;

  /** Called once when the countdown reaches zero. */
  constructor(host: ReactiveControllerHost, options: { onDone?: () => void } = {}) {
    this.#host = host;
    this.#onDone = options.onDone;
    host.addController(this);
  }

  /** Whole seconds left, rounded up; 0 when not counting. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.#deadline - Date.now()) / 1000));
  }

  /** True while seconds remain. */
  get running(): boolean {
    return this.remaining > 0;
  }

  /** Starts (or restarts) counting down from `seconds`. */
  start(seconds: number): void {
    this.#deadline = Date.now() + Math.max(0, seconds) * 1000;
    this.#tick();
  }

  /** Starts the wait a failure asks for (429 or 503, from `Retry-After`); other failures start nothing. */
  waitFor(info: ErrorInfo): void {
    if (mustWait(info)) this.start(info.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
  }

  /** The wait `info` asked for is over: time to say "you can try again now". */
  over(info: ErrorInfo | undefined): boolean {
    return mustWait(info) && !this.running;
  }

  /** Stops without calling `onDone`. */
  stop(): void {
    this.#deadline = 0;
    this.#clear();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (this.#deadline) this.#tick();
  }

  hostDisconnected(): void {
    this.#clear();
  }

  #tick(): void {
    this.#clear();
    this.#host.requestUpdate();
    if (this.remaining === 0) {
      this.#deadline = 0;
      this.#onDone?.();
      return;
    }
    // Fires on the next whole-second boundary of the deadline so the number never skips.
    const wait = ((this.#deadline - Date.now()) % 1000) || 1000;
    this.#timer = setTimeout(() => this.#tick(), wait);
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
