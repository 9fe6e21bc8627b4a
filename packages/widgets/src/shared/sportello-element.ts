import { LitElement, ReactiveElement, html, render, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createSportelloClient, type SportelloClient } from '@sportello/sdk';
import { describeError, type ErrorInfo } from './errors';
import { SportelloErrorEvent } from './events';
import { statusRegion } from './feedback';
import type { Lang, LazyCatalog } from './i18n';
import { LangController } from './lang-controller';
import { sharedMessages, type SharedMessages } from './messages';
import { sharedStyles } from './styles';

/** Shown while a language's text is on its way: the only words not in a catalogue. */
const LOADING: Record<Lang, string> = { it: 'Caricamento in corso…', en: 'Loading…' };
const LOAD_FAILED: Record<Lang, string> = {
  it: 'Non riusciamo a caricare il servizio. Controlla la connessione e ricarica la pagina.',
  en: 'We cannot load the service. Check your connection and reload the page.',
};

/** Where the API lives when neither `api-base` nor `client` is given. */
export const DEFAULT_API_BASE = 'https://api.sportello.comune.torino.it/v1';

/**
 * The base of every Sportello widget: the API client, the language and the translation lookup.
 * Everything else (form controls, errors, countdown) is composed from `./controls`,
 * `./feedback` and the controllers.
 *
 * @cssprop --sportello-color-primary - Buttons, links and selected states. Default `#005a9c`.
 * @cssprop --sportello-color-on-primary - Text on the primary colour. Default `#ffffff`.
 * @cssprop --sportello-color-text - Body text. Default `#1b1b1b`.
 * @cssprop --sportello-color-muted - Hints and secondary text. Default `#4f4f4f`.
 * @cssprop --sportello-color-surface - Background of controls and cards. Default `#ffffff`.
 * @cssprop --sportello-color-border - Borders of controls (≥ 3:1 on white). Default `#6b6b6b`.
 * @cssprop --sportello-color-error - Error text and borders. Default `#b3261e`.
 * @cssprop --sportello-color-error-surface - Background of alerts and the error summary. Default `#fdecea`.
 * @cssprop --sportello-color-success - Confirmation text and borders. Default `#1e6b34`.
 * @cssprop --sportello-color-success-surface - Background of confirmations. Default `#e8f3ec`.
 * @cssprop --sportello-color-focus - The focus ring. Default `#1d4ed8`.
 * @cssprop --sportello-focus-ring-width - Width of the focus ring. Default `3px`.
 * @cssprop --sportello-font-family - Typeface; inherited from the page when unset.
 * @cssprop --sportello-font-size - Base text size. Default `1rem`.
 * @cssprop --sportello-line-height - Base line height. Default `1.5`.
 * @cssprop --sportello-radius - Corner radius of controls and cards. Default `0.25rem`.
 * @cssprop --sportello-control-min-height - Minimum height of inputs and buttons (touch target). Default `2.75rem`.
 * @cssprop --sportello-space-1 - Spacing step 1. Default `0.25rem`.
 * @cssprop --sportello-space-2 - Spacing step 2. Default `0.5rem`.
 * @cssprop --sportello-space-3 - Spacing step 3. Default `0.75rem`.
 * @cssprop --sportello-space-4 - Spacing step 4. Default `1rem`.
 * @cssprop --sportello-space-5 - Spacing step 5. Default `1.5rem`.
 * @cssprop --sportello-space-6 - Spacing step 6. Default `2rem`.
 * @fires {SportelloErrorEvent} sportello-error - A request failed in a way the person is told about; detail `{ status, type }`.
 */
export class SportelloElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /**
   * The widget's own catalogues; with the shared one they load in the widget's language before it
   * renders (a loading state shows meanwhile), and again in the other language when `lang` changes.
   */
  static messages: readonly LazyCatalog<unknown>[] = [];

  /**
   * The SDK client to use (from `createSportelloClient`). When unset, one is built from
   * `api-base` and `partner-key`, and rebuilt when they change.
   */
  @property({ attribute: false })
  client: SportelloClient | undefined;

  /** The API root, `/v1` included. Default: the City of Turin's production API. */
  @property({ attribute: 'api-base' })
  apiBase = '';

  /** The partner's publishable key (`pk_...`), sent with every request. */
  @property({ attribute: 'partner-key' })
  partnerKey = '';

  /**
   * The widget's language, `it` or `en`. When unset (or unsupported) the nearest ancestor's
   * `lang` decides (a page's `<html lang>`), else Italian.
   */
  @property({ reflect: true })
  override lang!: string;

  #lang = new LangController(this, () => [sharedMessages, ...(this.constructor as typeof SportelloElement).messages]);
  #built: SportelloClient | undefined;

  /** The language the widget speaks now. */
  get locale(): Lang {
    return this.#lang.value;
  }

  /** The shared strings (errors, progress, field errors) in the current language. */
  protected get shared(): SharedMessages {
    return sharedMessages.get(this.locale)!;
  }

  /** Picks a widget's own catalogue (one of `static messages`) in the current language. */
  protected t<T>(catalog: LazyCatalog<T>): T {
    return catalog.get(this.locale)!;
  }

  /** The client to call: the `client` property, or one built from the attributes. */
  protected get api(): SportelloClient {
    if (this.client) return this.client;
    this.#built ??= createSportelloClient({
      baseUrl: this.apiBase || DEFAULT_API_BASE,
      ...(this.partnerKey ? { partnerKey: this.partnerKey } : {}),
      lang: () => this.locale,
    });
    return this.#built;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('apiBase') || changed.has('partnerKey')) this.#built = undefined;
    // The element's own `lang` changed: its attribute is reflected, the observer may lag a task.
    if (changed.has('lang')) this.#lang.refresh();
    super.willUpdate(changed);
  }

  // Until the language has arrived, the widget's own template (which reads it) waits: the tasks and
  // controllers still run (the first request starts now), attributes still reflect, and a loading
  // state holds the place. Lit renders into the same part afterwards, replacing it.
  protected override update(changed: PropertyValues): void {
    if (this.#lang.ready) return super.update(changed);
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    const failed = this.#lang.failed;
    const text = failed ? LOAD_FAILED[this.locale] : LOADING[this.locale];
    render(html`<div class="widget" lang=${this.locale}>${statusRegion({ message: text, busy: !failed })}</div>`, this.renderRoot, this.renderOptions);
  }

  // `await el.updateComplete` also waits for the language, so callers see the rendered widget.
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!this.#lang.ready && !this.#lang.failed) {
      await this.#lang.loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Describes a failed request and, unless it was an abort, fires `sportello-error` with its
   * status and type (never a message or personal data).
   */
  protected reportError(thrown: unknown): ErrorInfo {
    const info = describeError(thrown);
    if (info.kind !== 'aborted') this.dispatchEvent(new SportelloErrorEvent({ status: info.status, type: info.type }));
    return info;
  }
}
