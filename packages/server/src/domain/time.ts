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

/** The wall-clock fields of an instant in Rome, with its offset (`+01:00` or `+02:00`). */
export function romeParts(ms: number): RomeParts {
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(new Date(ms))) out[p.type] = p.value;
  const tz = out.timeZoneName ?? 'GMT';
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour!,
    minute: out.minute!,
    second: out.second!,
    offset: tz === 'GMT' ? '+00:00' : tz.slice(3),
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
