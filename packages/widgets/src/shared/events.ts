/**
 * Typed events. Every Sportello event bubbles and is composed (it crosses the widget's shadow
 * root), so a partner page can listen on `document`. Details never carry personal data.
 *
 * ```ts
 * export class BookingCreatedEvent extends SportelloEvent<{ code: string }> {
 *   static readonly eventName = 'sportello-booking-created';
 *   constructor(detail: { code: string }) { super(BookingCreatedEvent.eventName, detail); }
 * }
 * declare global { interface HTMLElementEventMap { 'sportello-booking-created': BookingCreatedEvent } }
 * ```
 */
import type { ErrorInfo } from './errors';

/** Base class of every Sportello event: a bubbling, composed `CustomEvent` with a typed detail. */
export class SportelloEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, init: Omit<CustomEventInit<D>, 'detail'> = {}) {
    super(type, { bubbles: true, composed: true, ...init, detail });
  }
}

/** Detail of `sportello-error`: the HTTP status (0 without a response) and the problem type. */
export interface SportelloErrorDetail {
  status: number;
  type: ErrorInfo['type'];
}

/**
 * Fired when a request fails in a way the person is told about (never for aborted requests).
 * Carries no message and no personal data: only what a partner needs for its own analytics.
 */
export class SportelloErrorEvent extends SportelloEvent<SportelloErrorDetail> {
  static readonly eventName = 'sportello-error';
  constructor(detail: SportelloErrorDetail) {
    super(SportelloErrorEvent.eventName, { status: detail.status, type: detail.type });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sportello-error': SportelloErrorEvent;
  }
}
