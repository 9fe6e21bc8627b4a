/**
 * The details dialog's behaviour: a native modal `<dialog>` (`showModal`), focus moved in on open
 * (to the heading, or back to the event a person came from), Esc and "Close" shut it, and focus
 * returns to whatever opened it (the day in the grid, the button in the list).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SportelloClient } from '@sportello/sdk';
import type { ErrorInfo } from '../shared/errors';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import { DIALOG_TITLE, dialogView, type Opened } from './event-calendar.dialog';
import { EventSelectedEvent } from './event-calendar.events';
import { downloadEventFile } from './event-calendar.load';
import type { DayEntry } from './event-calendar.logic';
import type { EventCalendarMessages } from './event-calendar.messages';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What the dialog needs from the calendar. */
export interface DetailsDeps {
  api: () => SportelloClient;
  lang: () => Lang;
  report: (error: unknown) => ErrorInfo;
  /** A day's events as shown (after the filters). */
  day: (day: string) => DayEntry[];
  /** An event shown this month. */
  find: (eventId: string) => DayEntry | undefined;
  /** An event's details are about to show (reset its registration form). */
  onEvent: (eventId: string) => void;
  registration: (entry: DayEntry) => TemplateResult;
}

export class DetailsDialog {
  /** What is open, if anything. */
  opened: Opened | undefined;
  #host: Host;
  #deps: DetailsDeps;
  #opener: HTMLElement | null = null;
  #icsFailed = false;

  constructor(host: Host, deps: DetailsDeps) {
    this.#host = host;
    this.#deps = deps;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  async #show(focus = `#${DIALOG_TITLE}`): Promise<void> {
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Opens a day's list; `opener` gets focus back on close; `focusEvent` is the item to focus. */
  openDay(day: string, opener: HTMLElement | null, focusEvent?: string): void {
    if (opener) this.#opener = opener;
    this.opened = { kind: 'day', day, entries: this.#deps.day(day) };
    void this.#show(focusEvent ? `[data-event="${focusEvent}"]` : undefined);
  }

  /** Opens an event's details (from a day's list when `fromDay` is given) and fires `sportello-event-selected`. */
  openEvent(eventId: string, opener: HTMLElement | null, fromDay?: string): void {
    const entry = this.#deps.find(eventId);
    if (!entry) return;
    if (opener) this.#opener = opener;
    this.opened = fromDay ? { kind: 'event', entry, fromDay } : { kind: 'event', entry };
    this.#icsFailed = false;
    this.#deps.onEvent(eventId);
    this.#host.dispatchEvent(new EventSelectedEvent(eventId));
    void this.#show();
  }

  /** The dialog's `close` event (Esc, "Close"): focus goes back to the opener. */
  onClose = (): void => {
    this.opened = undefined;
    const back = this.#opener;
    this.#opener = null;
    this.#host.requestUpdate();
    if (back?.isConnected) back.focus();
  };

  async #addToCalendar(eventId: string): Promise<void> {
    this.#icsFailed = false;
    try {
      await downloadEventFile(this.#deps.api(), eventId, this.#deps.lang());
    } catch (error) {
      this.#icsFailed = this.#deps.report(error).kind !== 'aborted';
      this.#host.requestUpdate();
    }
  }

  /** The `<dialog>`; `onClick` handles the day list's items. */
  render(m: EventCalendarMessages, s: SharedMessages, onClick: (e: Event) => void): TemplateResult {
    const o = this.opened;
    return html`<dialog part="dialog" aria-labelledby=${DIALOG_TITLE} @close=${this.onClose} @click=${onClick}>${o
      ? dialogView(this.#deps.lang(), m, s, o, {
          onClose: () => this.#dialog?.close(),
          onBack: (day, eventId) => this.openDay(day, null, eventId),
          onAddToCalendar: (id) => void this.#addToCalendar(id),
          icsFailed: this.#icsFailed,
          registration: this.#deps.registration,
        })
      : nothing}</dialog>`;
  }
}
