/**
 * Loading a month of activities, and finding the next month that has some, through the SDK. Each
 * call names the widget's language, so titles and descriptions match it whatever the client's.
 */
import { unwrap, type Lang, type District, type EventCategory, type SportelloClient, type SportelloEvent } from '@sportello/sdk';
import { indexByDay, type DayIndex, type Filters } from './event-calendar.logic';
import { addMonths, dayKey, monthKey, monthOf, romeDayOf, romeMidnightIso, type YearMonth } from './rome-time.logic';

/** The API's largest page. */
const PAGE_SIZE = 1000;

/** A loaded month: its key (`2026-12`) and its events by Rome day. */
export interface LoadedMonth {
  key: string;
  index: DayIndex;
}

/** `[from, to)` of `months` months from the start of `ym`, as the API wants them (Rome offsets). */
function range(ym: YearMonth, months: number) {
  return { from: romeMidnightIso(dayKey(ym, 1)), to: romeMidnightIso(dayKey(addMonths(ym, months), 1)) };
}

/** Every activity starting in a month (following pages if there are more than 1,000), indexed by day. */
export async function loadMonth(api: SportelloClient, ym: YearMonth, lang: Lang, signal: AbortSignal): Promise<LoadedMonth> {
  const events: SportelloEvent[] = [];
  for (let page = 1; ; page++) {
    const data = await unwrap(api.GET('/events', { params: { query: { ...range(ym, 1), page, pageSize: PAGE_SIZE }, header: { 'Accept-Language': lang } }, signal }));
    events.push(...data.items);
    if (data.items.length === 0 || events.length >= data.page.total) break;
  }
  return { key: monthKey(ym), index: indexByDay(events) };
}

/**
 * The first month after `ym`, within the next three, with an activity that passes the filters
 * (one request: the API answers in start order); `null` when there is none.
 */
export async function findNextMonth(api: SportelloClient, ym: YearMonth, f: Filters, lang: Lang, signal: AbortSignal): Promise<YearMonth | null> {
  const query = {
    ...range(addMonths(ym, 1), 3),
    pageSize: 1,
    ...(f.category ? { category: [f.category as EventCategory] } : {}),
    ...(f.district ? { district: [Number(f.district) as District] } : {}),
    ...(f.freeSeats ? { freeSeats: true } : {}),
  };
  const data = await unwrap(api.GET('/events', { params: { query, header: { 'Accept-Language': lang } }, signal }));
  const first = data.items[0];
  return first ? monthOf(romeDayOf(Date.parse(first.startsAt))) : null;
}
