import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { unwrap } from '@sportello/sdk';
import { errorSummary, textField } from '../shared/controls';
import { controlStyles } from '../shared/controls.styles';
import { CountdownController } from '../shared/countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion, submitButton } from '../shared/feedback';
import { FieldErrorsController } from '../shared/field-errors-controller';
import { focusAfterUpdate } from '../shared/focus';
import { formatMoney, formatNumber } from '../shared/format';
import { sharedStyles } from '../shared/styles';
import { isSignedOut, SportelloOperatorElement } from '../operator/operator-element';
import type { RedemptionRequest, ShopRedemption } from '../operator/operator.types';
import { RedemptionCreatedEvent, RedemptionVoidedEvent } from './voucher-till.events';
import { answerUnknown, checkRedemptionInput, RedemptionKeys, voidWindowLeft, type TillFieldId } from './voucher-till.logic';
import { voucherTillMessages, type VoucherTillMessages } from './voucher-till.messages';
import { voucherTillStyles } from './voucher-till.styles';
import { receiptView, todayView } from './voucher-till.view';

/**
 * `<sportello-voucher-till>`: a participating shop's till for grocery vouchers ("buoni spesa"),
 * made for a phone at the counter. The cashier types the voucher code, the holder's codice fiscale
 * and the amount (`12,50` or `12.50`); the code's check character, the codice fiscale and the
 * amount are checked before any request. The receipt shows the credit before and after; the last
 * payment can be voided within 15 minutes (the receipt says until when); today's payments and
 * their total are listed below.
 *
 * Never charged twice: each payment has one `Idempotency-Key`, sent again when the cashier retries
 * after a network error, a timeout or a 5xx, so the API answers the first result.
 *
 * Signed in through `getToken` (a property, never an attribute):
 *
 * ```html
 * <sportello-voucher-till api-base="https://api.example.org/v1" partner-key="pk_..."></sportello-voucher-till>
 * <script type="module">document.querySelector('sportello-voucher-till').getToken = () => session.accessToken;</script>
 * ```
 *
 * @summary A shop's till for grocery vouchers.
 * @attr api-base - The API root, `/v1` included.
 * @attr partner-key - The partner's publishable key.
 * @attr lang - `it` or `en`; inherited from the page when unset.
 * @fires {RedemptionCreatedEvent} sportello-redemption-created - A payment was recorded; detail `{ redemptionId, amountCents }`.
 * @fires {RedemptionVoidedEvent} sportello-redemption-voided - A payment was voided; detail `{ redemptionId, amountCents }`.
 * @fires {SportelloErrorEvent} sportello-error - A request failed; detail `{ status, type }`.
 * @csspart signed-out - The "sign in" message shown without a token.
 * @csspart form - The till form.
 * @csspart field - Each field (label, hint, error, control).
 * @csspart label - Each label.
 * @csspart hint - Each hint.
 * @csspart input - Each control.
 * @csspart error - Each field's error message.
 * @csspart error-summary - The list of errors above the form.
 * @csspart submit - The charge button.
 * @csspart status - The polite live regions (with the progress bar while busy).
 * @csspart alert - An error that is not about one field.
 * @csspart retry - The retry button in an alert.
 * @csspart use-balance - "Charge € X" when the credit is not enough.
 * @csspart receipt - The last payment.
 * @csspart amount-charged - Its amount.
 * @csspart balance-before - The credit before it.
 * @csspart balance-after - The credit after it (after the void, once voided).
 * @csspart void-until - Until when it can be voided.
 * @csspart void - The void button.
 * @csspart void-confirm - The confirmation step of a void.
 * @csspart void-yes - Confirms the void.
 * @csspart void-no - Keeps the payment.
 * @csspart new-redemption - Clears the form for the next customer.
 * @csspart today - Today's payments.
 * @csspart today-total - Their count and total.
 * @csspart today-empty - "No payments today".
 * @csspart redemptions - The table of today's payments.
 */
export class SportelloVoucherTill extends SportelloOperatorElement {
  static override styles = [sharedStyles, controlStyles, voucherTillStyles];
  static override messages = [voucherTillMessages];

  @state() private voucherCode = '';
  @state() private taxCode = '';
  @state() private amount = '';
  @state() private receipt: ShopRedemption | undefined;
  @state() private failure: ErrorInfo | undefined;
  @state() private voidFailure: ErrorInfo | undefined;
  @state() private confirmingVoid = false;
  @state() private todayVersion = 0;
  @state() private todayFailure: ErrorInfo | undefined;

  #errors = new FieldErrorsController(this, { '/voucherCode': 'voucher-code', '/taxCode': 'tax-code', '/amountCents': 'amount' });
  #countdown = new CountdownController(this);
  #keys = new RedemptionKeys();
  #voidTimer: ReturnType<typeof setTimeout> | undefined;

  #redeem = new Task(this, {
    autoRun: false,
    task: async ([body, key]: [RedemptionRequest, string], { signal }) =>
      unwrap(this.api.POST('/operator/vouchers/redemptions', { body, params: { header: { 'Idempotency-Key': key } }, headers: await this.authorization(), signal })),
    onComplete: (redemption) => {
      this.#keys.settle();
      this.failure = undefined;
      this.voidFailure = undefined;
      this.confirmingVoid = false;
      this.receipt = redemption;
      // Emptied so that pressing "Charge" again cannot charge the same customer a second time.
      this.voucherCode = this.taxCode = this.amount = '';
      this.todayVersion++;
      this.dispatchEvent(new RedemptionCreatedEvent(redemption));
      focusAfterUpdate(this, '#receipt-title');
    },
    onError: (error) => {
      const info = this.describeFailure(error);
      if (info.kind === 'aborted') return;
      // Only a definite answer ends this payment; after any other failure a retry resends its key.
      if (!answerUnknown(info.kind)) this.#keys.settle();
      if (this.#errors.fromError(error)) void this.#errors.focusFirst();
      this.#countdown.waitFor(info);
      this.failure = info;
    },
  });

  #void = new Task(this, {
    autoRun: false,
    task: async ([redemptionId]: [string], { signal }) =>
      unwrap(this.api.POST('/operator/vouchers/redemptions/{redemptionId}/void', { params: { path: { redemptionId } }, body: {}, headers: await this.authorization(), signal })),
    onComplete: (redemption) => {
      this.voidFailure = undefined;
      this.confirmingVoid = false;
      this.receipt = redemption;
      this.todayVersion++;
      this.dispatchEvent(new RedemptionVoidedEvent(redemption));
      focusAfterUpdate(this, '#receipt-title');
    },
    onError: (error) => {
      const info = this.describeFailure(error);
      if (info.kind !== 'aborted') this.voidFailure = info;
    },
  });

  #today = new Task(this, {
    args: () => [this.getToken, this.client, this.apiBase, this.partnerKey, this.todayVersion] as const,
    task: async ([getToken], { signal }) => {
      if (!getToken) return undefined;
      return unwrap(this.api.GET('/operator/vouchers/redemptions', { headers: await this.authorization(), signal }));
    },
    onComplete: () => (this.todayFailure = undefined),
    onError: (error) => {
      const info = this.describeFailure(error);
      if (info.kind !== 'aborted') this.todayFailure = info;
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#voidTimer);
    // Nothing typed outlives the widget on the page.
    this.voucherCode = this.taxCode = this.amount = '';
    this.receipt = this.failure = this.voidFailure = undefined;
    this.#errors.clear();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has('receipt')) return;
    // Re-render when the void window closes, so the void button goes away on time.
    clearTimeout(this.#voidTimer);
    const left = this.receipt && !this.receipt.voided ? voidWindowLeft(this.receipt.voidableUntil, Date.now()) : 0;
    if (left > 0) this.#voidTimer = setTimeout(() => this.requestUpdate(), Math.min(left + 50, 2 ** 31 - 1));
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#redeem.status === TaskStatus.PENDING || this.#countdown.running) return;
    this.#errors.clear();
    this.failure = undefined;
    const input = checkRedemptionInput(this.voucherCode, this.taxCode, this.amount);
    if (!input.ok) {
      for (const [id, code] of Object.entries(input.errors)) this.#errors.set(id, code);
      void this.#errors.focusFirst();
      return;
    }
    void this.#redeem.run([input.body, this.#keys.keyFor(input.body)]);
  }

  #newRedemption = () => {
    this.receipt = undefined;
    this.failure = this.voidFailure = undefined;
    this.confirmingVoid = false;
    focusAfterUpdate(this, '#voucher-code');
  };

  #useBalance(balanceCents: number): void {
    this.amount = formatNumber(this.locale, balanceCents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
    focusAfterUpdate(this, '#amount');
  }

  #error(id: TillFieldId, m: VoucherTillMessages): string | undefined {
    const code = this.#errors.get(id);
    if (!code) return undefined;
    const own = id === 'voucher-code' ? m.voucherCodeErrors : id === 'tax-code' ? m.taxCodeErrors : m.amountErrors;
    return own[code as keyof typeof own] ?? this.shared.fieldErrors[code];
  }

  /** A failure in words: the till's own outcomes first, then what every widget says. */
  #message(info: ErrorInfo, m: VoucherTillMessages): string {
    if (isSignedOut(info)) return m.sessionExpired;
    switch (info.type) {
      case 'urn:sportello:problem:voucher-not-found':
        return m.notFound;
      case 'urn:sportello:problem:voucher-not-active':
        return m.notActive;
      case 'urn:sportello:problem:insufficient-balance':
        return m.insufficient(formatMoney(this.locale, info.error?.problem?.balanceCents ?? 0));
      case 'urn:sportello:problem:forbidden':
        return m.forbidden;
      case 'urn:sportello:problem:void-window-closed':
        return m.voidWindowClosed;
    }
    if (answerUnknown(info.kind) && info.kind !== 'rate-limited' && info.kind !== 'unavailable') return `${sharedErrorMessage(this.shared, info)} ${m.unknownOutcome}`;
    return sharedErrorMessage(this.shared, info) ?? this.shared.problems.unexpected;
  }

  #alert(m: VoucherTillMessages) {
    const info = this.failure;
    if (!info || (info.kind === 'validation' && this.#errors.size > 0)) return nothing;
    const balance = info.type === 'urn:sportello:problem:insufficient-balance' ? info.error?.problem?.balanceCents : undefined;
    return html`${errorAlert(this.shared, {
      message: this.#message(info, m),
      retryIn: this.#countdown.remaining,
      ...(answerUnknown(info.kind) || isSignedOut(info) ? { onRetry: () => this.renderRoot.querySelector('form')?.requestSubmit() } : {}),
    })}${balance
      ? html`<button part="use-balance" class="button" type="button" @click=${() => this.#useBalance(balance)}>${m.useBalance(formatMoney(this.locale, balance))}</button>`
      : nothing}`;
  }

  #status(m: VoucherTillMessages): string {
    if (this.#redeem.status === TaskStatus.PENDING) return m.redeeming;
    if (this.receipt && !this.receipt.voided) return m.redeemed(formatMoney(this.locale, this.receipt.amountCents));
    if (this.#countdown.over(this.failure)) return this.shared.retryNow;
    return '';
  }

  #form(m: VoucherTillMessages) {
    const s = this.shared;
    const pending = this.#redeem.status === TaskStatus.PENDING;
    const summary = this.#errors.ids.map((id) => ({ id, message: this.#error(id as TillFieldId, m) ?? '' }));
    const common = { required: true, autocomplete: 'off', spellcheck: false, maxlength: 20, size: 18 } as const;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <p class="muted">${m.intro}</p>
      ${errorSummary(s, summary)}
      ${textField(s, { ...common, id: 'voucher-code', label: m.voucherCode, hint: m.voucherCodeHint, error: this.#error('voucher-code', m), value: this.voucherCode, autocapitalize: 'characters', onInput: (v) => (this.voucherCode = v) })}
      ${textField(s, { ...common, id: 'tax-code', label: m.taxCode, hint: m.taxCodeHint, error: this.#error('tax-code', m), value: this.taxCode, autocapitalize: 'characters', onInput: (v) => (this.taxCode = v) })}
      ${textField(s, { ...common, id: 'amount', label: m.amount, hint: m.amountHint, error: this.#error('amount', m), value: this.amount, inputmode: 'decimal', maxlength: 12, size: 10, onInput: (v) => (this.amount = v) })}
      ${this.#alert(m)} ${submitButton({ label: m.submit, busy: pending })} ${statusRegion({ message: this.#status(m), busy: pending })}
    </form>`;
  }

  protected override render() {
    const m = this.t(voucherTillMessages);
    if (!this.getToken) {
      return html`<div class="widget" lang=${this.locale}>
        <section part="signed-out" class="panel" aria-labelledby="signed-out-title">
          <h2 id="signed-out-title">${m.signedOutTitle}</h2>
          <p>${m.signedOut}</p>
        </section>
      </div>`;
    }
    const today = this.#today;
    const todayError = today.status === TaskStatus.ERROR ? this.todayFailure : undefined;
    return html`<div class="widget" lang=${this.locale}>
      <h2>${m.title}</h2>
      ${this.#form(m)}
      ${this.receipt
        ? receiptView({
            m,
            lang: this.locale,
            redemption: this.receipt,
            voidable: voidWindowLeft(this.receipt.voidableUntil, Date.now()) > 0,
            confirming: this.confirmingVoid,
            voiding: this.#void.status === TaskStatus.PENDING,
            voidError: this.voidFailure ? this.#message(this.voidFailure, m) : undefined,
            onVoid: () => {
              this.confirmingVoid = true;
              this.voidFailure = undefined;
              focusAfterUpdate(this, '[part=void-no]');
            },
            onConfirm: () => {
              if (this.receipt && this.#void.status !== TaskStatus.PENDING) void this.#void.run([this.receipt.redemptionId]);
            },
            onCancel: () => {
              this.confirmingVoid = false;
              focusAfterUpdate(this, '[part=void]');
            },
            onNew: this.#newRedemption,
          })
        : nothing}
      ${todayView({
        m,
        s: this.shared,
        lang: this.locale,
        list: today.value,
        loading: today.status === TaskStatus.PENDING,
        error: todayError ? `${m.todayFailed} ${this.#message(todayError, m)}` : undefined,
        onRetry: () => void today.run(),
      })}
    </div>`;
  }
}
