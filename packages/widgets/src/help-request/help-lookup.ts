/**
 * "Check my request": a ticket code and the phone or e-mail given with it, then the ticket's
 * status as steps. A reactive controller with its own task, errors and countdown.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { unwrap, type FieldErrorCode, type HelpRequestLookup, type HelpTicket, type SportelloClient } from '@sportello/sdk';
import { errorSummary, textField } from '../shared/controls';
import { CountdownController } from '../shared/countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion, submitButton } from '../shared/feedback';
import { focusAfterUpdate } from '../shared/focus';
import { formatDate, formatDateTime } from '../shared/format';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import { checkLookup, ticketSteps } from './help-request.logic';
import type { HelpRequestMessages } from './help-request.messages';

type LookupId = 'lookup-code' | 'lookup-contact';

/** The element the controller lives in. */
export type LookupHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface LookupOptions {
  api: () => SportelloClient;
  report: (error: unknown) => ErrorInfo;
}

/** The look-up's state, request and template. */
export class HelpLookupController {
  #host: LookupHost;
  #o: LookupOptions;
  #countdown: CountdownController;
  code = '';
  contact = '';
  errors: Partial<Record<LookupId, FieldErrorCode>> = {};
  failure: ErrorInfo | undefined;
  ticket: HelpTicket | undefined;

  readonly task: Task<[HelpRequestLookup], HelpTicket>;

  constructor(host: LookupHost, options: LookupOptions) {
    this.#host = host;
    this.#o = options;
    this.#countdown = new CountdownController(host);
    this.task = new Task(host, {
      autoRun: false,
      task: async ([body], { signal }) => unwrap(this.#o.api().POST('/help/request-lookups', { body, signal })),
      onComplete: (ticket) => {
        this.failure = undefined;
        this.ticket = ticket;
        this.#host.requestUpdate();
        focusAfterUpdate(this.#host, '#ticket-title');
      },
      onError: (error) => {
        const info = this.#o.report(error);
        if (info.kind === 'aborted') return;
        this.#countdown.waitFor(info);
        this.failure = info;
      },
    });
  }

  #root = () => this.#host.renderRoot as ShadowRoot;

  /** Forgets everything typed and found. */
  reset(prefill: { code?: string; contact?: string } = {}): void {
    this.code = prefill.code ?? '';
    this.contact = prefill.contact ?? '';
    this.errors = {};
    this.failure = undefined;
    this.ticket = undefined;
    this.#host.requestUpdate();
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (this.task.status === TaskStatus.PENDING || this.#countdown.running) return;
    this.failure = undefined;
    this.ticket = undefined;
    const r = checkLookup(this.code, this.contact);
    this.errors = r.ok ? {} : r.errors;
    this.#host.requestUpdate();
    if (r.ok) {
      void this.task.run([r.body]);
      return;
    }
    const first = (['lookup-code', 'lookup-contact'] as const).find((id) => this.errors[id]);
    focusAfterUpdate(this.#host, `#${first!}`);
  };

  #error(m: HelpRequestMessages, s: SharedMessages, id: LookupId): string | undefined {
    const code = this.errors[id];
    if (!code) return undefined;
    const own = m.lookupErrors[id] as Partial<Record<FieldErrorCode, string>>;
    return own[code] ?? s.fieldErrors[code];
  }

  #alert(m: HelpRequestMessages, s: SharedMessages) {
    const info = this.failure;
    if (!info) return nothing;
    const notFound = info.type === 'urn:sportello:problem:ticket-not-found';
    return errorAlert(s, {
      message: notFound ? m.notFound : (sharedErrorMessage(s, info) ?? s.problems.unexpected),
      retryIn: this.#countdown.remaining,
      ...(notFound || info.kind === 'validation' ? {} : { onRetry: () => (this.#root().getElementById('lookup-form') as HTMLFormElement | null)?.requestSubmit() }),
    });
  }

  #status(m: HelpRequestMessages, s: SharedMessages): string {
    if (this.task.status === TaskStatus.PENDING) return m.lookingUp;
    if (this.#countdown.over(this.failure)) return s.retryNow;
    return '';
  }

  #ticket(m: HelpRequestMessages, lang: Lang, t: HelpTicket, topicTitle: string): TemplateResult {
    return html`<section part="ticket" class="ticket" aria-labelledby="ticket-title">
      <h3 id="ticket-title" tabindex="-1">${m.ticketTitle(t.ticketCode)}</h3>
      <p><strong>${m.topicLabel}:</strong> ${topicTitle}</p>
      <p class="muted">${m.filedOn(formatDate(lang, t.createdAt, { day: 'numeric', month: 'long', year: 'numeric' }))}</p>
      <p part="ticket-state" class="ticket-state"><span aria-hidden="true">● </span>${m.states[t.state]}</p>
      <p>${m.stateHelp[t.state]}</p>
      ${t.state === 'scheduled' && t.scheduledFor
        ? html`<p part="scheduled" class="scheduled"><strong>${m.scheduledFor(formatDateTime(lang, t.scheduledFor))}</strong></p>`
        : nothing}
      <ol part="steps" class="steps" aria-label=${m.stepsLabel}>
        ${ticketSteps(t.state).map(
          (step) => html`<li class="step step--${step.status}" aria-current=${step.status === 'current' ? 'step' : 'false'}>
            <span class="step__mark" aria-hidden="true">${step.status === 'done' ? '✓' : step.status === 'current' ? '●' : '○'}</span>
            <span>${m.states[step.state]}</span>${step.status === 'current'
              ? html`<span class="visually-hidden"> (${m.currentStep})</span>`
              : step.status === 'done'
                ? html`<span class="visually-hidden"> (${m.doneStep})</span>`
                : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  /** The look-up form and, once found, the ticket. */
  render(m: HelpRequestMessages, s: SharedMessages, lang: Lang, topicTitle: (id: string) => string): TemplateResult {
    const pending = this.task.status === TaskStatus.PENDING;
    const summary = (['lookup-code', 'lookup-contact'] as const)
      .filter((id) => this.errors[id])
      .map((id) => ({ id, message: this.#error(m, s, id) ?? '' }));
    return html`<form part="lookup-form" id="lookup-form" novalidate @submit=${this.#submit}>
        <h3 id="lookup-title" tabindex="-1">${m.lookupTitle}</h3>
        <p class="muted">${m.lookupIntro}</p>
        ${errorSummary(s, summary)}
        ${textField(s, {
          id: 'lookup-code',
          label: m.lookupCode,
          hint: m.lookupCodeHint,
          error: this.#error(m, s, 'lookup-code'),
          required: true,
          value: this.code,
          autocomplete: 'off',
          autocapitalize: 'characters',
          spellcheck: false,
          maxlength: 20,
          size: 18,
          onInput: (v) => (this.code = v),
        })}
        ${textField(s, {
          id: 'lookup-contact',
          label: m.lookupContact,
          error: this.#error(m, s, 'lookup-contact'),
          required: true,
          value: this.contact,
          autocomplete: 'off',
          spellcheck: false,
          maxlength: 254,
          onInput: (v) => (this.contact = v),
        })}
        ${this.#alert(m, s)} ${submitButton({ label: m.lookupSubmit, busy: pending })}
        ${statusRegion({ message: this.#status(m, s), busy: pending })}
      </form>
      ${this.ticket ? this.#ticket(m, lang, this.ticket, topicTitle(this.ticket.topic)) : nothing}`;
  }
}
