/**
 * Form controls as Lit templates, rendered inside the widget's own shadow root.
 *
 * They are templates, not custom elements, on purpose: `aria-describedby`, `for` and the error
 * summary's links refer to ids, and ids do not cross shadow roots. Rendering label, hint, control
 * and error in the same root as the form keeps every reference valid and the controls
 * form-associated for free. Every piece carries a `part` named by its role (`field`, `label`,
 * `hint`, `input`, `error`, `submit`, `status`, `alert`, `error-summary`) so partners can restyle it.
 * Style them with `controlStyles` (`./controls.styles`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { focusControl } from './focus';
import type { SharedMessages } from './messages';

/** What every field shows around its control. */
export interface FieldOptions {
  /** The control's id; the hint's and error's ids are derived from it. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** A localized error message; when present the control is `aria-invalid`. */
  error?: string | undefined;
  /** Shows "(obbligatorio)" and sets `aria-required`. */
  required?: boolean;
  /** Shows "(facoltativo)". */
  optional?: boolean;
}

/** The ARIA wiring a custom control receives from `field()`. */
export interface FieldWiring {
  id: string;
  describedBy: string | undefined;
  invalid: 'true' | undefined;
  required: 'true' | undefined;
}

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

function wiring(o: FieldOptions): FieldWiring {
  const ids = [o.hint ? hintId(o.id) : '', o.error ? errorId(o.id) : ''].filter(Boolean).join(' ');
  return { id: o.id, describedBy: ids || undefined, invalid: o.error ? 'true' : undefined, required: o.required ? 'true' : undefined };
}

function marker(m: SharedMessages, o: FieldOptions) {
  if (o.required) return html` <span class="marker">${m.required}</span>`;
  if (o.optional) return html` <span class="marker">${m.optional}</span>`;
  return nothing;
}

function hintAndError(m: SharedMessages, o: FieldOptions) {
  return html`${o.hint ? html`<p part="hint" class="hint" id=${hintId(o.id)}>${o.hint}</p>` : nothing}${o.error
    ? html`<p part="error" class="error" id=${errorId(o.id)}><span class="visually-hidden">${m.errorPrefix} </span>${o.error}</p>`
    : nothing}`;
}

/**
 * Label, hint, error and any control: `control` receives the ids and ARIA values to put on it.
 * Use it for controls the helpers below do not cover.
 */
export function field(m: SharedMessages, o: FieldOptions, control: (w: FieldWiring) => unknown): TemplateResult {
  return html`<div part="field" class="field ${o.error ? 'field--invalid' : ''}">
    <label part="label" class="label" for=${o.id}>${o.label}${marker(m, o)}</label>
    ${hintAndError(m, o)} ${control(wiring(o))}
  </div>`;
}

/** A single-line text input. */
export interface TextFieldOptions extends FieldOptions {
  name?: string;
  value: string;
  type?: 'text' | 'email' | 'tel' | 'search' | 'number' | 'date' | 'url';
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'tel' | 'email' | 'decimal' | 'search' | 'url';
  maxlength?: number;
  /** Width hint in characters (`size`); the input never grows past its container. */
  size?: number;
  spellcheck?: boolean;
  autocapitalize?: 'off' | 'characters' | 'words' | 'sentences';
  onInput: (value: string) => void;
}

/** A labelled text input with hint and error. */
export function textField(m: SharedMessages, o: TextFieldOptions): TemplateResult {
  return field(
    m,
    o,
    (w) => html`<input
      part="input"
      class="input"
      id=${w.id}
      name=${o.name ?? o.id}
      type=${o.type ?? 'text'}
      .value=${live(o.value)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      maxlength=${ifDefined(o.maxlength)}
      size=${ifDefined(o.size)}
      spellcheck=${ifDefined(o.spellcheck === undefined ? undefined : String(o.spellcheck))}
      autocapitalize=${ifDefined(o.autocapitalize)}
      aria-describedby=${ifDefined(w.describedBy)}
      aria-invalid=${ifDefined(w.invalid)}
      aria-required=${ifDefined(w.required)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />`,
  );
}

/** A multi-line text input. */
export interface TextAreaFieldOptions extends FieldOptions {
  name?: string;
  value: string;
  rows?: number;
  maxlength?: number;
  onInput: (value: string) => void;
}

/** A labelled textarea with hint and error. */
export function textAreaField(m: SharedMessages, o: TextAreaFieldOptions): TemplateResult {
  return field(
    m,
    o,
    (w) => html`<textarea
      part="input"
      class="input"
      id=${w.id}
      name=${o.name ?? o.id}
      rows=${o.rows ?? 4}
      maxlength=${ifDefined(o.maxlength)}
      .value=${live(o.value)}
      aria-describedby=${ifDefined(w.describedBy)}
      aria-invalid=${ifDefined(w.invalid)}
      aria-required=${ifDefined(w.required)}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  );
}

/** One option of a select or radio group. */
export interface Choice {
  value: string;
  label: string;
}

/** A native select. */
export interface SelectFieldOptions extends FieldOptions {
  name?: string;
  value: string;
  options: readonly Choice[];
  /** A first, empty option ("Scegli…"); its value is `''`. */
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A labelled native select with hint and error. */
export function selectField(m: SharedMessages, o: SelectFieldOptions): TemplateResult {
  return field(
    m,
    o,
    (w) => html`<select
      part="input"
      class="input"
      id=${w.id}
      name=${o.name ?? o.id}
      aria-describedby=${ifDefined(w.describedBy)}
      aria-invalid=${ifDefined(w.invalid)}
      aria-required=${ifDefined(w.required)}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.placeholder !== undefined ? html`<option value="" ?selected=${o.value === ''}>${o.placeholder}</option>` : nothing}
      ${o.options.map((c) => html`<option value=${c.value} ?selected=${c.value === o.value}>${c.label}</option>`)}
    </select>`,
  );
}

/** A single checkbox (e.g. a consent). */
export interface CheckboxFieldOptions extends FieldOptions {
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label beside it, hint and error below. */
export function checkboxField(m: SharedMessages, o: CheckboxFieldOptions): TemplateResult {
  const w = wiring(o);
  return html`<div part="field" class="field field--choice ${o.error ? 'field--invalid' : ''}">
    ${hintAndError(m, o)}
    <div class="choice">
      <input
        part="input"
        type="checkbox"
        id=${w.id}
        name=${o.name ?? o.id}
        .checked=${live(o.checked)}
        aria-describedby=${ifDefined(w.describedBy)}
        aria-invalid=${ifDefined(w.invalid)}
        aria-required=${ifDefined(w.required)}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <label part="label" class="label" for=${w.id}>${o.label}${marker(m, o)}</label>
    </div>
  </div>`;
}

/** A group of radio buttons. */
export interface RadioGroupFieldOptions extends FieldOptions {
  name?: string;
  value: string;
  options: readonly Choice[];
  onChange: (value: string) => void;
}

/**
 * A fieldset with `role="radiogroup"`: the legend labels it, `aria-invalid` and
 * `aria-describedby` sit on the group, and focusing its id focuses the checked (or first) radio.
 */
export function radioGroupField(m: SharedMessages, o: RadioGroupFieldOptions): TemplateResult {
  const w = wiring(o);
  const name = o.name ?? o.id;
  return html`<fieldset
    part="field"
    class="field fieldset ${o.error ? 'field--invalid' : ''}"
    id=${w.id}
    role="radiogroup"
    aria-describedby=${ifDefined(w.describedBy)}
    aria-invalid=${ifDefined(w.invalid)}
    aria-required=${ifDefined(w.required)}
  >
    <legend part="label" class="label">${o.label}${marker(m, o)}</legend>
    ${hintAndError(m, o)}
    ${o.options.map(
      (c, i) => html`<div class="choice">
        <input
          part="input"
          type="radio"
          id=${`${w.id}-${i}`}
          name=${name}
          value=${c.value}
          .checked=${live(c.value === o.value)}
          @change=${() => o.onChange(c.value)}
        />
        <label for=${`${w.id}-${i}`}>${c.label}</label>
      </div>`,
    )}
  </fieldset>`;
}

/** One entry of the error summary: the control's id and its message. */
export interface SummaryEntry {
  id: string;
  message: string;
}

/**
 * The list of a form's errors, announced as an alert, each a link that moves focus to its field.
 * Renders nothing when there are no errors.
 */
export function errorSummary(m: SharedMessages, entries: readonly SummaryEntry[]): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const go = (id: string) => (e: Event) => {
    e.preventDefault();
    const root = (e.currentTarget as Element).getRootNode() as ShadowRoot | Document;
    focusControl(root.getElementById(id));
  };
  return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1">
    <div role="heading" aria-level="2" class="error-summary__title">${m.errorSummaryHeading(entries.length)}</div>
    <ul>
      ${entries.map((x) => html`<li><a href=${`#${x.id}`} @click=${go(x.id)}>${x.message}</a></li>`)}
    </ul>
  </div>`;
}
