/**
 * The voucher, as its holder sees it: state in words and with an icon, credit, expiry and recent
 * purchases. Templates only; the element owns the state.
 */
import { html, nothing } from 'lit';
import type { Voucher } from '@sportello/sdk';
import { formatDate, formatDateTime, formatMoney } from '../shared/format';
import type { Lang } from '../shared/i18n';
import { styleProps } from '../shared/style-props';
import { STATE_ICONS, balancePercent, expiryNotice } from './voucher-checker.logic';
import type { VoucherCheckerMessages } from './voucher-checker.messages';

/** What the result needs from the element. */
export interface ResultContext {
  m: VoucherCheckerMessages;
  lang: Lang;
  /** Today in Rome, `YYYY-MM-DD`. */
  today: string;
  onCheckAnother: () => void;
}

function expiry(c: ResultContext, v: Voucher) {
  const date = formatDate(c.lang, `${v.expiresOn}T12:00:00Z`, { day: 'numeric', month: 'long', year: 'numeric' });
  const notice = expiryNotice(v.state, v.expiresOn, c.today);
  if (notice.kind === 'past') return html`<span>${c.m.expiredOn(date)}</span>`;
  return html`<span>${c.m.expiresOn(date)}</span>${notice.kind === 'soon'
      ? html` <strong part="expiry-warning" class="expiry-warning"><span aria-hidden="true">⚠ </span>${c.m.expiresIn(notice.days)}</strong>`
      : nothing}`;
}

function redemptions(c: ResultContext, v: Voucher) {
  const { m, lang } = c;
  if (v.redemptions.length === 0) return html`<h4 class="subheading">${m.redemptions}</h4><p class="muted">${m.noRedemptions}</p>`;
  return html`<h4 class="subheading" id="redemptions-title">${m.redemptions}</h4>
    <table part="redemptions" class="redemptions" aria-labelledby="redemptions-title">
      <thead>
        <tr>
          <th scope="col">${m.date}</th>
          <th scope="col">${m.shop}</th>
          <th scope="col" class="num">${m.amount}</th>
        </tr>
      </thead>
      <tbody>
        ${v.redemptions.map(
          (r) => html`<tr>
            <td>${formatDateTime(lang, r.redeemedAt)}</td>
            <td>${r.shopName}</td>
            <td class="num">${formatMoney(lang, r.amountCents)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The result panel; its heading takes focus when it appears. */
export function voucherResult(c: ResultContext, v: Voucher) {
  const { m, lang } = c;
  const pct = balancePercent(v.balanceCents, v.faceValueCents);
  return html`<section part="result" class="result result--${v.state}" aria-labelledby="result-title">
    <h3 id="result-title" class="result__title" tabindex="-1">${m.resultTitle}</h3>
    <dl class="facts">
      <div class="fact">
        <dt>${m.state}</dt>
        <dd>
          <span part="state" class="state state--${v.state}"
            ><span class="state__icon" aria-hidden="true">${STATE_ICONS[v.state]}</span> ${m.states[v.state]}</span
          >
          <span class="fact__help">${m.stateHelp[v.state]}</span>
        </dd>
      </div>
      <div class="fact">
        <dt>${m.balance}</dt>
        <dd>
          <span part="balance" class="balance">${formatMoney(lang, v.balanceCents)}</span>
          <span class="bar" aria-hidden="true"><span class="bar__fill" ${styleProps({ width: `${pct}%` })}></span></span>
        </dd>
      </div>
      <div class="fact">
        <dt>${m.faceValue}</dt>
        <dd>${formatMoney(lang, v.faceValueCents)}</dd>
      </div>
      <div class="fact">
        <dt>${m.expiry}</dt>
        <dd>${expiry(c, v)}</dd>
      </div>
    </dl>
    ${redemptions(c, v)}
    <button part="check-another" class="button" type="button" @click=${c.onCheckAnother}>${m.checkAnother}</button>
  </section>`;
}
