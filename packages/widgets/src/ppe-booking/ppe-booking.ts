import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { unwrap, type RoundList } from '@sportello/sdk';
import { controlStyles } from '../shared/controls.styles';
import { errorAlert, statusRegion } from '../shared/feedback';
import { CountdownController } from '../shared/countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { SportelloElement } from '../shared/sportello-element';
import { sharedStyles } from '../shared/styles';
import { BookingFlow } from './booking-flow';
import { flowStatus, renderSteps } from './booking-flow.view';
import { renderNoRound, renderOutcome } from './booking-outcome.view';
import { ManageBooking } from './manage-booking';
import { manageStatus, renderManage } from './manage-booking.view';
import type { PpeContext } from './ppe-booking.context';
import { chooseRound, type RoundChoice } from './ppe-booking.logic';
import { ppeMessages } from './ppe-booking.messages';
import { ppeBookingStyles } from './ppe-booking.styles';

/**
 * Books protective masks for a household, delivered to the building through its condominium
 * administrator, and lets a resident look up or cancel a booking ("Manage my booking").
 *
 * ```html
 * <script type="module" src="https://…/sportello.js"></script>
 * <sportello-ppe-booking api-base="https://…/v1" partner-key="pk_…" lang="it"></sportello-ppe-booking>
 * ```
 *
 * The steps: the open round (window and allowance) → applicant and household size, with the
 * quantity shown as it is typed → the building, by the administrator's code or the address,
 * resolved by the API → contact and privacy consent → review → confirm. Nothing typed is lost
 * going back, on a failure, or on retry (which reuses the same idempotency key: one booking).
 *
 * @summary Protective-equipment booking for a household, and "Manage my booking".
 *
 * @fires {BookingCreatedEvent} sportello-booking-created - A booking was confirmed; detail `{ bookingCode, roundId, quantity }`.
 * @fires {BookingCancelledEvent} sportello-booking-cancelled - A booking was cancelled; detail `{ bookingCode }`.
 * @fires {SportelloErrorEvent} sportello-error - A request failed; detail `{ status, type }`.
 *
 * @csspart container - The whole widget.
 * @csspart title - The widget's heading.
 * @csspart modes - The "Book" / "Manage my booking" switch.
 * @csspart mode - Each button of that switch.
 * @csspart steps - The list of steps.
 * @csspart step - One step in that list (`aria-current="step"` on the current one).
 * @csspart step-heading - The heading of the current step.
 * @csspart form - Each step's form.
 * @csspart field - Each field (label, hint, error, control).
 * @csspart label - Each label.
 * @csspart hint - Each hint.
 * @csspart input - Each control.
 * @csspart error - Each field's error message.
 * @csspart error-summary - The list of errors above a form.
 * @csspart quantity - "You will receive 15 FFP2 masks", updated as the household size is typed.
 * @csspart round - The round's window and allowance.
 * @csspart building - The building the API resolved.
 * @csspart privacy - Why the data is asked for.
 * @csspart review - The summary before confirming (and a looked-up booking).
 * @csspart change - Each "Change" button of the review.
 * @csspart submit - The main button of each step.
 * @csspart back - The "Back" button.
 * @csspart status - The polite live region with the progress bar.
 * @csspart alert - An error that is not about one field.
 * @csspart retry - The retry button in an alert.
 * @csspart outcome - How the booking ended (confirmed, already booked, full, closed).
 * @csspart outcome-heading - The outcome's heading.
 * @csspart booking-code - The booking code.
 * @csspart copy - The "Copy the code" button.
 * @csspart restart - "Make another booking" / "Find another booking".
 * @csspart manage - The "Manage my booking" area.
 * @csspart cancel - The "Cancel the booking" button.
 * @csspart confirm - The cancellation confirmation.
 * @csspart confirm-cancel - "Yes, cancel the booking".
 * @csspart keep - "No, keep it".
 *
 * @cssprop --sportello-ppe-booking-code-size - Size of the booking code. Default `1.75em`.
 * @cssprop --sportello-ppe-booking-code-font - Typeface of the booking code. Default: the system monospace.
 * @cssprop --sportello-ppe-booking-step-size - Diameter of the step numbers. Default `2rem`.
 * @cssprop --sportello-ppe-booking-card-surface - Background of the round and review cards. Default `#f2f5f8`.
 */
export class SportelloPpeBooking extends SportelloElement {
  static override styles = [sharedStyles, controlStyles, ppeBookingStyles];
  static override messages = [ppeMessages];

  /** Preselects a round by its id (e.g. `ffp2-2026-10`) when several are open. */
  @property({ attribute: 'round' })
  round = '';

  /** Prefills the building with an administrator's code (e.g. `TO-0412`) and looks it up. */
  @property({ attribute: 'building-code' })
  buildingCode = '';

  /** `book` (default) or `manage` ("Manage my booking": look up and cancel). */
  @property({ reflect: true })
  mode: 'book' | 'manage' = 'book';

  #ctx: PpeContext = {
    host: this,
    api: () => this.api,
    lang: () => this.locale,
    m: () => this.t(ppeMessages),
    shared: () => this.shared,
    report: (error) => this.reportError(error),
    rounds: () => this.#choice,
    prefilledBuildingCode: () => this.buildingCode.trim(),
    manage: (code, taxCode) => {
      this.mode = 'manage';
      this.#manage.open(code, taxCode);
    },
  };
  #flow = new BookingFlow(this.#ctx);
  #manage = new ManageBooking(this.#ctx);
  #choice: RoundChoice | undefined;

  #rounds = new Task(this, {
    // The round's title and item are worded by the API: ask in the widget's language, whatever client it was given.
    task: async ([api, lang]: readonly [ReturnType<PpeContext['api']>, string], { signal }) =>
      unwrap(api.GET('/ppe/rounds', { params: { header: { 'Accept-Language': lang } }, signal })),
    args: () => [this.api, this.locale] as const,
    onComplete: (list: RoundList) => {
      this.#choice = chooseRound(list.items, this.round || undefined);
      this.#flow.prefill(this.#choice.selected?.id);
    },
    onError: (error) => {
      const info = this.reportError(error);
      this.#roundsWait.waitFor(info);
      this.#roundsFailure = info;
    },
  });
  #roundsFailure: ErrorInfo | undefined;
  #roundsWait = new CountdownController(this);

  #bookView() {
    const flow = this.#flow;
    if (flow.outcome) return renderOutcome(flow);
    const choice = this.#choice;
    if (!choice) {
      const info = this.#roundsFailure;
      if (this.#rounds.status !== TaskStatus.ERROR || !info) return nothing;
      return errorAlert(this.shared, {
        message: sharedErrorMessage(this.shared, info) ?? this.shared.problems.unexpected,
        retryIn: this.#roundsWait.remaining,
        onRetry: () => void this.#rounds.run(),
      });
    }
    if (choice.open.length === 0) return renderNoRound(flow);
    return renderSteps(flow);
  }

  #status() {
    if (this.mode === 'manage') return manageStatus(this.#manage);
    if (!this.#choice && this.#rounds.status === TaskStatus.PENDING) return { message: this.t(ppeMessages).loadingRounds, busy: true };
    if (!this.#choice && this.#roundsWait.over(this.#roundsFailure)) return { message: this.shared.retryNow, busy: false };
    return flowStatus(this.#flow);
  }

  #modeButton(mode: 'book' | 'manage', label: string) {
    return html`<button part="mode" class="button" type="button" aria-pressed=${this.mode === mode ? 'true' : 'false'} @click=${() => (this.mode = mode)}>
      ${label}
    </button>`;
  }

  protected override render() {
    const m = this.t(ppeMessages);
    return html`<section part="container" class="container" lang=${this.locale} aria-labelledby="title">
      <h2 id="title" part="title" class="title">${m.title}</h2>
      <p class="intro">${m.intro}</p>
      <div part="modes" class="modes" role="group" aria-label=${m.modes}>
        ${this.#modeButton('book', m.modeBook)} ${this.#modeButton('manage', m.modeManage)}
      </div>
      ${this.mode === 'manage' ? renderManage(this.#manage) : this.#bookView()} ${statusRegion(this.#status())}
    </section>`;
  }
}
