import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  parseMonth,
  romeDayOf,
  romeMidnight,
  romeMidnightIso,
  romeInstant,
  romeOffsetMinutes,
  romeTimeOf,
  weekdayOf,
} from './rome-time.logic';

const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** Rome's wall clock by Intl: `2026-10-25 02:30`. */
const byIntl = (ms: number) => {
  const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
};

describe('Rome time by arithmetic', () => {
  it('agrees with Intl every 15 minutes around both 2026 clock changes and across 2025-2028', () => {
    const checks: number[] = [];
    for (const around of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z']) {
      const t = Date.parse(around);
      for (let m = -36 * 60; m <= 36 * 60; m += 15) checks.push(t + m * 60_000);
    }
    for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2029-01-01T00:00:00Z'); t += 7 * 3600_000 + 13 * 60_000) checks.push(t);
    for (const ms of checks) assert.equal(`${romeDayOf(ms)} ${romeTimeOf(ms)}`, byIntl(ms), new Date(ms).toISOString());
  });

  it('changes offset at 01:00 UTC on the last Sunday of March and of October', () => {
    assert.equal(romeOffsetMinutes(Date.parse('2026-03-29T00:59:59Z')), 60);
    assert.equal(romeOffsetMinutes(Date.parse('2026-03-29T01:00:00Z')), 120);
    assert.equal(romeOffsetMinutes(Date.parse('2026-10-25T00:59:59Z')), 120);
    assert.equal(romeOffsetMinutes(Date.parse('2026-10-25T01:00:00Z')), 60);
  });

  it('reads 02:30 twice on 25 October 2026 (the repeated hour) and skips it on 29 March', () => {
    assert.equal(romeTimeOf(Date.parse('2026-10-25T02:30:00+02:00')), '02:30');
    assert.equal(romeTimeOf(Date.parse('2026-10-25T02:30:00+01:00')), '02:30');
    assert.equal(romeTimeOf(Date.parse('2026-03-29T01:30:00Z')), '03:30');
  });

  it('puts a late-evening event on its Rome day, not the UTC one', () => {
    assert.equal(romeDayOf(Date.parse('2026-07-31T23:30:00+02:00')), '2026-07-31');
    assert.equal(romeDayOf(Date.parse('2026-07-31T22:30:00Z')), '2026-08-01');
    assert.equal(romeDayOf(Date.parse('2026-12-31T23:59:00+01:00')), '2026-12-31');
  });

  it('writes Rome midnight with the offset in force that day', () => {
    assert.equal(romeMidnightIso('2026-12-01'), '2026-12-01T00:00:00+01:00');
    assert.equal(romeMidnightIso('2026-10-01'), '2026-10-01T00:00:00+02:00');
    assert.equal(romeMidnightIso('2026-10-25'), '2026-10-25T00:00:00+02:00');
    assert.equal(romeMidnightIso('2026-10-26'), '2026-10-26T00:00:00+01:00');
    assert.equal(romeMidnightIso('2026-03-29'), '2026-03-29T00:00:00+01:00');
    assert.equal(romeMidnightIso('2026-03-30'), '2026-03-30T00:00:00+02:00');
    assert.equal(romeMidnight('2026-10-26') - romeMidnight('2026-10-25'), 25 * 3600_000);
    assert.equal(romeMidnight('2026-03-30') - romeMidnight('2026-03-29'), 23 * 3600_000);
  });

  it('reads day and time from the string when it carries Rome’s offset, and computes them otherwise', () => {
    assert.deepEqual(romeInstant('2026-12-01T10:00:00+01:00'), { ms: Date.parse('2026-12-01T09:00:00Z'), day: '2026-12-01', time: '10:00' });
    // The offset written is not Rome's at that instant: the instant counts, not the digits.
    assert.deepEqual(romeInstant('2026-12-01T00:30:00+02:00'), { ms: Date.parse('2026-11-30T22:30:00Z'), day: '2026-11-30', time: '23:30' });
    assert.equal(romeInstant('2026-07-01T08:00:00Z').time, '10:00');
    assert.equal(romeInstant('2026-07-01T10:00:00.000+02:00').time, '10:00');
    assert.equal(romeInstant('2026-10-25T02:30:00+01:00').time, '02:30');
    assert.equal(romeInstant('2026-12-01T10:00:00-05:00').day, '2026-12-01');
    assert.equal(romeInstant('2026-12-01T10:00:00-05:00').time, '16:00');
  });

  it('parses and moves months and days', () => {
    assert.deepEqual(parseMonth('2026-12'), { year: 2026, month: 12 });
    assert.equal(parseMonth('2026-13'), undefined);
    assert.equal(parseMonth('dicembre'), undefined);
    assert.equal(parseMonth(null), undefined);
    assert.deepEqual(addMonths({ year: 2026, month: 12 }, 1), { year: 2027, month: 1 });
    assert.deepEqual(addMonths({ year: 2026, month: 1 }, -1), { year: 2025, month: 12 });
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(weekdayOf('2026-12-01'), 2);
    assert.equal(weekdayOf('2026-10-25'), 7);
  });
});
