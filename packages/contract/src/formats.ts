/**
 * The two runtime helpers Ajv's standalone validators need (see `generated/requests.ts`): string
 * length in code points, and the string formats the contract uses — browser-safe, no dependency.
 */

/** Length in Unicode code points, as JSON Schema counts `maxLength`. */
export function ucs2length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** `YYYY-MM-DD`, a real calendar day (RFC 3339 full-date). */
function date(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && !leap(y) ? 28 : DAYS[mo - 1]!);
}

/** RFC 3339 date-time with a time zone (`Z` or an offset). */
function dateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(s);
  if (!m || !date(m[1]!)) return false;
  const [h, mi, sec] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const offsetOk = m[6]!.toUpperCase() === 'Z' || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
  return h <= 23 && mi <= 59 && sec <= 60 && offsetOk;
}

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Format validators, as ajv-formats names them. */
export const formats: Record<string, { validate: (s: string) => boolean } | { type: 'number'; validate: (n: number) => boolean } | RegExp> = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n <= 2 ** 31 - 1 && n >= -(2 ** 31) },
  date: { validate: date },
  'date-time': { validate: dateTime },
  email: EMAIL,
  uri: { validate: (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s) },
};
