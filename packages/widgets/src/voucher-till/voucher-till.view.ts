/**
 * Templates of `<sportello-voucher-till>` below the form: the receipt of the last redemption (with
 * its void, confirmed first) and today's redemptions with their total.
 */
import { html, nothing } from 'lit';
import { errorAlert, statusRegion } from '../shared/feedback';
import { formatMoney, formatTime } from '../shared/format';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import type { ShopRedemption, ShopRedemptionList } from '../operator/operator.types';
import type { VoucherTillMessages } from './voucher-till.messages';

/** What the receipt needs. */
export interface ReceiptOptions {
  m: VoucherTillMessages;
  lang: Lang;
  redemption: ShopRedemption;
  /** The void window is still open. */
  voidable: boolean;
  /** The "are you sure?" step is showing. */
  confirming: boolean;
  voiding: boolean;
  /** A localized message when the void failed. */
  voidError: string | undefined;
  onVoid: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  onNew: () => void;
}

const fact = (term: string, value: string, part?: string) =>
  html`<div class="fact"><dt>${term}</dt><dd part=${part ?? nothing}>${value}</dd></div>`;

/** The last redemption: amount, credit before and after, time, and its void. */
export function receiptView(o: ReceiptOptions) {
  const { m, lang, redemption: r } = o;
  const money = (c: number) => formatMoney(lang, c);
  return html`<section part="receipt" class="panel ${r.voided ? 'panel--voided' : 'panel--done'}" aria-labelledby="receipt-title">
    <h3 id="receipt-title" tabindex="-1">${r.voided ? m.voidedTitle : m.receiptTitle}</h3>
    ${r.voided ? html`<p>${m.voidedText(money(r.amountCents))}</p>` : nothing}
    <dl class="facts">
      ${fact(m.amountCharged, money(r.amountCents), 'amount-charged')} ${fact(m.balanceBefore, money(r.balanceBeforeCents), 'balance-before')}
      ${fact(r.voided ? m.balanceNow : m.balanceAfter, money(r.balanceAfterCents), 'balance-after')} ${fact(m.voucher, r.voucherCode)}
      ${fact(m.at, formatTime(lang, r.redeemedAt))}
    </dl>
    ${r.voided
      ? nothing
      : o.voidable
        ? html`<p class="muted" part="void-until">${m.voidUntil(formatTime(lang, r.voidableUntil))}</p>
            ${o.confirming
              ? html`<div part="void-confirm" class="confirm" role="group" aria-labelledby="void-question">
                  <p id="void-question">${m.voidConfirm(money(r.amountCents))}</p>
                  <div class="actions">
                    <button part="void-yes" class="button button--primary" type="button" aria-disabled=${o.voiding ? 'true' : 'false'} @click=${o.onConfirm}>${m.voidYes}</button>
                    <button part="void-no" class="button" type="button" @click=${o.onCancel}>${m.voidNo}</button>
                  </div>
                </div>`
              : html`<button part="void" class="button" type="button" @click=${o.onVoid}>${m.void}</button>`}`
        : html`<p class="muted" part="void-until">${m.voidClosed}</p>`}
    ${o.voidError ? html`<div part="alert" class="alert" role="alert"><p>${o.voidError}</p></div>` : nothing}
    ${statusRegion({ message: o.voiding ? m.voiding : '', busy: o.voiding })}
    <button part="new-redemption" class="button" type="button" @click=${o.onNew}>${m.newRedemption}</button>
  </section>`;
}

/** What today's panel needs. */
export interface TodayOptions {
  m: VoucherTillMessages;
  s: SharedMessages;
  lang: Lang;
  list: ShopRedemptionList | undefined;
  loading: boolean;
  /** A localized message when the list could not be loaded. */
  error: string | undefined;
  onRetry: () => void;
}

/** Today's redemptions (newest first) and their total. */
export function todayView(o: TodayOptions) {
  const { m, lang, list } = o;
  const money = (c: number) => formatMoney(lang, c);
  let body: unknown = nothing;
  if (o.error) body = errorAlert(o.s, { message: o.error, onRetry: o.onRetry });
  else if (list && list.items.length === 0) body = html`<p class="muted" part="today-empty">${m.todayEmpty}</p>`;
  else if (list)
    body = html`<p part="today-total" class="total">${m.todayTotal(list.count, money(list.totalCents))}</p>
      <div class="table-wrap">
        <table part="redemptions">
          <caption class="visually-hidden">${m.todayTitle}</caption>
          <thead>
            <tr><th scope="col">${m.at}</th><th scope="col">${m.voucher}</th><th scope="col" class="num">${m.amountCharged}</th><th scope="col">${m.state}</th></tr>
          </thead>
          <tbody>
            ${list.items.map(
              (r) => html`<tr class=${r.voided ? 'voided' : ''}>
                <td>${formatTime(lang, r.redeemedAt)}</td>
                <td class="code">${r.voucherCode}</td>
                <td class="num">${money(r.amountCents)}</td>
                <td>${r.voided ? m.stateVoided : m.stateKept}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  return html`<section part="today" class="panel" aria-labelledby="today-title" aria-busy=${o.loading ? 'true' : 'false'}>
    <h3 id="today-title">${m.todayTitle}</h3>
    ${statusRegion({ message: o.loading ? m.todayLoading : '', busy: o.loading })} ${body}
  </section>`;
}
