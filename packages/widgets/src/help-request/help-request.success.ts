/** What the person sees once the request is filed: the ticket code to keep and what comes next. */
import { html, type TemplateResult } from 'lit';
import type { HelpTicket } from '@sportello/sdk';
import type { HelpRequestMessages } from './help-request.messages';

export interface SuccessContext {
  m: HelpRequestMessages;
  ticket: HelpTicket;
  channel: 'phone' | 'email';
  time: 'morning' | 'afternoon' | 'evening' | 'any';
  /** What the copy button's polite region says. */
  copyStatus: string;
  onCopy: () => void;
  onCheck: () => void;
  onAnother: () => void;
}

/** The confirmation; its heading takes focus when it appears. */
export function successPanel(c: SuccessContext): TemplateResult {
  const { m, ticket } = c;
  return html`<section part="success" class="success" aria-labelledby="success-title">
    <h3 class="success__title" id="success-title" tabindex="-1"><span aria-hidden="true">✓ </span>${m.successTitle}</h3>
    <p class="success__label" id="ticket-code-label">${m.successCode}</p>
    <p class="code-row">
      <output part="ticket-code" class="ticket-code" id="ticket-code" aria-labelledby="ticket-code-label">${ticket.ticketCode}</output>
      <button part="copy" class="button" type="button" aria-describedby="ticket-code-label" @click=${c.onCopy}>${m.copy}</button>
    </p>
    <p part="copy-status" class="copy-status" role="status" aria-live="polite">${c.copyStatus}</p>
    <p>${m.successKeep}</p>
    <h4>${m.nextTitle}</h4>
    <ol class="next">
      ${m.next(m.byChannel[c.channel], m.atTime[c.time]).map((line) => html`<li>${line}</li>`)}
    </ol>
    <div class="actions">
      <button part="check-this" class="button button--primary" type="button" @click=${c.onCheck}>${m.checkThis}</button>
      <button part="another" class="button" type="button" @click=${c.onAnother}>${m.another}</button>
    </div>
  </section>`;
}
