/**
 * Europe/Rome wall-clock time, the one time module of Sportello: the demo data, the domain, the
 * server's stores, the mocks and the calendar widget all read and write Rome time with it. Right
 * whatever the machine's own time zone: +01:00 in winter, +02:00 in summer (from the last Sunday of
 * March to the last Sunday of October). Browser-safe, no dependency.
 */

/** The time zone every Sportello time is shown in. */
export const TIME_ZONE = 'Europe/Rome';

/** A calendar date and wall-clock time in Europe/Rome. */
export interface RomeParts {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const transitions = new Map<number, readonly [number, number]>();

/** 01:00 UTC on the last Sunday of `month` (1-12) of `year`: when EU clocks change. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY + HOUR;
}

/**
 * Rome's offset from UTC at an instant, in minutes: 120 from 01:00 UTC on the last Sunday of March
 * to 01:00 UTC on the last Sunday of October (the EU rule, in force since 1996), else 60. By
 * arithmetic, without `Intl`: a month of 1,000 events is indexed in microseconds, and the answer
 * does not depend on the machine's own time zone. The tests check it against `Intl` hour by hour.
 */
export function romeOffsetMinutes(ms: number): 60 | 120 {
  const year = new Date(ms).getUTCFullYear();
  let t = transitions.get(year);
  if (!t) transitions.set(year, (t = [lastSundayOneUtc(year, 3), lastSundayOneUtc(year, 10)]));
  return ms >= t[0] && ms < t[1] ? 120 : 60;
}

function read(instant: Date): RomeParts & { offset: string } {
  const minutes = romeOffsetMinutes(instant.getTime());
  const d = new Date(instant.getTime() + minutes * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: ((d.getUTCDay() + 6) % 7) + 1,
    offset: `+${pad(minutes / 60)}:00`,
  };
}

/** The Europe/Rome UTC offset at an instant: `+01:00` or `+02:00`. */
export function romeOffset(instant: Date): string {
  return read(instant).offset;
}

/** The Europe/Rome date and wall-clock time at an instant. */
export function romeParts(instant: Date): RomeParts {
  const { offset: _offset, ...parts } = read(instant);
  return parts;
}

/** The wall-clock fields of an instant in Rome, as written in ISO 8601, with its offset. */
function isoParts(instant: Date | number) {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const minutes = romeOffsetMinutes(ms);
  const d = new Date(ms + minutes * 60_000);
  const abs = Math.abs(minutes);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    offset: `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

/** An instant (a `Date` or epoch milliseconds) written as ISO 8601 in Europe/Rome time: `2026-12-01T10:00:00+01:00`. */
export function toRomeIso(instant: Date | number): string {
  const p = isoParts(instant);
  return `${p.date}T${p.time}${p.offset}`;
}

/** The Europe/Rome calendar date of an instant: `2026-12-01`. */
export function toRomeDate(instant: Date | number): string {
  return isoParts(instant).date;
}

function offsetMinutes(offset: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * The instant at which Rome's clocks show a date and time. A time skipped when clocks go forward
 * (02:30 on the last Sunday of March) is read with the winter offset, as most libraries do.
 */
export function romeInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at "wall read as UTC" is right except within hours of a change.
  let guess = wall - offsetMinutes(romeOffset(new Date(wall))) * 60_000;
  guess = wall - offsetMinutes(romeOffset(new Date(guess))) * 60_000;
  return new Date(guess);
}

/** A Rome wall-clock date and time written as ISO 8601 with the offset in force then. */
export function romeIso(year: number, month: number, day: number, hour = 0, minute = 0): string {
  return toRomeIso(romeInstant(year, month, day, hour, minute));
}

/** A calendar date moved by whole days (no time zone involved): `addDays(2026, 12, 30, 3)`. */
export function addDays(year: number, month: number, day: number, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days in a month (1-12), leap years included. */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** ISO weekday (1 = Monday) of a calendar date. */
export const weekdayOf = (year: number, month: number, day: number): number => ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;

/** `YYYY-MM-DD` of a calendar date. */
export const isoDate = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
