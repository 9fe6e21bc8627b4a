/** "Manage my booking" as templates over a {@link ManageBooking}. */
import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { Booking } from '@sportello/sdk';
import { errorSummary, textField } from '../shared/controls';
import { errorAlert, submitButton } from '../shared/feedback';
import { formatDateTime } from '../shared/format';
import type { ManageBooking } from './manage-booking';
import { addressOf, failureMessage, fieldMessage, retryable } from './ppe-booking.text';

const IDS = ['manage-code', 'manage-tax-code'] as const;

function failureAlert(manage: ManageBooking, retry: () => void) {
  const m = manage.ctx.m();
  const s = manage.ctx.shared();
  const f = manage.failure;
  if (!f) return nothing;
  return errorAlert(s, { message: failureMessage(m, s, f), retryIn: manage.countdown.remaining, ...(retryable(f) ? { onRetry: retry } : {}) });
}

function lookupForm(manage: ManageBooking): TemplateResult {
  const m = manage.ctx.m();
  const s = manage.ctx.shared();
  const error = (id: string) => fieldMessage(m, s, id, manage.errors.get(id));
  return html`<form part="form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      manage.submit();
    }}>
    <p>${m.manageIntro}</p>
    ${errorSummary(s, IDS.filter((id) => manage.errors.get(id)).map((id) => ({ id, message: error(id) ?? '' })))}
    ${textField(s, {
      id: 'manage-code',
      label: m.bookingCode,
      hint: m.bookingCodeHint,
      error: error('manage-code'),
      required: true,
      value: manage.code,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: false,
      size: 16,
      maxlength: 20,
      onInput: (v) => manage.set('code', v),
    })}
    ${textField(s, {
      id: 'manage-tax-code',
      label: m.taxCode,
      hint: m.taxCodeHint,
      error: error('manage-tax-code'),
      required: true,
      value: manage.taxCode,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: false,
      size: 18,
      maxlength: 24,
      onInput: (v) => manage.set('taxCode', v),
    })}
    ${manage.notFound ? html`<div part="alert" class="alert" role="alert"><p>${m.notFound}</p></div>` : nothing}
    ${failureAlert(manage, () => manage.submit())}
    <div class="actions">${submitButton({ label: m.find, busy: manage.busy })}</div>
  </form>`;
}

function details(manage: ManageBooking, b: Booking): TemplateResult {
  const m = manage.ctx.m();
  const lang = manage.ctx.lang();
  const row = (label: string, value: unknown) => html`<div class="review__row"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<dl part="review" class="review">
    ${row(m.bookingCode, html`<span part="booking-code" class="code code--small">${b.bookingCode}</span>`)}
    ${row(m.state, m.states[b.state])}
    ${row(m.quantityLabel, String(b.quantity))}
    ${row(m.householdSize, String(b.householdSize))}
    ${row(m.building, html`${addressOf(m, b.building)}<br />${m.deliveredBy(b.building.administrator)}`)}
    ${row(m.bookedOn, formatDateTime(lang, b.createdAt))}
    ${b.applicantInitials ? row(m.holder, b.applicantInitials) : nothing}
  </dl>`;
}

function cancelArea(manage: ManageBooking, b: Booking): TemplateResult | typeof nothing {
  const m = manage.ctx.m();
  if (manage.cancelledNow) {
    return html`<div part="outcome" class="outcome outcome--success" data-outcome="cancelled">
      <p id="manage-result" class="outcome__title" tabindex="-1">${m.cancelledTitle}</p>
      <p>${m.cancelled(b.bookingCode)}</p>
    </div>`;
  }
  if (manage.notCancellable || b.state === 'assigned' || b.state === 'delivered') {
    return html`<div part="alert" class="alert" role=${manage.notCancellable ? 'alert' : nothing}><p>${m.notCancellable}</p></div>`;
  }
  if (!b.cancellable) return nothing;
  if (!manage.confirming) {
    return html`<button part="cancel" id="cancel-button" class="button" type="button" @click=${() => manage.askCancel()}>${m.cancel}</button>`;
  }
  return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-heading">
    <p id="confirm-heading" class="outcome__title" tabindex="-1">${m.confirmCancelTitle}</p>
    <p>${m.confirmCancel(b.quantity)}</p>
    ${failureAlert(manage, () => manage.confirmCancel())}
    <div class="actions">
      <button part="confirm-cancel" class="button button--danger" type="button" aria-disabled=${manage.busy ? 'true' : 'false'} @click=${() => manage.confirmCancel()}>
        ${m.confirmYes}
      </button>
      <button part="keep" class="button" type="button" @click=${() => manage.keep()}>${m.confirmNo}</button>
    </div>
  </div>`;
}

/** The look-up form, or the booking found with what can be done with it. */
export function renderManage(manage: ManageBooking): TemplateResult {
  const m = manage.ctx.m();
  const b = manage.booking;
  return html`<div part="manage" class="manage">
    <h3 id="manage-heading" part="step-heading" class="step-heading" tabindex="-1">${b ? m.bookingTitle : m.modeManage}</h3>
    ${b
      ? html`${details(manage, b)} ${cancelArea(manage, b)}
          <button part="restart" class="button button--link" type="button" @click=${() => manage.reset()}>${m.lookAnother}</button>`
      : lookupForm(manage)}
  </div>`;
}

/** What the widget's status region says about "manage my booking". */
export function manageStatus(manage: ManageBooking): { message: string; busy: boolean } {
  const m = manage.ctx.m();
  if (manage.find.status === TaskStatus.PENDING) return { message: m.finding, busy: true };
  if (manage.cancellation.status === TaskStatus.PENDING) return { message: m.cancelling, busy: true };
  if (manage.countdown.over(manage.failure)) return { message: manage.ctx.shared().retryNow, busy: false };
  return { message: '', busy: false };
}
