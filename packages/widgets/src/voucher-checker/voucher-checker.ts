import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { unwrap, type Voucher, type VoucherCheckRequest } from '@sportello/sdk';
import { errorSummary, textField } from '../shared/controls';
import { controlStyles } from '../shared/controls.styles';
import { CountdownController } from '../shared/countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion, submitButton } from '../shared/feedback';
import { FieldErrorsController } from '../shared/field-errors-controller';
import { focusAfterUpdate } from '../shared/focus';
import { romeDay } from '../shared/format';
import { SportelloElement } from '../shared/sportello-element';
import { sharedStyles } from '../shared/styles';
import { VoucherCheckedEvent } from './voucher-checker.events';
import { canSpend, checkVoucherInput, type VoucherFieldId } from './voucher-checker.logic';
import { voucherCheckerMessages, type VoucherCheckerMessages } from './voucher-checker.messages';
import { voucherCheckerStyles } from './voucher-checker.styles';
import { voucherResult } from './voucher-result';
import { VoucherShopsController } from './voucher-shops';

/**
 * `<sportello-voucher-checker>`: the holder of a grocery voucher ("buono spesa") types its code
 * and their codice fiscale and sees its state, credit, expiry, recent purchases and the
 * participating shops near them (by the voucher's district or a CAP they type).
 *
 * A mistyped code is caught by its check character before any request. An unknown code and a
 * code of someone else read the same. Nothing typed is stored (no storage, no URL) and every
 * field is emptied when the element leaves the page.
 *
 * ```html
 * <sportello-voucher-checker api-base="https://api.example.org/v1" partner-key="pk_..."></sportello-voucher-checker>
 * ```
 *
 * @summary Grocery-voucher balance checker.
 * @attr api-base - The API root, `/v1` included.
 * @attr partner-key - The partner's publishable key.
 * @attr lang - `it` or `en`; inherited from the page when unset.
 * @fires {VoucherCheckedEvent} sportello-voucher-checked - A voucher was found; detail `{ status, balanceCents, expiresOn }` (no code, no codice fiscale).
 * @fires {SportelloErrorEvent} sportello-error - A request failed; detail `{ status, type }`.
 * @csspart form - The check form.
 * @csspart field - Each field (label, hint, error, control).
 * @csspart label - Each label.
 * @csspart hint - Each hint.
 * @csspart input - Each control.
 * @csspart error - Each field's error message.
 * @csspart error-summary - The list of errors above the form.
 * @csspart submit - The check button.
 * @csspart status - The polite live regions (with the progress bar while busy).
 * @csspart alert - An error that is not about one field.
 * @csspart retry - The retry button in an alert.
 * @csspart result - The voucher panel.
 * @csspart state - The state badge (icon and word).
 * @csspart balance - The credit left.
 * @csspart expiry-warning - "Expires in N days", when close.
 * @csspart redemptions - The table of recent purchases.
 * @csspart check-another - The button that clears the form for another voucher.
 * @csspart shops-section - The participating shops.
 * @csspart shops-form - The CAP search.
 * @csspart search - The CAP search button.
 * @csspart back-to-district - Back from a CAP to the voucher's district.
 * @csspart shops - The list of shops.
 * @csspart shop - One shop.
 * @cssprop --sportello-voucher-checker-state-active - Colour of the "active" badge. Default: the success colour.
 * @cssprop --sportello-voucher-checker-state-inactive - Colour of the other badges. Default: the error colour.
 * @cssprop --sportello-voucher-checker-bar-height - Height of the credit bar. Default `0.5rem`.
 */
export class SportelloVoucherChecker extends SportelloElement {
  static override styles = [sharedStyles, controlStyles, voucherCheckerStyles];
  static override messages = [voucherCheckerMessages];

  @state() private voucherCode = '';
  @state() private taxCode = '';
  @state() private voucher: Voucher | undefined;
  @state() private failure: ErrorInfo | undefined;

  #errors = new FieldErrorsController(this, { '/voucherCode': 'voucher-code', '/taxCode': 'tax-code' });
  #countdown = new CountdownController(this);
  #shops = new VoucherShopsController(this, { api: () => this.api, lang: () => this.locale, report: (e) => this.reportError(e) });

  #check = new Task(this, {
    autoRun: false,
    task: async ([body]: [VoucherCheckRequest], { signal }) => unwrap(this.api.POST('/vouchers/checks', { body, signal })),
    onComplete: (voucher) => {
      this.failure = undefined;
      this.voucher = voucher;
      this.#shops.reset();
      this.#shops.district = canSpend(voucher.state, voucher.balanceCents) ? voucher.district : undefined;
      this.dispatchEvent(new VoucherCheckedEvent(voucher));
      focusAfterUpdate(this, '#result-title');
    },
    onError: (error) => {
      const info = this.reportError(error);
      if (info.kind === 'aborted') return;
      if (this.#errors.fromError(error)) void this.#errors.focusFirst();
      this.#countdown.waitFor(info);
      this.failure = info;
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing typed outlives the widget on the page.
    this.#clear();
  }

  #clear(): void {
    this.voucherCode = '';
    this.taxCode = '';
    this.voucher = undefined;
    this.failure = undefined;
    this.#errors.clear();
    this.#shops.reset();
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#check.status === TaskStatus.PENDING || this.#countdown.running) return;
    this.#errors.clear();
    this.failure = undefined;
    this.voucher = undefined;
    this.#shops.reset();
    const input = checkVoucherInput(this.voucherCode, this.taxCode);
    if (!input.ok) {
      for (const [id, code] of Object.entries(input.errors)) this.#errors.set(id, code);
      void this.#errors.focusFirst();
      return;
    }
    void this.#check.run([input.body]);
  }

  #checkAnother = () => {
    this.#clear();
    focusAfterUpdate(this, '#voucher-code');
  };

  #error(id: VoucherFieldId, m: VoucherCheckerMessages): string | undefined {
    const code = this.#errors.get(id);
    if (!code) return undefined;
    const own = id === 'voucher-code' ? m.voucherCodeErrors : m.taxCodeErrors;
    return own[code as keyof typeof own] ?? this.shared.fieldErrors[code];
  }

  #alert(m: VoucherCheckerMessages) {
    const info = this.failure;
    if (!info || (info.kind === 'validation' && this.#errors.size > 0)) return nothing;
    const notFound = info.type === 'urn:sportello:problem:voucher-not-found';
    const message = notFound ? m.notFound : (sharedErrorMessage(this.shared, info) ?? this.shared.problems.unexpected);
    return errorAlert(this.shared, {
      message,
      retryIn: this.#countdown.remaining,
      ...(notFound || info.kind === 'validation' ? {} : { onRetry: () => this.renderRoot.querySelector('form')?.requestSubmit() }),
    });
  }

  #status(m: VoucherCheckerMessages): string {
    if (this.#check.status === TaskStatus.PENDING) return m.checking;
    if (this.voucher) return m.checked;
    if (this.#countdown.over(this.failure)) return this.shared.retryNow;
    return '';
  }

  protected override render() {
    const m = this.t(voucherCheckerMessages);
    const s = this.shared;
    const pending = this.#check.status === TaskStatus.PENDING;
    const summary = this.#errors.ids.map((id) => ({ id, message: this.#error(id as VoucherFieldId, m) ?? '' }));
    return html`<div class="widget" lang=${this.locale}>
      <form part="form" novalidate @submit=${this.#submit}>
        <h2>${m.title}</h2>
        <p class="muted">${m.intro}</p>
        ${errorSummary(s, summary)}
        ${textField(s, {
          id: 'voucher-code',
          label: m.voucherCode,
          hint: m.voucherCodeHint,
          error: this.#error('voucher-code', m),
          required: true,
          value: this.voucherCode,
          autocomplete: 'off',
          autocapitalize: 'characters',
          spellcheck: false,
          maxlength: 20,
          size: 18,
          onInput: (v) => (this.voucherCode = v),
        })}
        ${textField(s, {
          id: 'tax-code',
          label: m.taxCode,
          hint: m.taxCodeHint,
          error: this.#error('tax-code', m),
          required: true,
          value: this.taxCode,
          autocomplete: 'off',
          autocapitalize: 'characters',
          spellcheck: false,
          maxlength: 20,
          size: 18,
          onInput: (v) => (this.taxCode = v),
        })}
        <p class="muted privacy">${m.privacy}</p>
        ${this.#alert(m)} ${submitButton({ label: m.submit, busy: pending })}
        ${statusRegion({ message: this.#status(m), busy: pending })}
      </form>
      ${this.voucher
        ? voucherResult({ m, lang: this.locale, today: romeDay(new Date()), onCheckAnother: this.#checkAnother }, this.voucher)
        : nothing}
      ${this.voucher && this.#shops.district ? this.#shops.render(m, s, this.locale) : nothing}
    </div>`;
  }
}
