/**
 * The calendar's pure logic: the month grid, the index of events by Rome day (built once per
 * loaded month), filters, keyboard moves and the words for a weekly series. No DOM, no `Intl`
 * except for names of days and months.
 */
import { EVENT_CATEGORY_VALUES, type EventCategory, type Recurrence, type SportelloEvent } from '@sportello/sdk';
import {
  addDays,
  addMonths,
  dayKey,
  dayToDate,
  daysIn,
  monthOf,
  romeInstant,
  weekdayOf,
  type YearMonth,
} from './rome-time.logic';

/** The categories, in the order filters list them. */
/** The categories, in the contract's order. */
export const CATEGORIES: readonly EventCategory[] = EVENT_CATEGORY_VALUES;

/** One event placed on its Rome day, with its times already worked out. */
export interface DayEntry {
  event: SportelloEvent;
  /** Start instant, ms. */
  start: number;
  /** `10:00`, Rome time. */
  time: string;
}

/** When an event ends, `11:00` Rome time (worked out only for the events a list shows). */
export const endTimeOf = (x: DayEntry): string => romeInstant(x.event.endsAt).time;

/** Events by Rome day key, each day in start order, and how many in all. */
export interface DayIndex {
  days: Map<string, DayEntry[]>;
  count: number;
}

/** Places every event on the Rome day it starts, once; O(n) for events already in start order. */
export function indexByDay(events: readonly SportelloEvent[]): DayIndex {
  const days = new Map<string, DayEntry[]>();
  for (const event of events) {
    const { ms: start, day, time } = romeInstant(event.startsAt);
    const entry: DayEntry = { event, start, time };
    const list = days.get(day);
    if (!list) days.set(day, [entry]);
    else {
      list.push(entry);
      // Pages arrive in start order; only an out-of-order arrival pays for a sort.
      if (list[list.length - 2]!.start > start) list.sort((a, b) => a.start - b.start);
    }
  }
  return { days, count: events.length };
}

/** What the person filters by; empty strings mean "any". */
export interface Filters {
  category: string;
  district: string;
  freeSeats: boolean;
}

/** Whether any filter is set. */
export const filtering = (f: Filters): boolean => f.category !== '' || f.district !== '' || f.freeSeats;

/** Whether an event passes the filters. */
export function matches(e: SportelloEvent, f: Filters): boolean {
  return (!f.category || e.category === f.category) && (!f.district || String(e.district) === f.district) && (!f.freeSeats || e.seatsLeft > 0);
}

/** The index with only the events that pass the filters (the same index when none is set). */
export function filterIndex(index: DayIndex, f: Filters): DayIndex {
  if (!filtering(f)) return index;
  const days = new Map<string, DayEntry[]>();
  let count = 0;
  for (const [day, list] of index.days) {
    const kept = list.filter((x) => matches(x.event, f));
    if (kept.length) days.set(day, kept);
    count += kept.length;
  }
  return { days, count };
}

/** The days of a month in weeks from Monday; `null` pads the first and last week. */
export function monthGrid(ym: YearMonth): Array<Array<string | null>> {
  const first = dayKey(ym, 1);
  const cells: Array<string | null> = Array.from({ length: weekdayOf(first) - 1 }, () => null);
  for (let d = 1; d <= daysIn(ym); d++) cells.push(dayKey(ym, d));
  while (cells.length % 7) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The keys the grid answers to (WAI-ARIA grid pattern). */
export type GridKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

/** The same day number `n` months away, clamped to that month's length (31 Jan → 28 Feb). */
function sameDayIn(day: string, n: number): string {
  const ym = addMonths(monthOf(day), n);
  return dayKey(ym, Math.min(Number(day.slice(8, 10)), daysIn(ym)));
}

/**
 * The day a key moves to: arrows by a day or a week, Home/End to the week's Monday/Sunday (with
 * Ctrl, the month's first/last day), PageUp/PageDown by a month. Undefined for other keys.
 */
export function moveDay(day: string, key: string, ctrl = false): string | undefined {
  switch (key as GridKey) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return ctrl ? `${day.slice(0, 8)}01` : addDays(day, 1 - weekdayOf(day));
    case 'End':
      return ctrl ? dayKey(monthOf(day), daysIn(monthOf(day))) : addDays(day, 7 - weekdayOf(day));
    case 'PageUp':
      return sameDayIn(day, -1);
    case 'PageDown':
      return sameDayIn(day, 1);
    default:
      return undefined;
  }
}

/** Where a day in the displayed month keeps focus when the month changes to `ym`. */
export function focusDayIn(ym: YearMonth, previous: string | undefined, today: string): string {
  if (previous && previous.startsWith(dayKey(ym, 1).slice(0, 8))) return previous;
  if (today.startsWith(dayKey(ym, 1).slice(0, 8))) return today;
  return previous ? dayKey(ym, Math.min(Number(previous.slice(8, 10)), daysIn(ym))) : dayKey(ym, 1);
}

/**
 * "every Tuesday until 23 February 2027" / "ogni martedì fino al 23 febbraio 2027".
 * `locale` is a BCP 47 tag (`it-IT`, `en-GB`).
 */
export function recurrenceText(locale: string, r: Recurrence): string {
  // 2024-01-01 was a Monday: day 1 + weekday - 1 has that ISO weekday.
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(dayToDate(`2024-01-0${r.weekday}`));
  const until = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayToDate(r.until));
  if (!locale.startsWith('it')) return `every ${weekday} until ${until}`;
  // "fino all'8 marzo", "fino all'11 aprile", else "fino al 23 febbraio".
  return `ogni ${weekday} fino ${/^(8|11)\b/.test(until) ? 'all’' : 'al '}${until}`;
}
