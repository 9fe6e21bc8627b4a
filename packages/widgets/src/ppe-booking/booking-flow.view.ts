/** The booking steps as templates over a {@link BookingFlow}. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Round } from '@sportello/sdk';
import { checkboxField, errorSummary, radioGroupField, textField } from '../shared/controls';
import { errorAlert, submitButton } from '../shared/feedback';
import { formatNumber } from '../shared/format';
import type { BookingFlow } from './booking-flow';
import { STEPS, quantityFor, stepNumber, previousStep, type FieldId, type Step } from './ppe-booking.logic';
import { addressOf, failureMessage, fieldMessage, retryable, when } from './ppe-booking.text';

const onSubmit = (fn: () => void) => (e: Event) => {
  e.preventDefault();
  fn();
};

/** A field's message, in the flow's current language. */
export function errorOf(flow: BookingFlow, id: FieldId): string | undefined {
  return fieldMessage(flow.ctx.m(), flow.ctx.shared(), id, flow.errors.get(id), flow.round?.maxHouseholdSize);
}

function progress(flow: BookingFlow): TemplateResult {
  const m = flow.ctx.m();
  const at = stepNumber(flow.step);
  return html`<ol part="steps" class="steps" aria-label=${m.progress}>
      ${STEPS.map((s, i) => {
        const state = i + 1 < at ? 'done' : i + 1 === at ? 'current' : 'todo';
        return html`<li part="step" class="step step--${state}" aria-current=${state === 'current' ? 'step' : nothing}>
          <span class="step__n" aria-hidden="true">${i + 1}</span><span class="step__name">${m.steps[s]}</span>${state === 'done'
            ? html`<span class="visually-hidden"> (${m.done})</span>`
            : nothing}
        </li>`;
      })}
    </ol>
    <h3 id="step-heading" part="step-heading" class="step-heading" tabindex="-1">${m.stepOf(at, STEPS.length, m.steps[flow.step])}</h3>`;
}

function summary(flow: BookingFlow) {
  return errorSummary(
    flow.ctx.shared(),
    flow.stepErrorIds.map((id) => ({ id, message: errorOf(flow, id) ?? '' })),
  );
}

function actions(flow: BookingFlow, submitLabel: string, busy = false): TemplateResult {
  const m = flow.ctx.m();
  return html`<div class="actions">
    ${submitButton({ label: submitLabel, busy })}
    ${flow.step !== 'round'
      ? html`<button part="back" class="button" type="button" @click=${() => flow.goTo(previousStep(flow.step))}>${m.back}</button>`
      : nothing}
  </div>`;
}

/** A round's window and allowance. */
export function roundCard(flow: BookingFlow, round: Round): TemplateResult {
  const m = flow.ctx.m();
  const lang = flow.ctx.lang();
  return html`<div part="round" class="card">
    <p class="card__title">${round.title}</p>
    <p>${m.window(when(lang, round.opensAt), when(lang, round.closesAt))}</p>
    <p>${m.allowance(round.unitsPerPerson, round.item, round.maxHouseholdSize)}</p>
    ${round.unitsLeft > 0 ? html`<p>${m.unitsLeft(formatNumber(lang, round.unitsLeft))}</p>` : html`<p><strong>${m.roundFullNow}</strong></p>`}
  </div>`;
}

function roundStep(flow: BookingFlow): TemplateResult {
  const m = flow.ctx.m();
  const open = flow.ctx.rounds()?.open ?? [];
  const round = flow.round;
  return html`<form part="form" novalidate @submit=${onSubmit(() => flow.continue())}>
    ${summary(flow)}
    ${open.length > 1
      ? radioGroupField(flow.ctx.shared(), {
          id: 'round-id',
          label: m.chooseRound,
          required: true,
          error: errorOf(flow, 'round-id'),
          value: flow.form.roundId,
          options: open.map((r) => ({ value: r.id, label: r.title })),
          onChange: (v) => flow.set('roundId', v, 'round-id'),
        })
      : nothing}
    ${round ? roundCard(flow, round) : nothing} ${round && round.unitsLeft === 0 ? nothing : actions(flow, m.start)}
  </form>`;
}

function applicantStep(flow: BookingFlow): TemplateResult {
  const m = flow.ctx.m();
  const s = flow.ctx.shared();
  const f = flow.form;
  const round = flow.round;
  const quantity = round ? quantityFor(f.householdSize, round) : undefined;
  const text = (id: FieldId, key: 'taxCode' | 'givenName' | 'familyName', extra: object) =>
    textField(s, { id, label: m[key], error: errorOf(flow, id), required: true, value: f[key], onInput: (v) => flow.set(key, v, id), ...extra });
  return html`<form part="form" novalidate @submit=${onSubmit(() => flow.continue())}>
    ${summary(flow)}
    ${text('tax-code', 'taxCode', { hint: m.taxCodeHint, autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, maxlength: 24, size: 18 })}
    ${text('given-name', 'givenName', { autocomplete: 'given-name', maxlength: 80 })}
    ${text('family-name', 'familyName', { autocomplete: 'family-name', maxlength: 80 })}
    ${textField(s, {
      id: 'household-size',
      label: m.householdSize,
      hint: m.householdHint(round?.maxHouseholdSize ?? 12),
      error: errorOf(flow, 'household-size'),
      required: true,
      value: f.householdSize,
      inputmode: 'numeric',
      autocomplete: 'off',
      size: 4,
      maxlength: 3,
      onInput: (v) => flow.set('householdSize', v, 'household-size'),
    })}
    <p part="quantity" class="quantity" aria-live="polite">
      ${quantity !== undefined && round ? m.quantity(quantity, round.item) : m.quantityUnknown}
    </p>
    ${actions(flow, m.next)}
  </form>`;
}

function buildingStep(flow: BookingFlow): TemplateResult {
  const m = flow.ctx.m();
  const s = flow.ctx.shared();
  const f = flow.form;
  const b = flow.building;
  const field = (id: FieldId, key: 'buildingCode' | 'street' | 'civicNumber' | 'cap', hint: string, extra: object = {}) =>
    textField(s, { id, label: m[key], hint, error: errorOf(flow, id), required: true, value: f[key], onInput: (v) => flow.set(key, v, id), ...extra });
  const failure = flow.lookupFailure;
  return html`<form part="form" novalidate @submit=${onSubmit(() => flow.continue())}>
    ${summary(flow)}
    ${radioGroupField(s, {
      id: 'building-mode',
      label: m.buildingMode,
      value: f.buildingMode,
      options: [
        { value: 'code', label: m.modeCode },
        { value: 'address', label: m.modeAddress },
      ],
      onChange: (v) => flow.set('buildingMode', v as 'code' | 'address'),
    })}
    ${f.buildingMode === 'code'
      ? field('building-code', 'buildingCode', m.buildingCodeHint, { autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, size: 10, maxlength: 12 })
      : html`${field('street', 'street', m.streetHint, { autocomplete: 'address-line1', maxlength: 120 })}
        ${field('civic-number', 'civicNumber', m.civicNumberHint, { autocomplete: 'off', size: 8, maxlength: 12 })}
        ${field('cap', 'cap', m.capHint, { autocomplete: 'postal-code', inputmode: 'numeric', size: 6, maxlength: 5 })}`}
    ${b
      ? html`<div part="building" class="card card--success">
          <p class="card__title">${m.buildingFound}</p>
          <p>${addressOf(m, b)}</p>
          <p>${m.district(b.district)}</p>
          <p>${m.deliveredBy(b.administrator)}</p>
        </div>`
      : nothing}
    ${flow.notInNetwork
      ? html`<div part="alert" class="alert" role="alert">
          <p class="alert__title">${m.notInNetworkTitle}</p>
          <p>${m.notInNetwork}</p>
        </div>`
      : nothing}
    ${failure ? errorAlert(s, { message: failureMessage(m, s, failure), retryIn: flow.countdown.remaining, ...(retryable(failure) ? { onRetry: () => flow.continue() } : {}) }) : nothing}
    ${actions(flow, b ? m.next : m.findBuilding, flow.searching)}
  </form>`;
}

function contactStep(flow: BookingFlow): TemplateResult {
  const m = flow.ctx.m();
  const s = flow.ctx.shared();
  const f = flow.form;
  return html`<form part="form" novalidate @submit=${onSubmit(() => flow.continue())}>
    ${summary(flow)}
    ${radioGroupField(s, {
      id: 'contact-method',
      label: m.contactMethod,
      value: f.contactMethod,
      options: [
        { value: 'phone', label: m.byPhone },
        { value: 'email', label: m.byEmail },
      ],
      onChange: (v) => flow.set('contactMethod', v as 'phone' | 'email'),
    })}
    ${f.contactMethod === 'phone'
      ? textField(s, { id: 'phone', label: m.phone, hint: m.phoneHint, type: 'tel', autocomplete: 'tel', required: true, error: errorOf(flow, 'phone'), value: f.phone, maxlength: 20, onInput: (v) => flow.set('phone', v, 'phone') })
      : textField(s, { id: 'email', label: m.email, hint: m.emailHint, type: 'email', autocomplete: 'email', required: true, error: errorOf(flow, 'email'), value: f.email, maxlength: 254, spellcheck: false, onInput: (v) => flow.set('email', v, 'email') })}
    <p part="privacy" class="hint">${m.privacyNote}</p>
    ${checkboxField(s, { id: 'consent', label: m.consent, required: true, error: errorOf(flow, 'consent'), checked: f.consent, onChange: (v) => flow.set('consent', v, 'consent') })}
    ${actions(flow, m.next)}
  </form>`;
}

function reviewRow(flow: BookingFlow, label: string, value: unknown, step: Step): TemplateResult {
  const m = flow.ctx.m();
  return html`<div class="review__row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    <dd class="review__change">
      <button part="change" class="button button--link" type="button" @click=${() => flow.goTo(step)}>
        ${m.change}<span class="visually-hidden"> ${label}</span>
      </button>
    </dd>
  </div>`;
}

function reviewStep(flow: BookingFlow): TemplateResult {
  const m = flow.ctx.m();
  const s = flow.ctx.shared();
  const f = flow.form;
  const round = flow.round;
  const b = flow.building;
  const failure = flow.failure;
  const people = Number(f.householdSize.trim());
  return html`<form part="form" novalidate @submit=${onSubmit(() => flow.submit())}>
    <p>${m.reviewIntro}</p>
    <dl part="review" class="review">
      ${reviewRow(flow, m.round, round?.title, 'round')}
      ${reviewRow(flow, m.applicant, html`${f.givenName.trim()} ${f.familyName.trim()}<br />${f.taxCode.trim().toUpperCase()}`, 'applicant')}
      ${reviewRow(flow, m.householdSize, round ? m.household(people, quantityFor(f.householdSize, round) ?? 0, round.item) : '', 'applicant')}
      ${reviewRow(flow, m.building, b ? html`${addressOf(m, b)}<br />${m.deliveredBy(b.administrator)}` : '', 'building')}
      ${reviewRow(flow, m.contact, f.contactMethod === 'phone' ? f.phone.trim() : f.email.trim(), 'contact')}
    </dl>
    ${failure ? errorAlert(s, { message: failureMessage(m, s, failure), retryIn: flow.countdown.remaining, ...(retryable(failure) ? { onRetry: () => flow.submit() } : {}) }) : nothing}
    ${actions(flow, m.submit, flow.busy)}
  </form>`;
}

const VIEWS: Record<Step, (flow: BookingFlow) => TemplateResult> = {
  round: roundStep,
  applicant: applicantStep,
  building: buildingStep,
  contact: contactStep,
  review: reviewStep,
};

/** The current step with the progress above it. */
export function renderSteps(flow: BookingFlow): TemplateResult {
  return html`${progress(flow)}${VIEWS[flow.step](flow)}`;
}

/** What the widget's status region says about the flow. */
export function flowStatus(flow: BookingFlow): { message: string; busy: boolean } {
  const m = flow.ctx.m();
  if (flow.outcome) return { message: flow.copied === 'copied' ? m.copied : flow.copied === 'failed' ? m.copyFailed : '', busy: false };
  if (flow.busy) return { message: m.sending, busy: true };
  if (flow.searching) return { message: m.searchingBuilding, busy: true };
  const waited = flow.countdown.over(flow.failure ?? flow.lookupFailure);
  if (waited) return { message: flow.ctx.shared().retryNow, busy: false };
  if (flow.step === 'building' && flow.building) return { message: m.buildingFoundStatus(addressOf(m, flow.building)), busy: false };
  return { message: '', busy: false };
}
