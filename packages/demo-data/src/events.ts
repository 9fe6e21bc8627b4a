import type { EventFixture } from './types';
import { oneOffs, series, type Activity } from './event-catalog';
import { addDays, daysInMonth, isoDate, romeIso, romeParts, weekdayOf } from '@sportello/domain/time';

/** The first day of the month `offset` months after (year, month). */
function monthStart(year: number, month: number, offset: number): { year: number; month: number } {
  const m = month - 1 + offset;
  return { year: year + Math.floor(m / 12), month: (m % 12) + 1 };
}

/**
 * Seats for the n-th occurrence of an activity: deterministic, so that stories and tests see the
 * same calendar every time; a full one has a waiting list.
 */
function seats(capacity: number, n: number, full: boolean): Pick<EventFixture, 'seatsLeft' | 'waitingListLength'> {
  if (full) return { seatsLeft: 0, waitingListLength: 1 + (n % 4) };
  return { seatsLeft: Math.max(1, Math.round((capacity * ((n * 7) % 11 + 1)) / 12)), waitingListLength: 0 };
}

function occurrence(
  a: Activity,
  date: { year: number; month: number; day: number },
  seatsOf: Pick<EventFixture, 'seatsLeft' | 'waitingListLength'>,
): EventFixture {
  const end = a.start[0] * 60 + a.start[1] + a.minutes;
  return {
    id: `${a.slug}-${isoDate(date.year, date.month, date.day)}`,
    title: a.title[0],
    description: a.description[0],
    en: { title: a.title[1], description: a.description[1] },
    category: a.category,
    programme: a.programme,
    district: a.place.district,
    venue: a.place.venue,
    startsAt: romeIso(date.year, date.month, date.day, a.start[0], a.start[1]),
    endsAt: romeIso(date.year, date.month, date.day, Math.floor(end / 60), end % 60),
    capacity: a.capacity,
    ...seatsOf,
  };
}

/**
 * About 60 activities from the first day of `now`'s month (Europe/Rome) to the end of the second
 * month after it: three weekly series expanded into occurrences (sharing `seriesId` and
 * `recurrence`; times keep their wall-clock hour across the late-October and late-March clock
 * changes, so the offset changes) and 21 one-off activities, in start order. Some are full with a
 * waiting list. All text is Italian with the English in `en`.
 */
export function createEvents(now: Date): EventFixture[] {
  const today = romeParts(now);
  const first = monthStart(today.year, today.month, 0);
  const last = monthStart(today.year, today.month, 2);
  const lastDay = { ...last, day: daysInMonth(last.year, last.month) };
  const events: EventFixture[] = [];

  for (const s of series) {
    const dates: Array<{ year: number; month: number; day: number }> = [];
    let d = { ...first, day: 1 };
    while (weekdayOf(d.year, d.month, d.day) !== s.weekday) d = addDays(d.year, d.month, d.day, 1);
    while (isoDate(d.year, d.month, d.day) <= isoDate(lastDay.year, lastDay.month, lastDay.day)) {
      dates.push(d);
      d = addDays(d.year, d.month, d.day, 7);
    }
    const until = dates.at(-1)!;
    const recurrence = { frequency: 'weekly', weekday: s.weekday, until: isoDate(until.year, until.month, until.day) } as const;
    dates.forEach((date, n) => {
      // Every sixth occurrence, from the third, is full.
      events.push({ ...occurrence(s, date, seats(s.capacity, n, n % 6 === 2)), seriesId: s.slug, recurrence });
    });
  }

  oneOffs.forEach((o, n) => {
    const month = monthStart(today.year, today.month, o.monthOffset);
    const date = { ...month, day: Math.min(o.day, daysInMonth(month.year, month.month)) };
    const seatsOf = o.fullWithWaiting !== undefined ? { seatsLeft: 0, waitingListLength: o.fullWithWaiting } : seats(o.capacity, n * 3 + 1, false);
    events.push(occurrence(o, date, seatsOf));
  });

  return events.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id));
}
