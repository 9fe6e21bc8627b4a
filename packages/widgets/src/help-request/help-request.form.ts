/**
 * The help request form as a template: topics as radio cards, who needs help, the description
 * with its counter, contact, district and consents. The element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HELP_CONTACT_PREFERRED_TIME_VALUES, HELP_REQUEST_CREATE_FOR_WHOM_VALUES, type HelpTopic } from '@sportello/sdk';
import { checkboxField, errorSummary, field, radioGroupField, selectField, textField, type SummaryEntry } from '../shared/controls';
import { DISTRICTS, districtLabel } from '../shared/districts';
import { statusRegion, submitButton } from '../shared/feedback';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import { DESCRIPTION_MAX, needsHealthConsent, type HelpFieldId, type HelpForm } from './help-request.logic';
import type { HelpRequestMessages } from './help-request.messages';

/** What the form needs from the element. */
export interface FormContext {
  m: HelpRequestMessages;
  s: SharedMessages;
  lang: Lang;
  form: HelpForm;
  topics: readonly HelpTopic[];
  error: (id: HelpFieldId) => string | undefined;
  set: <K extends keyof HelpForm>(key: K, value: HelpForm[K]) => void;
  /** What the polite counter region says (updated after a pause or at a threshold). */
  counterAnnouncement: string;
  privacyUrl: string;
  busy: boolean;
  summary: readonly SummaryEntry[];
  alert: TemplateResult | typeof nothing;
  status: string;
  onSubmit: (event: SubmitEvent) => void;
}

function errorLine(c: FormContext, id: HelpFieldId, message: string | undefined) {
  return message
    ? html`<p part="error" class="error" id=${`${id}-error`}><span class="visually-hidden">${c.s.errorPrefix} </span>${message}</p>`
    : nothing;
}

/** Topics as radio cards: title as the name, the one-line explanation as the description. */
function topicCards(c: FormContext): TemplateResult {
  const error = c.error('topic');
  return html`<fieldset
    part="field topics"
    class="field fieldset ${error ? 'field--invalid' : ''}"
    id="topic"
    role="radiogroup"
    aria-describedby=${ifDefined(error ? 'topic-error' : undefined)}
    aria-invalid=${ifDefined(error ? 'true' : undefined)}
    aria-required="true"
  >
    <legend part="label" class="label">${c.m.topic} <span class="marker">${c.s.required}</span></legend>
    ${errorLine(c, 'topic', error)}
    <div class="cards">
      ${c.topics.map(
        (t, i) => html`<label part="topic-card" class="card" for=${`topic-${i}`}>
          <input
            type="radio"
            id=${`topic-${i}`}
            name="topic"
            value=${t.id}
            .checked=${live(c.form.topic === t.id)}
            aria-labelledby=${`topic-${i}-title`}
            aria-describedby=${`topic-${i}-desc`}
            @change=${() => c.set('topic', t.id)}
          />
          <span class="card__text">
            <span class="card__title" id=${`topic-${i}-title`}>${t.title}</span>
            <span class="card__desc" id=${`topic-${i}-desc`}>${t.description}</span>
          </span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function description(c: FormContext): TemplateResult {
  const { m, form } = c;
  const used = form.description.length;
  return html`${field(
      c.s,
      { id: 'description', label: m.description, hint: m.descriptionHint, error: c.error('description'), required: true },
      (w) => html`<textarea
        part="input"
        class="input"
        id=${w.id}
        name="description"
        rows="4"
        maxlength=${DESCRIPTION_MAX}
        autocomplete="off"
        .value=${live(form.description)}
        aria-describedby=${[w.describedBy, 'description-counter'].filter(Boolean).join(' ')}
        aria-invalid=${ifDefined(w.invalid)}
        aria-required="true"
        @input=${(e: Event) => c.set('description', (e.target as HTMLTextAreaElement).value)}
      ></textarea>`,
    )}
    <p part="counter" class="counter ${DESCRIPTION_MAX - used <= 50 ? 'counter--near' : ''}" id="description-counter">${m.counter(used, DESCRIPTION_MAX)}</p>
    <p class="visually-hidden" role="status" aria-live="polite" id="description-announcer">${c.counterAnnouncement}</p>`;
}

function contact(c: FormContext): TemplateResult {
  const { m, s, form } = c;
  return html`<fieldset class="group" aria-describedby="contact-hint">
      <legend class="group__legend">${m.contactLegend}</legend>
      <p class="hint" id="contact-hint">${m.contactHint}</p>
      ${textField(s, {
        id: 'phone',
        label: m.phone,
        hint: m.phoneHint,
        error: c.error('phone'),
        type: 'tel',
        inputmode: 'tel',
        autocomplete: 'tel',
        maxlength: 20,
        value: form.phone,
        onInput: (v) => c.set('phone', v),
      })}
      ${textField(s, {
        id: 'email',
        label: m.email,
        error: c.error('email'),
        type: 'email',
        autocomplete: 'email',
        spellcheck: false,
        maxlength: 254,
        value: form.email,
        onInput: (v) => c.set('email', v),
      })}
    </fieldset>
    ${radioGroupField(s, {
      id: 'channel',
      label: m.channel,
      hint: m.channelHint,
      error: c.error('channel'),
      value: form.preferredChannel,
      options: (['phone', 'email'] as const).map((v) => ({ value: v, label: m.channelOptions[v] })),
      onChange: (v) => c.set('preferredChannel', v),
    })}
    ${radioGroupField(s, {
      id: 'time',
      label: m.time,
      error: c.error('time'),
      required: true,
      value: form.preferredTime,
      options: HELP_CONTACT_PREFERRED_TIME_VALUES.map((v) => ({ value: v, label: m.timeOptions[v] })),
      onChange: (v) => c.set('preferredTime', v),
    })}`;
}

function consents(c: FormContext): TemplateResult {
  const { m, s, form } = c;
  const health = form.topic !== '' && needsHealthConsent(c.topics, form.topic);
  return html`${c.privacyUrl
      ? html`<p class="privacy-link"><a part="privacy-link" href=${c.privacyUrl} target="_blank" rel="noopener">${m.privacyLink}</a></p>`
      : nothing}
    ${checkboxField(s, {
      id: 'privacy-consent',
      label: m.privacyConsent,
      hint: m.privacyHint,
      error: c.error('privacy-consent'),
      required: true,
      checked: form.privacyConsent,
      onChange: (v) => c.set('privacyConsent', v),
    })}
    ${health
      ? html`<div part="health-consent" class="health" role="group" aria-labelledby="health-title">
          <h3 class="health__title" id="health-title">${m.healthTitle}</h3>
          ${checkboxField(s, {
            id: 'health-consent',
            label: m.healthConsent,
            hint: m.healthExplain,
            error: c.error('health-consent'),
            required: true,
            checked: form.healthDataConsent,
            onChange: (v) => c.set('healthDataConsent', v),
          })}
        </div>`
      : nothing}`;
}

/** The whole request form. */
export function requestForm(c: FormContext): TemplateResult {
  const { m, s, form } = c;
  return html`<form part="form" novalidate @submit=${c.onSubmit}>
    ${errorSummary(s, c.summary)} ${topicCards(c)}
    ${radioGroupField(s, {
      id: 'for-whom',
      label: m.forWhom,
      error: c.error('for-whom'),
      required: true,
      value: form.forWhom,
      options: HELP_REQUEST_CREATE_FOR_WHOM_VALUES.map((v) => ({ value: v, label: m.forWhomOptions[v] })),
      onChange: (v) => c.set('forWhom', v),
    })}
    ${description(c)} ${contact(c)}
    ${selectField(s, {
      id: 'district',
      label: m.district,
      hint: m.districtHint,
      error: c.error('district'),
      required: true,
      placeholder: m.choose,
      value: form.district,
      options: DISTRICTS.map((d) => ({ value: String(d), label: districtLabel(c.lang, d) })),
      onChange: (v) => c.set('district', v),
    })}
    ${consents(c)} ${c.alert} ${submitButton({ label: m.submit, busy: c.busy })} ${statusRegion({ message: c.status, busy: c.busy })}
  </form>`;
}
