import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { newIdempotencyKey, unwrap, type HelpRequestCreate, type HelpTicket, type HelpTopic } from '@sportello/sdk';
import { controlStyles } from '../shared/controls.styles';
import { copyText } from '../shared/clipboard';
import { CountdownController } from '../shared/countdown-controller';
import { describeError, sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion } from '../shared/feedback';
import { FieldErrorsController } from '../shared/field-errors-controller';
import { focusAfterUpdate } from '../shared/focus';
import { SportelloElement } from '../shared/sportello-element';
import { sharedStyles } from '../shared/styles';
import { requestForm } from './help-request.form';
import { HelpRequestCreatedEvent } from './help-request.events';
import { FIELD_IDS, POINTERS, checkHelpForm, crossedThreshold, effectiveChannel, emptyForm, offeredTopics, parseTopics, type HelpFieldId, type HelpForm } from './help-request.logic';
import { helpRequestMessages, type HelpRequestMessages } from './help-request.messages';
import { helpRequestStyles } from './help-request.styles';
import { successPanel } from './help-request.success';
import { HelpLookupController } from './help-lookup';

/** Milliseconds of pause in typing after which the counter is announced. */
const COUNTER_PAUSE_MS = 1500;

/**
 * `<sportello-help-request>`: asks the volunteers of the community concierge ("Portineria di
 * comunità") for help — topic, who needs it, a short description, contact, district, consent (and
 * a separate health-data consent for psychological support) — and shows the ticket code. A "check
 * my request" mode shows a ticket's status. The description never leaves the request body: not in
 * an event, a URL or a log; every field is emptied when the element leaves the page.
 *
 * ```html
 * <sportello-help-request topics="homework" partner-key="pk_..."></sportello-help-request>
 * ```
 *
 * @summary Community-concierge help request and status look-up.
 * @attr api-base - The API root, `/v1` included.
 * @attr partner-key - The partner's publishable key.
 * @attr lang - `it` or `en`; inherited from the page when unset.
 * @fires {HelpRequestCreatedEvent} sportello-help-request-created - A request was filed; detail `{ ticketCode, topic }`.
 * @fires {SportelloErrorEvent} sportello-error - A request failed; detail `{ status, type }`.
 * @csspart form - The request form.
 * @csspart lookup-form - The look-up form.
 * @csspart field - Each field.
 * @csspart label - Each label.
 * @csspart hint - Each hint.
 * @csspart input - Each control.
 * @csspart error - Each field's error.
 * @csspart error-summary - The list of errors above a form.
 * @csspart topics - The topic radio cards group.
 * @csspart topic-card - One topic card.
 * @csspart counter - The description's character counter.
 * @csspart health-consent - The health-data consent box.
 * @csspart privacy-link - The link to the privacy notice.
 * @csspart submit - A submit button.
 * @csspart status - The polite live regions.
 * @csspart alert - An error not about one field.
 * @csspart retry - Its retry button.
 * @csspart mode - The switch between "new request" and "check my request".
 * @csspart success - The confirmation.
 * @csspart ticket-code - The ticket code.
 * @csspart copy - The copy button.
 * @csspart copy-status - Says the code was copied.
 * @csspart check-this - Looks the new ticket up.
 * @csspart another - Starts a new request.
 * @csspart ticket - A ticket found.
 * @csspart ticket-state - Its state.
 * @csspart scheduled - The agreed time.
 * @csspart steps - Its progress.
 * @cssprop --sportello-help-request-card-selected - Border of the selected topic card. Default: the primary colour.
 * @cssprop --sportello-help-request-health-surface - Background of the health-data consent box. Default `#fff8e1`.
 */
export class SportelloHelpRequest extends SportelloElement {
  static override styles = [sharedStyles, controlStyles, helpRequestStyles];
  static override messages = [helpRequestMessages];

  /** Topic ids to offer, comma-separated (`homework,apps-and-accounts`); all when empty. One topic is preselected. */
  @property() topics = '';

  /** `request` (default) or `lookup` ("check my request"). */
  @property({ reflect: true }) mode: 'request' | 'lookup' = 'request';

  /** A link to the partner's or the City's privacy notice, shown beside the consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private form: HelpForm = emptyForm();
  @state() private failure: ErrorInfo | undefined;
  @state() private ticket: HelpTicket | undefined;
  @state() private announcement = '';
  @state() private copyStatus = '';

  #errors = new FieldErrorsController(this, POINTERS);
  #countdown = new CountdownController(this);
  #lookup = new HelpLookupController(this, { api: () => this.api, report: (e) => this.reportError(e) });
  /** One key per submission: kept across retries, dropped when the person changes anything. */
  #key: string | undefined;
  #counterTimer: ReturnType<typeof setTimeout> | undefined;

  #topics = new Task(this, {
    args: () => [this.locale] as const,
    // The language is named per call: a `client` given by the page may not send one.
    task: async ([lang], { signal }) => (await unwrap(this.api.GET('/help/topics', { params: { header: { 'Accept-Language': lang } }, signal }))).items,
    onError: (error) => void this.reportError(error),
  });

  #create = new Task(this, {
    autoRun: false,
    task: async ([body, key]: [HelpRequestCreate, string], { signal }) =>
      unwrap(this.api.POST('/help/requests', { body, params: { header: { 'Idempotency-Key': key } }, signal })),
    onComplete: (ticket) => {
      this.failure = undefined;
      this.ticket = ticket;
      this.#key = undefined;
      this.dispatchEvent(new HelpRequestCreatedEvent(ticket));
      focusAfterUpdate(this, '#success-title');
    },
    onError: (error) => {
      const info = this.reportError(error);
      if (info.kind === 'aborted') return;
      if (info.type === 'urn:sportello:problem:idempotency-key-reused') this.#key = undefined;
      if (this.#errors.fromError(error)) void this.#errors.focusFirst();
      this.#countdown.waitFor(info);
      this.failure = info;
    },
  });

  /** The topics offered here, in the API's order. */
  get #offered(): HelpTopic[] {
    return offeredTopics(this.#topics.value ?? [], parseTopics(this.topics));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const offered = this.#offered;
    if (offered.length === 1 && this.form.topic === '') this.form = { ...this.form, topic: offered[0]!.id };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing typed outlives the widget on the page.
    this.#reset();
    this.#lookup.reset();
  }

  #reset(): void {
    clearTimeout(this.#counterTimer);
    this.form = emptyForm();
    this.failure = undefined;
    this.ticket = undefined;
    this.announcement = '';
    this.copyStatus = '';
    this.#key = undefined;
    this.#errors.clear();
  }

  #set = <K extends keyof HelpForm>(key: K, value: HelpForm[K]) => {
    const before = this.form.description.length;
    this.form = { ...this.form, [key]: value };
    this.#key = undefined;
    if (key === 'description') this.#counter(before, String(value).length);
  };

  /** Announces the characters left at a threshold at once, otherwise after a pause in typing. */
  #counter(before: number, after: number): void {
    clearTimeout(this.#counterTimer);
    const say = () => (this.announcement = this.t(helpRequestMessages).counterLeft(500 - this.form.description.length));
    if (crossedThreshold(before, after)) say();
    else this.#counterTimer = setTimeout(say, COUNTER_PAUSE_MS);
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (this.#create.status === TaskStatus.PENDING || this.#countdown.running) return;
    this.#errors.clear();
    this.failure = undefined;
    const r = checkHelpForm(this.form, this.#offered, this.locale);
    if (!r.ok) {
      for (const id of FIELD_IDS) if (r.errors[id]) this.#errors.set(id, r.errors[id]);
      void this.#errors.focusFirst();
      return;
    }
    this.#key ??= newIdempotencyKey();
    void this.#create.run([r.body, this.#key]);
  };

  #error = (id: HelpFieldId): string | undefined => {
    const code = this.#errors.get(id);
    if (!code) return undefined;
    const m = this.t(helpRequestMessages);
    const channel = effectiveChannel(this.form);
    if (code === 'required' && id === 'phone' && channel === 'phone' && this.form.email.trim()) return m.phoneForChannel;
    if (code === 'required' && id === 'email' && channel === 'email' && this.form.phone.trim()) return m.emailForChannel;
    return (m.errors[id] as Partial<Record<string, string>>)[code] ?? this.shared.fieldErrors[code];
  };

  #alert(m: HelpRequestMessages) {
    const info = this.failure;
    if (!info || (info.kind === 'validation' && this.#errors.size > 0)) return nothing;
    const own: Partial<Record<string, string>> = {
      'urn:sportello:problem:idempotency-key-reused': m.keyReused,
      'urn:sportello:problem:idempotency-in-flight': m.inFlight,
    };
    const retry = info.kind !== 'validation' && info.type !== 'urn:sportello:problem:idempotency-key-reused';
    return errorAlert(this.shared, {
      message: own[info.type] ?? sharedErrorMessage(this.shared, info) ?? this.shared.problems.unexpected,
      retryIn: this.#countdown.remaining,
      ...(retry ? { onRetry: () => this.renderRoot.querySelector<HTMLFormElement>('form[part=form]')?.requestSubmit() } : {}),
    });
  }

  #switch(mode: 'request' | 'lookup', prefill?: { code?: string; contact?: string }): void {
    if (prefill) this.#lookup.reset(prefill);
    this.mode = mode;
    focusAfterUpdate(this, mode === 'lookup' ? '#lookup-title' : '#title');
  }

  async #copy(code: string): Promise<void> {
    const m = this.t(helpRequestMessages);
    const button = this.renderRoot.querySelector<HTMLElement>('[part=copy]');
    if (await copyText(code, this.renderRoot as ShadowRoot, button)) {
      this.copyStatus = m.copied;
    } else {
      this.copyStatus = m.copyFailed;
      // Nothing could copy: the code is selected, ready for the person's own copy.
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector('#ticket-code')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }

  #requestView(m: HelpRequestMessages) {
    const s = this.shared;
    if (this.ticket) {
      const t = this.ticket;
      const channel = effectiveChannel(this.form) ?? 'phone';
      return successPanel({
        m,
        ticket: t,
        channel,
        time: this.form.preferredTime as 'any',
        copyStatus: this.copyStatus,
        onCopy: () => void this.#copy(t.ticketCode),
        onCheck: () => this.#switch('lookup', { code: t.ticketCode, contact: channel === 'email' ? this.form.email.trim() : this.form.phone.trim() }),
        onAnother: () => {
          this.#reset();
          focusAfterUpdate(this, '#title');
        },
      });
    }
    const loading = this.#topics.status === TaskStatus.PENDING || this.#topics.status === TaskStatus.INITIAL;
    if (this.#topics.status === TaskStatus.ERROR) {
      const message = sharedErrorMessage(s, describeError(this.#topics.error)) ?? s.problems.unexpected;
      return errorAlert(s, { message, onRetry: () => void this.#topics.run() });
    }
    if (loading) return statusRegion({ message: m.loadingTopics, busy: true });
    if (this.#offered.length === 0) return html`<p part="empty" class="empty" role="status">${m.noTopics}</p>`;
    const busy = this.#create.status === TaskStatus.PENDING;
    const summary = this.#errors.ids.map((id) => ({ id, message: this.#error(id as HelpFieldId) ?? '' }));
    const waiting = this.#countdown.over(this.failure);
    return requestForm({
      m,
      s,
      lang: this.locale,
      form: this.form,
      topics: this.#offered,
      error: this.#error,
      set: this.#set,
      counterAnnouncement: this.announcement,
      privacyUrl: this.privacyUrl,
      busy,
      summary,
      alert: this.#alert(m),
      status: busy ? m.sending : waiting ? s.retryNow : '',
      onSubmit: this.#submit,
    });
  }

  protected override render() {
    const m = this.t(helpRequestMessages);
    const lookup = this.mode === 'lookup';
    const topicTitle = (id: string) => this.#topics.value?.find((t) => t.id === id)?.title ?? id;
    return html`<div class="widget" lang=${this.locale}>
      <h2 id="title" tabindex="-1">${m.title}</h2>
      ${lookup ? nothing : html`<p class="muted">${m.intro}</p>`}
      <p class="mode">
        <button part="mode" class="link-button" type="button" @click=${() => this.#switch(lookup ? 'request' : 'lookup')}>
          ${lookup ? m.toRequest : m.toLookup}
        </button>
      </p>
      ${lookup ? this.#lookup.render(m, this.shared, this.locale, topicTitle) : this.#requestView(m)}
    </div>`;
  }
}
