/**
 * Registration for one activity: a person, optionally a companion or caregiver, a phone or an
 * e-mail, consent. One idempotency key per submission (a new one only when the data change), so
 * a retry after a network failure, or a second click, makes one registration. A full activity
 * offers its waiting list (the same request with `waitingList: true`).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { focusAfterUpdate } from '../shared/focus';
import { Task, TaskStatus } from '@lit/task';
import { newIdempotencyKey, unwrap, type Registration, type RegistrationRequest, type SportelloClient } from '@sportello/sdk';
import { checkEmail, checkPhone } from '@sportello/sdk/checks';
import { checkboxField, errorSummary, textField, type TextFieldOptions } from '../shared/controls';
import { CountdownController } from '../shared/countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion, submitButton } from '../shared/feedback';
import { FieldErrorsController } from '../shared/field-errors-controller';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import { RegistrationCreatedEvent } from './event-calendar.events';
import type { EventCalendarMessages } from './event-calendar.messages';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const FIELDS = { given: 'reg-given', family: 'reg-family', phone: 'reg-phone', email: 'reg-email', cGiven: 'reg-c-given', cFamily: 'reg-c-family', consent: 'reg-consent' };

const EMPTY = { givenName: '', familyName: '', phone: '', email: '', companion: false, cGivenName: '', cFamilyName: '', caregiver: false, consent: false };

/** What the calendar lends the form. */
export interface RegistrationDeps {
  api: () => SportelloClient;
  lang: () => Lang;
  report: (error: unknown) => ErrorInfo;
  /** Called once a registration is made. */
  onRegistered: (registration: Registration) => void;
}

type Outcome = { kind: 'done'; registration: Registration } | { kind: 'full'; waiting: number } | { kind: 'already' | 'closed' | 'gone' } | { kind: 'failed'; info: ErrorInfo };

/** The registration form of the activity open in the dialog. */
export class RegistrationForm {
  #host: Host;
  #deps: RegistrationDeps;
  #eventId = '';
  #v = { ...EMPTY };
  #key: string | undefined;
  /** The person asked for the waiting list (until the data change). */
  #waitingList = false;
  #outcome: Outcome | undefined;
  #errors: FieldErrorsController;
  #countdown: CountdownController;
  #task: Task<[string, RegistrationRequest, string], Registration>;

  constructor(host: Host, deps: RegistrationDeps) {
    this.#host = host;
    this.#deps = deps;
    this.#errors = new FieldErrorsController(host, {
      '/attendee/givenName': FIELDS.given,
      '/attendee/familyName': FIELDS.family,
      '/attendee/contact': FIELDS.phone,
      '/attendee/contact/phone': FIELDS.phone,
      '/attendee/contact/email': FIELDS.email,
      '/companion/givenName': FIELDS.cGiven,
      '/companion/familyName': FIELDS.cFamily,
      '/privacyConsent': FIELDS.consent,
    });
    this.#countdown = new CountdownController(host);
    this.#task = new Task(host, {
      autoRun: false,
      task: ([eventId, body, key], { signal }) =>
        unwrap(deps.api().POST('/events/{eventId}/registrations', { params: { path: { eventId }, header: { 'Idempotency-Key': key } }, body, signal })),
      onComplete: (registration) => {
        this.#outcome = { kind: 'done', registration };
        this.#key = undefined;
        deps.onRegistered(registration);
        host.dispatchEvent(new RegistrationCreatedEvent(registration.eventId, registration.state));
        // The form gives way to the confirmation: focus goes there, not to the page.
        focusAfterUpdate(host, '[part=confirmation]');
      },
      onError: (error) => this.#failed(error),
    });
  }

  /** Whether a registration was just made (the calendar then updates the seats it shows). */
  get registration(): Registration | undefined {
    return this.#outcome?.kind === 'done' ? this.#outcome.registration : undefined;
  }

  /** Starts over for another activity (or the same one opened again). */
  reset(eventId: string): void {
    this.#eventId = eventId;
    this.#v = { ...EMPTY };
    this.#key = undefined;
    this.#waitingList = false;
    this.#outcome = undefined;
    this.#errors.clear();
    this.#host.requestUpdate();
  }

  #failed(error: unknown): void {
    const info = this.#deps.report(error);
    if (info.kind === 'aborted') return;
    const slug = info.type.split(':').pop();
    if (slug === 'event-full') this.#outcome = { kind: 'full', waiting: info.error?.problem?.waitingListLength ?? 0 };
    else if (slug === 'already-registered') this.#outcome = { kind: 'already' };
    else if (slug === 'registration-closed') this.#outcome = { kind: 'closed' };
    else if (slug === 'event-not-found') this.#outcome = { kind: 'gone' };
    else {
      if (this.#errors.fromError(error)) void this.#errors.focusFirst();
      this.#countdown.waitFor(info);
      this.#outcome = info.kind === 'validation' ? undefined : { kind: 'failed', info };
    }
    this.#host.requestUpdate();
  }

  #set<K extends keyof typeof EMPTY>(name: K, value: (typeof EMPTY)[K]): void {
    this.#v[name] = value;
    // Other data, another submission: a new key next time.
    this.#key = undefined;
    this.#waitingList = false;
    if (this.#outcome?.kind !== 'done') this.#outcome = undefined;
    this.#host.requestUpdate();
  }

  /** Asking for the waiting list is another request (another body): it gets its own key. */
  #joinWaitingList = () => {
    this.#waitingList = true;
    this.#key = undefined;
    this.#send();
  };

  /** Checks the form, then sends it (with `waitingList` once the person asked for it). */
  #send(): void {
    if (this.#task.status === TaskStatus.PENDING || this.#countdown.running) return;
    const v = this.#v;
    const e = this.#errors;
    e.clear();
    if (!v.givenName.trim()) e.set(FIELDS.given, 'required');
    if (!v.familyName.trim()) e.set(FIELDS.family, 'required');
    const phone = v.phone.trim() ? checkPhone(v.phone) : undefined;
    const email = v.email.trim() ? checkEmail(v.email) : undefined;
    if (!phone && !email) e.set(FIELDS.phone, 'required');
    if (phone && !phone.ok) e.set(FIELDS.phone, phone.code);
    if (email && !email.ok) e.set(FIELDS.email, email.code);
    if (v.companion && !v.cGivenName.trim()) e.set(FIELDS.cGiven, 'required');
    if (v.companion && !v.cFamilyName.trim()) e.set(FIELDS.cFamily, 'required');
    if (!v.consent) e.set(FIELDS.consent, 'consent-required');
    if (e.size) {
      void e.focusFirst();
      return;
    }
    const body: RegistrationRequest = {
      attendee: {
        givenName: v.givenName.trim(),
        familyName: v.familyName.trim(),
        contact: { ...(phone?.ok ? { phone: phone.value } : {}), ...(email?.ok ? { email: email.value } : {}) },
      },
      ...(v.companion ? { companion: { givenName: v.cGivenName.trim(), familyName: v.cFamilyName.trim(), caregiver: v.caregiver } } : {}),
      ...(this.#waitingList ? { waitingList: true } : {}),
      privacyConsent: true,
      lang: this.#deps.lang(),
    };
    this.#key ??= newIdempotencyKey();
    this.#outcome = undefined;
    void this.#task.run([this.#eventId, body, this.#key]);
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    this.#send();
  };

  #outcomeView(m: EventCalendarMessages, s: SharedMessages): TemplateResult | typeof nothing {
    const o = this.#outcome;
    if (!o) return nothing;
    switch (o.kind) {
      case 'done': {
        const r = o.registration;
        const text = r.state === 'waitlisted' ? m.waitlisted(r.waitingListPosition ?? 1, r.registrationCode) : m.registered(r.registrationCode);
        return html`<p part="confirmation" class="confirmation" tabindex="-1">${text}</p>`;
      }
      case 'full':
        return html`<div part="alert" class="alert" role="alert">
          <p class="alert__message">${m.full(o.waiting)}</p>
          <button type="button" part="waiting-list" class="button button--primary" @click=${this.#joinWaitingList}>${m.joinWaitingList}</button>
        </div>`;
      case 'already':
        return errorAlert(s, { message: m.alreadyRegistered });
      case 'closed':
        return errorAlert(s, { message: m.closed });
      case 'gone':
        return errorAlert(s, { message: m.notFound });
      case 'failed':
        return errorAlert(s, {
          message: sharedErrorMessage(s, o.info) ?? s.problems.unexpected,
          retryIn: this.#countdown.remaining,
          onRetry: () => this.#send(),
        });
    }
  }

  /** The form, or the confirmation once registered; only a word when the activity has started. */
  render(m: EventCalendarMessages, s: SharedMessages, started = false): TemplateResult {
    if (started) {
      return html`<section part="registration" class="registration" aria-labelledby="reg-title">
        <h4 id="reg-title">${m.register}</h4>
        <p>${m.closed}</p>
      </section>`;
    }
    const v = this.#v;
    const busy = this.#task.status === TaskStatus.PENDING;
    const err = (id: string) => {
      const code = this.#errors.get(id);
      if (!code) return undefined;
      return code === 'required' && id === FIELDS.phone ? m.contactNeeded : s.fieldErrors[code];
    };
    const text = (id: string, label: string, name: keyof typeof EMPTY, extra: Partial<TextFieldOptions> = {}) =>
      textField(s, { id, label, error: err(id), value: v[name] as string, onInput: (x) => this.#set(name, x), ...extra });
    const summary = this.#errors.ids.map((id) => ({ id, message: err(id) ?? '' }));
    const done = this.#outcome?.kind === 'done';
    return html`<section part="registration" class="registration" aria-labelledby="reg-title">
      <h4 id="reg-title">${m.register}</h4>
      ${done
        ? nothing
        : html`<form part="form" novalidate @submit=${this.#submit}>
            <p class="hint">${m.registerIntro}</p>
            ${errorSummary(s, summary)} ${text(FIELDS.given, m.givenName, 'givenName', { required: true, autocomplete: 'given-name' })}
            ${text(FIELDS.family, m.familyName, 'familyName', { required: true, autocomplete: 'family-name' })}
            ${text(FIELDS.phone, m.phone, 'phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: m.contactHint })}
            ${text(FIELDS.email, m.email, 'email', { type: 'email', autocomplete: 'email', spellcheck: false })}
            ${checkboxField(s, { id: 'reg-companion', label: m.withCompanion, checked: v.companion, onChange: (x) => this.#set('companion', x) })}
            ${v.companion
              ? html`<fieldset class="fieldset companion">
                  <legend class="label">${m.companion}</legend>
                  ${text(FIELDS.cGiven, m.companionGivenName, 'cGivenName', { required: true })}
                  ${text(FIELDS.cFamily, m.companionFamilyName, 'cFamilyName', { required: true })}
                  ${checkboxField(s, { id: 'reg-caregiver', label: m.caregiver, checked: v.caregiver, onChange: (x) => this.#set('caregiver', x) })}
                </fieldset>`
              : nothing}
            ${checkboxField(s, { id: FIELDS.consent, label: m.consent, error: err(FIELDS.consent), required: true, checked: v.consent, onChange: (x) => this.#set('consent', x) })}
            ${submitButton({ label: m.submit, busy })}
          </form>`}
      ${this.#outcomeView(m, s)} ${statusRegion({ message: busy ? s.sending : '', busy })}
    </section>`;
  }
}
