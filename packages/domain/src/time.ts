/**
 * Europe/Rome wall-clock time, the one time module of Sportello (fixtures, domain, mocks, server
 * and the calendar widget's tests), computed with `Intl` so that it is right whatever the machine's
 * own time zone: +01:00 in winter, +02:00 in summer (from the last Sunday of March to the last
 * Sunday of October).
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

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function read(instant: Date): RomeParts & { offset: string } {
  const parts: Record<string, string> = {};
  for (const p of formatter.formatToParts(instant)) parts[p.type] = p.value;
  // longOffset reads "GMT+01:00" ("GMT" alone would mean +00:00, which Rome never has).
  const offset = parts.timeZoneName!.replace('GMT', '') || '+00:00';
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday!) + 1,
    offset,
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

const HOUR = 3_600_000;
// Rome's offset changes only on the hour (01:00 UTC), so one Intl call per hour of time is enough:
// the server writes every instant it answers with this, thousands a second.
const offsets = new Map<number, number>();

/** Rome's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let minutes = offsets.get(hour);
  if (minutes === undefined) {
    minutes = offsetMinutes(read(new Date(hour * HOUR)).offset);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, minutes);
  }
  return minutes;
}

/** The wall-clock fields of an instant in Rome, as written in ISO 8601, with its offset. */
function isoParts(instant: Date | number) {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const minutes = offsetAt(ms);
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
