/**
 * Numbers, money, dates and times for people, through `Intl`, always in Europe/Rome time.
 * Money is integer euro cents in the API: `€ 12,50` in Italian, `€12.50` in English.
 */
import { TIME_ZONE } from '@sportello/sdk/time';
import { INTL_LOCALE, type Lang } from './i18n';

export { TIME_ZONE };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[lang], options)));
  return format;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: TIME_ZONE, ...options })));
  return format;
}

/** A plain number in `lang` (`1.234,5` / `1,234.5`). */
export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(lang, options).format(value);
}

/**
 * Euro cents as money: `€ 12,50` (it, with a no-break space) or `€12.50` (en). Intl's Italian
 * output is `12,50 €`, so the amount is formatted as a number and the sign placed by hand.
 */
export function formatMoney(lang: Lang, cents: number): string {
  const amount = numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(cents) / 100);
  const sign = cents < 0 ? '−' : '';
  return lang === 'it' ? `${sign}€\u00a0${amount}` : `${sign}€${amount}`;
}

/** A date: `lunedì 3 marzo 2025` / `Monday, 3 March 2025` by default. */
export function formatDate(lang: Lang, value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
  return dateFormat(lang, options).format(new Date(value));
}

/** A time of day: `09:30` in both languages (24-hour clock, as in Italy and the UK). */
export function formatTime(lang: Lang, value: string | Date): string {
  return dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(value));
}

/** A date and time: `3 mar 2025, 09:30` / `3 Mar 2025, 09:30`. */
export function formatDateTime(lang: Lang, value: string | Date): string {
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(value));
}

/** A span of time between two instants: `09:30–11:00`, same day assumed unless it differs. */
export function formatTimeRange(lang: Lang, start: string | Date, end: string | Date): string {
  return dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatRange(new Date(start), new Date(end));
}

/** The calendar date in Rome, `YYYY-MM-DD`, for comparing days whatever the viewer's time zone. */
export function romeDay(value: string | Date): string {
  const parts = Object.fromEntries(
    dateFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(value))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}
