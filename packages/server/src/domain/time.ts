/** Instants as the API writes them: ISO 8601 with the Europe/Rome offset. */

const ROME = 'Europe/Rome';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROME,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

interface RomeParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  offset: string;
}

const HOUR = 3_600_000;
// Rome's offset changes only on the hour (01:00 UTC), so one Intl call per hour of time is enough.
const offsets = new Map<number, number>();

/** Rome's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let minutes = offsets.get(hour);
  if (minutes === undefined) {
    const tz = parts.formatToParts(new Date(hour * HOUR)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(tz);
    minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, minutes);
  }
  return minutes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall-clock fields of an instant in Rome, with its offset (`+01:00` or `+02:00`). */
export function romeParts(ms: number): RomeParts {
  const minutes = offsetMinutes(ms);
  const d = new Date(ms + minutes * 60_000);
  const abs = Math.abs(minutes);
  return {
    year: pad(d.getUTCFullYear(), 4),
    month: pad(d.getUTCMonth() + 1),
    day: pad(d.getUTCDate()),
    hour: pad(d.getUTCHours()),
    minute: pad(d.getUTCMinutes()),
    second: pad(d.getUTCSeconds()),
    offset: `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

/** `2026-12-01T10:00:00+01:00`: an instant in Rome time, with its offset. */
export function toRomeIso(ms: number): string {
  const p = romeParts(ms);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}`;
}

/** `2026-12-01`: the calendar day in Rome at an instant. */
export function romeDate(ms: number): string {
  const p = romeParts(ms);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Milliseconds since the epoch of an ISO 8601 date-time; `undefined` when it does not parse. */
export function parseInstant(iso: string): number | undefined {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
