/**
 * The month grid and the agenda list, as templates. Both show time, title and category in words
 * (colour only repeats the category). One click and one keydown listener on each container
 * handle every day and event (`data-day`, `data-event`), so rendering 1,000 events adds no
 * listeners and reads no layout.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { districtNumber } from '../shared/districts';
import type { Lang } from '../shared/i18n';
import type { DayEntry, DayIndex } from './event-calendar.logic';
import { endTimeOf, monthGrid } from './event-calendar.logic';
import type { EventCalendarMessages } from './event-calendar.messages';
import { weekdayOf, type YearMonth } from './rome-time.logic';

/** What both views need. */
export interface ViewContext {
  lang: Lang;
  m: EventCalendarMessages;
  ym: YearMonth;
  /** The month's events after the filters; undefined while loading. */
  index: DayIndex | undefined;
  today: string;
}

/** `martedì 1 dicembre` / `Tuesday 1 December`. */
export function dayLabel(m: EventCalendarMessages, day: string): string {
  return `${m.weekdays[weekdayOf(day) - 1]} ${Number(day.slice(8))} ${m.months[Number(day.slice(5, 7)) - 1]}`;
}

/** `dicembre 2026` / `December 2026`. */
export const monthLabel = (m: EventCalendarMessages, ym: YearMonth): string => `${m.months[ym.month - 1]} ${ym.year}`;

/** The month grid (WAI-ARIA grid): one focusable day at a time (`active`), events as chips. */
export function monthView(c: ViewContext, active: string, maxPerDay: number, labelledBy: string): TemplateResult {
  const { m, index, today } = c;
  // Lean on purpose (a month can hold 1,000 events): a chip is a button and one span (time and
  // title, then the category on a second line, `white-space: pre`), a day says its date, "today"
  // and how many in one visually hidden span, no white space between elements.
  const chip = (x: DayEntry) =>
    html`<button type="button" part="event" class="chip cat-${x.event.category}" tabindex="-1" data-event=${x.event.id}><span class="time">${x.time}</span> ${`${x.event.title}\n${m.categories[x.event.category]}`}</button>`;
  const cell = (day: string | null) => {
    if (!day) return html`<td class="pad"></td>`;
    const list = index?.days.get(day) ?? [];
    const shown = list.length > maxPerDay ? list.slice(0, Math.max(0, maxPerDay)) : list;
    const isToday = day === today;
    const count = list.length ? m.nEvents(list.length) : undefined;
    const name = `${dayLabel(m, day)}${isToday ? `, ${m.today}` : ''}${count ? `, ${count}:` : ''}`;
    return html`<td part=${isToday ? 'day today' : 'day'} class="day" data-day=${day} data-count=${count ?? nothing} tabindex=${day === active ? 0 : -1} aria-current=${isToday ? 'date' : nothing}><span class="num" aria-hidden="true">${Number(day.slice(8))}</span><span class="visually-hidden">${name}</span>${isToday
      ? html`<span class="today" aria-hidden="true"> ${m.today}</span>`
      : nothing}${shown.map(chip)}${list.length > shown.length
      ? html`<button type="button" part="more" class="more" tabindex="-1" data-more=${day}>${m.more(list.length - shown.length)}</button>`
      : nothing}</td>`;
  };
  return html`<table part="grid" role="grid" class="grid" aria-labelledby=${labelledBy}>
    <thead>
      <tr>
        ${m.weekdays.map((d, i) => html`<th scope="col" abbr=${d}>${m.weekdaysShort[i]}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${monthGrid(c.ym).map((week) => html`<tr>${week.map(cell)}</tr>`)}
    </tbody>
  </table>`;
}

/** One event as a button: time range, title, category, district, seats. */
export function eventItem(lang: Lang, m: EventCalendarMessages, x: DayEntry): TemplateResult {
  const e = x.event;
  return html`<li><button type="button" part="event" class="item cat-${e.category}" data-event=${e.id}>
    <span class="time">${x.time}–${endTimeOf(x)}</span> <span class="name">${e.title}</span>
    <span class="meta">${m.categories[e.category]} · ${districtNumber(lang, e.district)} · ${m.seatsLeft(e.seatsLeft)}</span>
  </button></li>`;
}

/** The agenda: days with events, in order, each a heading and a list of buttons. */
export function listView(c: ViewContext): TemplateResult {
  const { lang, m, index, today } = c;
  const days = index ? [...index.days.keys()].sort() : [];
  return html`<div part="list" class="agenda">
    ${days.map(
      (day) => html`<section class="agenda-day" aria-labelledby=${`d-${day}`}>
        <h3 part="list-day" id=${`d-${day}`}>${dayLabel(m, day)}${day === today ? html` <span class="today">${m.today}</span>` : nothing}</h3>
        <ul class="items">
          ${index!.days.get(day)!.map((x) => eventItem(lang, m, x))}
        </ul>
      </section>`,
    )}
  </div>`;
}
