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

const built = new WeakMap<DayEntry[], { m: EventCalendarMessages; max: number; node: HTMLElement }>();

/**
 * A day's chips and its "+N more", built with plain DOM calls once per day list (and language and
 * `max-per-day`), then handed to Lit as one node: a month of 1,000 events would otherwise be a
 * few hundred template instances to clone and commit. Redrawing the same month reuses the node.
 * A chip is a button with the time, the title, and the category on a second line (`white-space:
 * pre`), never the colour alone.
 */
function dayEvents(m: EventCalendarMessages, list: DayEntry[], max: number, day: string): HTMLElement {
  const hit = built.get(list);
  if (hit && hit.m === m && hit.max === max) return hit.node;
  const box = document.createElement('div');
  box.className = 'events';
  const shown = Math.min(list.length, Math.max(0, max));
  for (let i = 0; i < shown; i++) {
    const { event, time } = list[i]!;
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.tabIndex = -1;
    chip.className = `chip cat-${event.category}`;
    chip.setAttribute('part', 'event');
    chip.dataset['event'] = event.id;
    const t = document.createElement('span');
    t.className = 'time';
    t.textContent = time;
    chip.append(t, ` ${event.title}\n${m.categories[event.category]}`);
    box.append(chip);
  }
  if (list.length > shown) {
    const more = document.createElement('button');
    more.type = 'button';
    more.tabIndex = -1;
    more.className = 'more';
    more.setAttribute('part', 'more');
    more.dataset['more'] = day;
    more.textContent = m.more(list.length - shown);
    box.append(more);
  }
  built.set(list, { m, max, node: box });
  return box;
}

/** The month grid (WAI-ARIA grid): one focusable day at a time (`active`), events as chips. */
export function monthView(c: ViewContext, active: string, maxPerDay: number, labelledBy: string): TemplateResult {
  const { m, index, today } = c;
  // A day says its date, "today" and how many in one visually hidden span; no white space
  // between elements (each would be one more text box to lay out).
  const cell = (day: string | null) => {
    if (!day) return html`<td class="pad"></td>`;
    const list = index?.days.get(day);
    const isToday = day === today;
    const count = list ? m.nEvents(list.length) : undefined;
    const name = `${dayLabel(m, day)}${isToday ? `, ${m.today}` : ''}${count ? `, ${count}:` : ''}`;
    return html`<td part=${isToday ? 'day today' : 'day'} class="day" data-day=${day} data-count=${count ?? nothing} tabindex=${day === active ? 0 : -1} aria-current=${isToday ? 'date' : nothing}><span class="num" aria-hidden="true">${Number(day.slice(8))}</span><span class="visually-hidden">${name}</span>${isToday
      ? html`<span class="today" aria-hidden="true"> ${m.today}</span>`
      : nothing}${list ? dayEvents(m, list, maxPerDay, day) : nothing}</td>`;
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
