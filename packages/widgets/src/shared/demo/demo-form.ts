import { css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { unwrap } from '@sportello/sdk';
import { checkCode, checkTaxCode } from '@sportello/sdk/checks';
import { checkboxField, errorSummary, textField } from '../controls';
import { controlStyles } from '../controls.styles';
import { CountdownController } from '../countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../errors';
import { errorAlert, statusRegion, submitButton } from '../feedback';
import { FieldErrorsController } from '../field-errors-controller';
import { formatMoney } from '../format';
import { SportelloElement } from '../sportello-element';
import { sharedStyles } from '../styles';
import { demoFormMessages } from './demo-form.messages';

type FieldId = 'voucher-code' | 'tax-code' | 'consent';

/**
 * A sampler of the shared foundation, not a product widget: a small voucher check that uses
 * every shared control, the field-error mapping, the status region and the 429 countdown. The
 * foundation's browser tests and the Storybook "Foundation" stories render it.
 *
 * @csspart form - The form.
 * @csspart field - Each field (label, hint, error, control).
 * @csspart label - Each label.
 * @csspart hint - Each hint.
 * @csspart input - Each control.
 * @csspart error - Each field's error message.
 * @csspart error-summary - The list of errors above the form.
 * @csspart submit - The submit button.
 * @csspart status - The polite live region with the progress bar.
 * @csspart alert - An error that is not about one field.
 * @csspart retry - The retry button in an alert.
 */
export class SportelloDemoForm extends SportelloElement {
  static override messages = [demoFormMessages];
  static override styles = [
    sharedStyles,
    controlStyles,
    css`
      h2 {
        margin: 0 0 var(--_space-2);
        font-size: 1.25em;
      }
    `,
  ];

  @state() private voucherCode = '';
  @state() private taxCode = '';
  @state() private consent = false;
  @state() private failure: ErrorInfo | undefined;

  #errors = new FieldErrorsController(this, { '/voucherCode': 'voucher-code', '/taxCode': 'tax-code' });
  #countdown = new CountdownController(this);

  #check = new Task(this, {
    autoRun: false,
    task: async ([voucherCode, taxCode]: [string, string], { signal }) =>
      unwrap(this.api.POST('/vouchers/checks', { body: { voucherCode, taxCode }, signal })),
    onComplete: () => {
      this.failure = undefined;
    },
    onError: (error) => {
      const info = this.reportError(error);
      if (info.kind === 'aborted') return;
      if (this.#errors.fromError(error)) void this.#errors.focusFirst();
      this.#countdown.waitFor(info);
      this.failure = info;
    },
  });

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#check.status === TaskStatus.PENDING || this.#countdown.running) return;
    const code = checkCode('BS', this.voucherCode);
    const tax = checkTaxCode(this.taxCode);
    this.#errors.clear();
    this.failure = undefined;
    if (!code.ok) this.#errors.set('voucher-code', code.code);
    if (!tax.ok) this.#errors.set('tax-code', tax.code);
    if (!this.consent) this.#errors.set('consent', 'consent-required');
    if (!code.ok || !tax.ok || !this.consent) {
      void this.#errors.focusFirst();
      return;
    }
    void this.#check.run([code.value, tax.value]);
  }

  #error(id: FieldId): string | undefined {
    const code = this.#errors.get(id);
    return code && this.shared.fieldErrors[code];
  }

  #alert() {
    const info = this.failure;
    if (!info || info.kind === 'validation') return '';
    const m = this.t(demoFormMessages);
    const message = info.type === 'urn:sportello:problem:voucher-not-found' ? m.notFound : sharedErrorMessage(this.shared, info) ?? this.shared.problems.unexpected;
    return errorAlert(this.shared, {
      message,
      retryIn: this.#countdown.remaining,
      ...(info.kind === 'problem' ? {} : { onRetry: () => this.renderRoot.querySelector('form')?.requestSubmit() }),
    });
  }

  #status(): string {
    const m = this.t(demoFormMessages);
    if (this.#check.status === TaskStatus.PENDING) return m.checking;
    if (this.#check.status === TaskStatus.COMPLETE && this.#check.value) return m.found(formatMoney(this.locale, this.#check.value.balanceCents));
    if (this.#countdown.over(this.failure)) return this.shared.retryNow;
    return '';
  }

  protected override render() {
    const m = this.t(demoFormMessages);
    const s = this.shared;
    const summary = this.#errors.ids.map((id) => ({ id, message: this.#error(id as FieldId) ?? '' }));
    return html`<form part="form" novalidate lang=${this.locale} @submit=${this.#submit}>
      <h2>${m.title}</h2>
      <p class="hint">${m.intro}</p>
      ${errorSummary(s, summary)}
      ${textField(s, {
        id: 'voucher-code',
        label: m.voucherCode,
        hint: m.voucherCodeHint,
        error: this.#error('voucher-code'),
        required: true,
        value: this.voucherCode,
        autocapitalize: 'characters',
        spellcheck: false,
        autocomplete: 'off',
        size: 16,
        onInput: (v) => (this.voucherCode = v),
      })}
      ${textField(s, {
        id: 'tax-code',
        label: m.taxCode,
        hint: m.taxCodeHint,
        error: this.#error('tax-code'),
        required: true,
        value: this.taxCode,
        autocapitalize: 'characters',
        spellcheck: false,
        autocomplete: 'off',
        maxlength: 20,
        size: 18,
        onInput: (v) => (this.taxCode = v),
      })}
      ${checkboxField(s, {
        id: 'consent',
        label: m.consent,
        error: this.#error('consent'),
        required: true,
        checked: this.consent,
        onChange: (v) => (this.consent = v),
      })}
      ${this.#alert()} ${submitButton({ label: m.submit, busy: this.#check.status === TaskStatus.PENDING })}
      ${statusRegion({ message: this.#status(), busy: this.#check.status === TaskStatus.PENDING })}
    </form>`;
  }
}
