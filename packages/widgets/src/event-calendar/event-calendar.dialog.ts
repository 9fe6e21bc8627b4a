/**
 * What the details `<dialog>` shows: a day's events, or one event (when, where, seats,
 * description, recurrence) with "Add to my calendar" and the registration form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { districtNumber } from '../shared/districts';
import { errorAlert } from '../shared/feedback';
import { formatDate, formatTimeRange } from '../shared/format';
import { INTL_LOCALE, type Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import type { DayEntry } from './event-calendar.logic';
import { recurrenceText } from './event-calendar.logic';
import type { EventCalendarMessages } from './event-calendar.messages';
import { dayLabel, eventItem } from './event-calendar.views';
import { viewerDiffersFromRome } from './rome-time.logic';

/** The dialog's heading id (its accessible name). */
export const DIALOG_TITLE = 'dialog-title';

/** What is open in the dialog. */
export type Opened = { kind: 'day'; day: string; entries: DayEntry[] } | { kind: 'event'; entry: DayEntry; fromDay?: string };

/** The dialog's heading, focusable so that focus can land on it when the dialog opens. */
const heading = (text: string) => html`<h3 id=${DIALOG_TITLE} class="dialog-title" tabindex="-1">${text}</h3>`;

/** A day's events, each a button that opens its details. */
export function dayContent(lang: Lang, m: EventCalendarMessages, day: string, entries: DayEntry[]): TemplateResult {
  return html`${heading(dayLabel(m, day))}
    <ul class="items">
      ${entries.map((x) => eventItem(lang, m, x))}
    </ul>`;
}

/** Handlers and extra parts of the details. */
export interface DetailsOptions {
  onBack: (() => void) | undefined;
  onAddToCalendar: () => void;
  /** Set while the iCalendar file failed to download. */
  icsFailed: boolean;
  /** The registration section. */
  registration: TemplateResult;
}

/** One activity in full. */
export function eventContent(lang: Lang, m: EventCalendarMessages, s: SharedMessages, x: DayEntry, o: DetailsOptions): TemplateResult {
  const e = x.event;
  const v = e.venue;
  // "martedì 1 dicembre 2026, 10:00–11:00", in Rome time whatever the viewer's own zone.
  const when = `${formatDate(lang, e.startsAt)}, ${formatTimeRange(lang, e.startsAt, e.endsAt)}`;
  return html`${o.onBack ? html`<button type="button" class="button back" part="back" @click=${o.onBack}>← ${m.backToDay}</button>` : nothing}
    ${heading(e.title)}
    <p class="cat-line cat-${e.category}">${m.categories[e.category]}</p>
    <dl part="details" class="details">
      <dt>${m.when}</dt>
      <dd>${when}${viewerDiffersFromRome(x.start) ? html` <span class="tz">(${m.romeTimeShort})</span>` : nothing}</dd>
      ${e.recurrence ? html`<dt>${m.repeats}</dt><dd>${recurrenceText(INTL_LOCALE[lang], e.recurrence)}</dd>` : nothing}
      <dt>${m.where}</dt>
      <dd>${v.name}, ${v.street} ${v.civicNumber}, ${v.cap} Torino · ${districtNumber(lang, e.district)}</dd>
      ${v.accessibility ? html`<dt>${m.access}</dt><dd>${v.accessibility}</dd>` : nothing}
      <dt>${m.seats}</dt>
      <dd>${m.seatsLeft(e.seatsLeft)}${e.seatsLeft === 0 ? html`, ${m.waiting(e.waitingListLength)}` : nothing}</dd>
    </dl>
    <p class="description">${e.description}</p>
    <p>
      <button type="button" class="button" part="add-to-calendar" @click=${o.onAddToCalendar}>${m.addToCalendar}</button>
    </p>
    ${o.icsFailed ? errorAlert(s, { message: m.icsFailed }) : nothing} ${o.registration}`;
}

/** What the dialog asks of the calendar. */
export interface DialogOptions {
  onClose: () => void;
  /** Back from an event to the day it was opened from. */
  onBack: (day: string, eventId: string) => void;
  onAddToCalendar: (eventId: string) => void;
  icsFailed: boolean;
  registration: (entry: DayEntry) => TemplateResult;
}

/** The dialog's content: a close button, then a day's events or one event. */
export function dialogView(lang: Lang, m: EventCalendarMessages, s: SharedMessages, o: Opened, d: DialogOptions): TemplateResult {
  const close = html`<button type="button" part="close" class="button close" @click=${d.onClose}>${m.close}</button>`;
  if (o.kind === 'day') return html`${close}${dayContent(lang, m, o.day, o.entries)}${o.entries.length ? nothing : html`<p>${m.noneThisDay}</p>`}`;
  const { fromDay, entry } = o;
  return html`${close}${eventContent(lang, m, s, entry, {
    onBack: fromDay ? () => d.onBack(fromDay, entry.event.id) : undefined,
    onAddToCalendar: () => d.onAddToCalendar(entry.event.id),
    icsFailed: d.icsFailed,
    registration: d.registration(entry),
  })}`;
}
