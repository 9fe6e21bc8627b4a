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
  let events: SportelloEvent[] = [];
  for (let page = 1; ; page++) {
    const data = await unwrap(api.GET('/events', { params: { query: { ...range(ym, 1), page, pageSize: PAGE_SIZE }, header: { 'Accept-Language': lang } }, signal }));
    events = page === 1 ? data.items : events.concat(data.items);
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

/**
 * Downloads an activity's iCalendar file from the API: a `blob:` URL and a download link, which
 * a strict Content-Security-Policy allows (no `data:` navigation, no inline script).
 */
export async function downloadEventFile(api: SportelloClient, eventId: string, lang: Lang): Promise<void> {
  const blob = await unwrap(api.GET('/events/{eventId}/calendar.ics', { params: { path: { eventId }, header: { 'Accept-Language': lang } }, parseAs: 'blob' }));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${eventId}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** How long a loaded month is shown without asking again (seats change). */
const FRESH_MS = 5 * 60_000;

/**
 * Loaded months, by language and month, kept for five minutes; the month after the one shown is
 * fetched ahead while the browser is idle, so "next month" draws at once. A failed or aborted load
 * is forgotten, so the next attempt asks again.
 */
export class MonthCache {
  #entries = new Map<string, { at: number; month: Promise<LoadedMonth>; value?: LoadedMonth }>();
  #ahead = new AbortController();
  #api: SportelloClient | undefined;

  #fresh(key: string): Promise<LoadedMonth> | undefined {
    const hit = this.#entries.get(key);
    return hit && Date.now() - hit.at < FRESH_MS ? hit.month : undefined;
  }

  #put(key: string, month: Promise<LoadedMonth>): Promise<LoadedMonth> {
    const entry: { at: number; month: Promise<LoadedMonth>; value?: LoadedMonth } = { at: Date.now(), month };
    this.#entries.set(key, entry);
    month.then(
      (value) => (entry.value = value),
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    if (this.#entries.size > 12) this.#entries.delete(this.#entries.keys().next().value!);
    return month;
  }

  /** The month, from the cache or the API (another client empties the cache). */
  get(api: SportelloClient, ym: YearMonth, lang: Lang, signal: AbortSignal): Promise<LoadedMonth> {
    if (api !== this.#api) this.clear(api);
    const key = `${lang}${monthKey(ym)}`;
    return this.#fresh(key) ?? this.#put(key, loadMonth(api, ym, lang, signal));
  }

  /** The month if it is already here (to draw it in the same update as the click that asks). */
  peek(api: SportelloClient, ym: YearMonth, lang: Lang): LoadedMonth | undefined {
    const key = `${lang}${monthKey(ym)}`;
    return api === this.#api && this.#fresh(key) ? this.#entries.get(key)?.value : undefined;
  }

  /** Fetches the month when the browser is next idle, unless it is already here. */
  prefetch(api: SportelloClient, ym: YearMonth, lang: Lang): void {
    const key = `${lang}${monthKey(ym)}`;
    const signal = this.#ahead.signal;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => {
      if (api === this.#api && !signal.aborted && !this.#fresh(key)) void this.#put(key, loadMonth(api, ym, lang, signal));
    });
  }

  /** Stops fetching ahead (the element left the page). */
  stop(): void {
    this.#ahead.abort();
    this.#ahead = new AbortController();
  }

  /** Forgets every month. */
  clear(api?: SportelloClient): void {
    this.stop();
    this.#entries.clear();
    this.#api = api;
  }
}
