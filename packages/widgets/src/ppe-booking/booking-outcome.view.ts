/** How a booking ended: confirmed, already booked, round full, window closed; and "no open round". */
import { html, nothing, type TemplateResult } from 'lit';
import type { Round } from '@sportello/sdk';
import type { BookingFlow } from './booking-flow';
import { addressOf, day } from './ppe-booking.text';

/** The booking code, large, with a Copy button. */
function codeBlock(flow: BookingFlow, code: string, label: string): TemplateResult {
  const m = flow.ctx.m();
  return html`<div class="code-block">
    <p class="code-block__label" id="booking-code-label">${label}</p>
    <p part="booking-code" class="code" id="booking-code">${code}</p>
    <button part="copy" class="button" type="button" @click=${(e: Event) => void flow.copy(code, e.currentTarget as HTMLElement)}>${m.copy}</button>
  </div>`;
}

function heading(text: string): TemplateResult {
  return html`<h3 id="outcome-heading" part="outcome-heading" class="outcome__title" tabindex="-1">${text}</h3>`;
}

/** "The next round, «…», opens on …" or "no new round is planned yet". */
export function nextRound(flow: BookingFlow, next: Round | undefined): TemplateResult {
  const m = flow.ctx.m();
  return html`<p>${next ? m.nextRound(next.title, day(flow.ctx.lang(), next.opensAt)) : m.noNextRound}</p>`;
}

/** The end of a booking attempt. */
export function renderOutcome(flow: BookingFlow): TemplateResult | typeof nothing {
  const m = flow.ctx.m();
  const o = flow.outcome;
  if (!o) return nothing;
  switch (o.kind) {
    case 'confirmed': {
      const b = o.booking;
      const item = flow.round?.item ?? '';
      return html`<div part="outcome" class="outcome outcome--success" data-outcome="confirmed">
        ${heading(m.confirmedTitle)} ${codeBlock(flow, b.bookingCode, m.yourCode)}
        <p>${m.keepCode}</p>
        <p>${m.whatNext(b.building.administrator, b.quantity, item, addressOf(m, b.building))}</p>
        <button part="restart" class="button" type="button" @click=${() => flow.restart()}>${m.newBooking}</button>
      </div>`;
    }
    case 'already-booked':
      return html`<div part="outcome" class="outcome" data-outcome="already-booked">
        ${heading(m.alreadyTitle)}
        <p>${m.already}</p>
        <button part="manage" class="button button--primary" type="button" @click=${() => flow.ctx.manage('', flow.form.taxCode)}>
          ${m.alreadyManage}
        </button>
      </div>`;
    case 'round-full':
      return html`<div part="outcome" class="outcome outcome--problem" data-outcome="round-full">
        ${heading(m.fullTitle)}
        <p>${m.full}</p>
        ${nextRound(flow, flow.ctx.rounds()?.next)}
      </div>`;
    case 'window-closed':
      return html`<div part="outcome" class="outcome outcome--problem" data-outcome="window-closed">
        ${heading(m.closedTitle)}
        <p>${m.closed}</p>
        <p>${o.nextOpensAt ? m.nextOpensAt(day(flow.ctx.lang(), o.nextOpensAt)) : m.noNextRound}</p>
      </div>`;
  }
}

/** No round is open: say so, and when the next one opens if known. */
export function renderNoRound(flow: BookingFlow): TemplateResult {
  const m = flow.ctx.m();
  return html`<div part="outcome" class="outcome" data-outcome="no-open-round">
    <h3 part="outcome-heading" class="outcome__title">${m.noOpenRound}</h3>
    ${nextRound(flow, flow.ctx.rounds()?.next)}
  </div>`;
}
