import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts down whole seconds (for a 429's `Retry-After`) and updates the host every second.
 * Survives disconnection: reconnecting resumes against the same deadline.
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
