import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { createSportelloClient, type SportelloClient } from '@sportello/sdk';
import { describeError, type ErrorInfo } from './errors';
import { SportelloErrorEvent } from './events';
import type { Catalog, Lang } from './i18n';
import { LangController } from './lang-controller';
import { sharedMessages, type SharedMessages } from './messages';
import { sharedStyles } from './styles';

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

  #lang = new LangController(this);
  #built: SportelloClient | undefined;

  /** The language the widget speaks now. */
  get locale(): Lang {
    return this.#lang.value;
  }

  /** The shared strings (errors, progress, field errors) in the current language. */
  protected get shared(): SharedMessages {
    return sharedMessages[this.locale];
  }

  /** Picks a widget's own catalogue in the current language. */
  protected t<T>(catalog: Catalog<T>): T {
    return catalog[this.locale];
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
