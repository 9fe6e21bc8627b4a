/**
 * Participating shops near the holder: first those of the voucher's district, then, if the
 * person types one, those of a CAP. A reactive controller with its own task, so the element
 * stays small.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { unwrap, type FieldErrorCode, type Shop, type SportelloClient } from '@sportello/sdk';
import { textField } from '../shared/controls';
import { districtLabel } from '../shared/districts';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion } from '../shared/feedback';
import { focusAfterUpdate } from '../shared/focus';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import { checkShopCap } from './voucher-checker.logic';
import type { VoucherCheckerMessages } from './voucher-checker.messages';

/** Where to look for shops. */
export type ShopQuery = { district: number } | { cap: string };

/** What the controller needs from its element. */
export interface ShopsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ShopsOptions {
  api: () => SportelloClient;
  lang: () => Lang;
  /** Describes a failure and fires `sportello-error`. */
  report: (error: unknown) => ErrorInfo;
}

/** Shops by the voucher's district or a typed CAP, with their own form, status and errors. */
export class VoucherShopsController {
  #host: ShopsHost;
  #o: ShopsOptions;
  /** The voucher's district; shops are not looked up while unset. */
  district: number | undefined;
  /** The CAP as typed. */
  cap = '';
  capError: FieldErrorCode | undefined;
  /** A typed CAP being shown instead of the district. */
  query: ShopQuery | undefined;
  failure: ErrorInfo | undefined;

  readonly task: Task<[number | undefined, string | undefined, Lang], Shop[] | undefined>;

  constructor(host: ShopsHost, options: ShopsOptions) {
    this.#host = host;
    this.#o = options;
    this.task = new Task(host, {
      // Primitives only: the task re-runs whenever an argument is not `===` the previous one.
      args: () => [this.district, this.query && 'cap' in this.query ? this.query.cap : undefined, this.#o.lang()] as [number | undefined, string | undefined, Lang],
      task: async ([district, cap], { signal }) => {
        const query: ShopQuery | undefined = cap ? { cap } : district ? { district } : undefined;
        if (!query) return undefined;
        const page = await unwrap(this.#o.api().GET('/vouchers/shops', { params: { query: { ...query, pageSize: 50 } }, signal }));
        return page.items;
      },
      onComplete: () => {
        this.failure = undefined;
      },
      onError: (error) => {
        const info = this.#o.report(error);
        if (info.kind !== 'aborted') this.failure = info;
      },
    });
  }

  /** Forgets everything (the CAP typed included). */
  reset(): void {
    this.district = undefined;
    this.cap = '';
    this.capError = undefined;
    this.query = undefined;
    this.failure = undefined;
    this.#host.requestUpdate();
  }

  #search = (event: SubmitEvent) => {
    event.preventDefault();
    const r = checkShopCap(this.cap);
    this.capError = r.ok ? undefined : r.code;
    if (r.ok) this.query = { cap: r.cap };
    this.#host.requestUpdate();
    if (!r.ok) focusAfterUpdate(this.#host, '#shop-cap');
  };

  #heading(m: VoucherCheckerMessages, lang: Lang): string {
    const q = this.query;
    if (q && 'cap' in q) return m.shopsInCap(q.cap);
    return m.shopsIn(districtLabel(lang, this.district ?? 0));
  }

  #list(m: VoucherCheckerMessages, shops: readonly Shop[]) {
    if (shops.length === 0) return html`<p class="muted">${m.noShops}</p>`;
    return html`<ul part="shops" class="shops">
      ${shops.map(
        (s) => html`<li part="shop" class="shop">
          <span class="shop__name">${s.name}</span>${s.kind ? html` <span class="shop__kind">${m.kinds[s.kind]}</span>` : nothing}
          <address class="shop__address">${s.street} ${s.civicNumber}, ${s.cap} ${m.city}</address>
        </li>`,
      )}
    </ul>`;
  }

  /** The shops section. */
  render(m: VoucherCheckerMessages, s: SharedMessages, lang: Lang) {
    const pending = this.task.status === TaskStatus.PENDING;
    const shops = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    const status = pending ? m.loadingShops : shops ? m.shopsFound(shops.length) : '';
    const byCap = this.query !== undefined;
    return html`<section part="shops-section" class="shops-section" aria-labelledby="shops-title">
      <h3 id="shops-title">${m.shopsTitle}</h3>
      <p class="muted">${m.shopsIntro}</p>
      <form part="shops-form" class="cap-form" role="search" aria-label=${m.searchCap} novalidate @submit=${this.#search}>
        ${textField(s, {
          id: 'shop-cap',
          label: m.cap,
          hint: m.capHint,
          error: this.capError && (m.capErrors[this.capError as keyof typeof m.capErrors] ?? s.fieldErrors[this.capError]),
          value: this.cap,
          inputmode: 'numeric',
          autocomplete: 'postal-code',
          maxlength: 5,
          size: 7,
          onInput: (v) => {
            this.cap = v;
          },
        })}
        <button part="search" class="button" type="submit">${m.searchCap}</button>
      </form>
      ${byCap && this.district
        ? html`<button part="back-to-district" class="link-button" type="button" @click=${() => {
            this.query = undefined;
            this.#host.requestUpdate();
          }}>${m.backToDistrict(districtLabel(lang, this.district))}</button>`
        : nothing}
      <h4 class="subheading">${this.#heading(m, lang)}</h4>
      ${statusRegion({ message: status, busy: pending })}
      ${this.failure
        ? errorAlert(s, { message: sharedErrorMessage(s, this.failure) ?? s.problems.unexpected, onRetry: () => void this.task.run() })
        : nothing}
      ${shops ? this.#list(m, shops) : nothing}
    </section>`;
  }
}
