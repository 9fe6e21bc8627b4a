/**
 * The calendar's days and months in Europe/Rome time, on the SDK's one Rome-time module
 * (`@sportello/sdk/time`: the offset by arithmetic, without `Intl`, so indexing a month of events is
 * cheap and the same whatever the viewer's own time zone).
 *
 * Calendar days are `YYYY-MM-DD` strings ("day keys"): they sort, compare and hash as strings.
 */
import { romeOffsetMinutes } from '@sportello/sdk/time';

export { romeOffsetMinutes };

const MINUTE = 60_000;

/** A calendar month. */
export interface YearMonth {
  year: number;
  /** 1-12. */
  month: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as a `Date` whose UTC fields read Rome's wall clock. */
const wall = (ms: number) => new Date(ms + romeOffsetMinutes(ms) * MINUTE);

/** The Rome calendar day of an instant: `2026-12-01`. */
export function romeDayOf(ms: number): string {
  return wall(ms).toISOString().slice(0, 10);
}

/** The Rome wall-clock time of an instant: `09:30` (24-hour, as in both languages). */
export function romeTimeOf(ms: number): string {
  return wall(ms).toISOString().slice(11, 16);
}

/** An instant's Rome day and wall-clock time, and its ms. */
export interface RomeInstant {
  ms: number;
  day: string;
  time: string;
}

/**
 * Reads an ISO 8601 instant. The API writes Rome's own offset (`2026-12-01T10:00:00+01:00`): when
 * the offset is the one in force at that instant, day and time are the string's own digits (no
 * `Date` work, which matters for a month of 1,000 events); otherwise they are computed.
 */
export function romeInstant(iso: string): RomeInstant {
  const ms = Date.parse(iso);
  if (iso.length === 25 && iso[19] === '+' && iso.endsWith(':00') && Number(iso.slice(20, 22)) * 60 === romeOffsetMinutes(ms)) {
    return { ms, day: iso.slice(0, 10), time: iso.slice(11, 16) };
  }
  return { ms, day: romeDayOf(ms), time: romeTimeOf(ms) };
}

/** The instant at which Rome's clocks show midnight starting `day` (never skipped nor repeated). */
export function romeMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d);
  const guess = utc - romeOffsetMinutes(utc) * MINUTE;
  return utc - romeOffsetMinutes(guess) * MINUTE;
}

/** Rome's midnight starting `day`, as ISO 8601 with its offset: `2026-12-01T00:00:00+01:00`. */
export function romeMidnightIso(day: string): string {
  return `${day}T00:00:00+${pad(romeOffsetMinutes(romeMidnight(day)) / 60)}:00`;
}

/** Whether the viewer's own clock differs from Rome's at an instant (then times are labelled). */
export function viewerDiffersFromRome(ms: number): boolean {
  return -new Date(ms).getTimezoneOffset() !== romeOffsetMinutes(ms);
}

/** `YYYY-MM` of a month. */
export const monthKey = (ym: YearMonth): string => `${ym.year}-${pad(ym.month)}`;

/** Reads `2026-12` (the `month` attribute); undefined unless it names a real month. */
export function parseMonth(value: string | null | undefined): YearMonth | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : undefined;
}

/** The month `n` months after `ym` (before, when negative). */
export function addMonths(ym: YearMonth, n: number): YearMonth {
  const i = ym.year * 12 + ym.month - 1 + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** The month a day key falls in. */
export const monthOf = (day: string): YearMonth => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) });

/** Days in a month. */
export const daysIn = (ym: YearMonth): number => new Date(Date.UTC(ym.year, ym.month, 0)).getUTCDate();

/** The key of day `d` of a month. */
export const dayKey = (ym: YearMonth, d: number): string => `${monthKey(ym)}-${pad(d)}`;

/** A day key moved by whole days. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** ISO weekday of a day key: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** A day key as a `Date` at noon UTC: the same calendar day in Rome, for `Intl` formatting. */
export const dayToDate = (day: string): Date => new Date(`${day}T12:00:00Z`);
