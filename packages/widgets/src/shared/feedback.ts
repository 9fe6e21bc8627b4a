/**
 * Status, progress, alerts and the submit button, as Lit templates (see `./controls` for why
 * templates). Live regions are always rendered, empty when quiet, because screen readers only
 * announce changes to a region that already exists.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SharedMessages } from './messages';

/** What the status region says. */
export interface StatusOptions {
  /** The message; empty for none. */
  message?: string | undefined;
  /** Shows the progress bar (loading, sending). */
  busy?: boolean;
}

/**
 * A polite live region (`role="status"`) with a visible progress bar while busy. Render it
 * always; change what it says.
 */
export function statusRegion(o: StatusOptions): TemplateResult {
  return html`<div part="status" class="status ${o.busy ? 'status--busy' : ''}" role="status" aria-live="polite">${o.busy
    ? html`<span class="progress" aria-hidden="true"><span class="progress__bar"></span></span>`
    : nothing}${o.message ? html`<span class="status__text">${o.message}</span>` : nothing}</div>`;
}

/** The form's submit button. */
export interface SubmitOptions {
  label: string;
  /** While busy the button stays focusable but is `aria-disabled`; the form ignores the submit. */
  busy?: boolean;
}

/** A submit button that never loses focus by becoming `disabled`. */
export function submitButton(o: SubmitOptions): TemplateResult {
  return html`<button part="submit" class="button button--primary" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>${o.label}</button>`;
}

/** An error that is not about one field. */
export interface AlertOptions {
  message: string;
  /** Seconds left before a retry is allowed (429 `Retry-After`); shown, not announced each second. */
  retryIn?: number;
  /** Offers a retry button; it is `aria-disabled` while `retryIn` > 0. */
  onRetry?: () => void;
}

/**
 * A localized error in `role="alert"`, with an optional countdown and retry button. The
 * countdown is `aria-live="off"`: the alert is announced once, not every second.
 */
export function errorAlert(m: SharedMessages, o: AlertOptions): TemplateResult {
  const waiting = (o.retryIn ?? 0) > 0;
  const retry = o.onRetry;
  return html`<div part="alert" class="alert" role="alert">
    <p class="alert__message">${o.message}</p>
    ${waiting ? html`<p class="alert__countdown" aria-live="off">${m.problems.retryIn(o.retryIn ?? 0)}</p>` : nothing}
    ${retry
      ? html`<button
          part="retry"
          class="button"
          type="button"
          aria-disabled=${waiting ? 'true' : 'false'}
          @click=${() => {
            if (!waiting) retry();
          }}
        >
          ${m.retry}
        </button>`
      : nothing}
  </div>`;
}
