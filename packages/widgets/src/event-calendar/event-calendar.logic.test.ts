import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_NOW, createFixtures } from '@sportello/demo-data';
import { publicEvent } from '@sportello/domain';
import type { SportelloEvent } from '@sportello/sdk';
import { endTimeOf, filterIndex, focusDayIn, indexByDay, matches, monthGrid, moveDay, recurrenceText, type Filters } from './event-calendar.logic';

const events: SportelloEvent[] = createFixtures(DEMO_NOW).events.map((e) => publicEvent(e, 'it'));
const none: Filters = { category: '', district: '', freeSeats: false };

function event(id: string, startsAt: string, endsAt: string, extra: Partial<SportelloEvent> = {}): SportelloEvent {
  return { ...events[0]!, id, startsAt, endsAt, ...extra };
}

describe('indexByDay', () => {
  it('puts every occurrence of a weekly series on its day, at the same Rome time across the October clock change', () => {
    const index = indexByDay(events);
    const taiChi = [...index.days.entries()].flatMap(([day, list]) => list.filter((x) => x.event.seriesId === 'tai-chi-parco-ruffini').map((x) => ({ day, time: x.time })));
    assert.ok(taiChi.length >= 12, `${taiChi.length} occurrences`);
    assert.ok(taiChi.every((x) => x.time === '10:00'), JSON.stringify(taiChi));
    const days = taiChi.map((x) => x.day);
    assert.ok(days.includes('2026-10-20') && days.includes('2026-10-27'), 'both sides of 25 October');
    for (let i = 1; i < days.length; i++) assert.equal(Date.parse(days[i]!) - Date.parse(days[i - 1]!), 7 * 86_400_000);
    assert.equal(index.count, events.length);
  });

  it('keeps the Rome day and time of events on and around the DST days, whatever the offset written', () => {
    const index = indexByDay([
      event('a', '2026-10-25T02:30:00+02:00', '2026-10-25T02:45:00+02:00'),
      event('b', '2026-10-25T02:30:00+01:00', '2026-10-25T03:30:00+01:00'),
      event('c', '2026-03-29T03:30:00+02:00', '2026-03-29T04:30:00+02:00'),
      event('d', '2026-03-28T23:30:00Z', '2026-03-29T01:30:00Z'),
      event('e', '2026-10-31T22:30:00Z', '2026-10-31T23:00:00Z'),
    ]);
    const seen = (day: string) => index.days.get(day)?.map((x) => `${x.event.id} ${x.time}-${endTimeOf(x)}`);
    assert.deepEqual(seen('2026-10-25'), ['a 02:30-02:45', 'b 02:30-03:30']);
    assert.deepEqual(seen('2026-03-29'), ['d 00:30-03:30', 'c 03:30-04:30']);
    assert.deepEqual(seen('2026-10-31'), ['e 23:30-00:00']);
  });

  it('sorts a day whose events arrive out of order (a second page)', () => {
    const index = indexByDay([event('late', '2026-12-01T18:00:00+01:00', '2026-12-01T19:00:00+01:00'), event('early', '2026-12-01T09:00:00+01:00', '2026-12-01T10:00:00+01:00')]);
    assert.deepEqual(index.days.get('2026-12-01')!.map((x) => x.event.id), ['early', 'late']);
  });
});

describe('filters', () => {
  it('keeps only what matches every filter and counts it', () => {
    const index = indexByDay(events);
    assert.equal(filterIndex(index, none), index);
    const f: Filters = { category: 'movement', district: '3', freeSeats: true };
    const kept = filterIndex(index, f);
    const expected = events.filter((e) => e.category === 'movement' && e.district === 3 && e.seatsLeft > 0);
    assert.ok(expected.length > 0);
    assert.equal(kept.count, expected.length);
    assert.deepEqual([...kept.days.values()].flat().map((x) => x.event.id).sort(), expected.map((e) => e.id).sort());
    assert.equal(filterIndex(index, { ...none, freeSeats: true }).count, events.filter((e) => e.seatsLeft > 0).length);
  });

  it('matches each filter on its own', () => {
    const e = events.find((x) => x.seatsLeft === 0)!;
    assert.equal(matches(e, { ...none, freeSeats: true }), false);
    assert.equal(matches(e, { ...none, category: e.category }), true);
    assert.equal(matches(e, { ...none, district: String((e.district % 8) + 1) }), false);
  });
});

describe('monthGrid', () => {
  it('lays December 2026 out in weeks from Monday, padded', () => {
    const weeks = monthGrid({ year: 2026, month: 12 });
    assert.equal(weeks.length, 5);
    assert.deepEqual(weeks[0], [null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    assert.deepEqual(weeks[4], ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
  });

  it('needs six rows for a month starting on Sunday with 31 days, four for February 2027', () => {
    assert.equal(monthGrid({ year: 2026, month: 3 }).length, 6);
    assert.equal(monthGrid({ year: 2027, month: 2 }).length, 4);
    assert.equal(monthGrid({ year: 2027, month: 2 }).flat().filter(Boolean).length, 28);
  });
});

describe('moveDay (grid keyboard)', () => {
  it('moves by day, week, month and within the week', () => {
    assert.equal(moveDay('2026-12-31', 'ArrowRight'), '2027-01-01');
    assert.equal(moveDay('2026-12-01', 'ArrowLeft'), '2026-11-30');
    assert.equal(moveDay('2026-12-03', 'ArrowUp'), '2026-11-26');
    assert.equal(moveDay('2026-12-30', 'ArrowDown'), '2027-01-06');
    assert.equal(moveDay('2026-12-03', 'Home'), '2026-11-30');
    assert.equal(moveDay('2026-12-03', 'End'), '2026-12-06');
    assert.equal(moveDay('2026-12-03', 'Home', true), '2026-12-01');
    assert.equal(moveDay('2026-12-03', 'End', true), '2026-12-31');
    assert.equal(moveDay('2027-01-31', 'PageDown'), '2027-02-28');
    assert.equal(moveDay('2026-12-15', 'PageUp'), '2026-11-15');
    assert.equal(moveDay('2026-12-15', 'Enter'), undefined);
  });

  it('keeps the focused day when the month changes, else today, else the same day number', () => {
    assert.equal(focusDayIn({ year: 2027, month: 1 }, '2027-01-06', '2026-12-10'), '2027-01-06');
    assert.equal(focusDayIn({ year: 2026, month: 12 }, undefined, '2026-12-10'), '2026-12-10');
    assert.equal(focusDayIn({ year: 2027, month: 2 }, '2027-01-31', '2026-12-10'), '2027-02-28');
    assert.equal(focusDayIn({ year: 2027, month: 2 }, undefined, '2026-12-10'), '2027-02-01');
  });
});

describe('recurrenceText', () => {
  it('says the weekday and the last day in both languages', () => {
    assert.equal(recurrenceText('it-IT', { frequency: 'weekly', weekday: 2, until: '2027-02-23' }), 'ogni martedì fino al 23 febbraio 2027');
    assert.equal(recurrenceText('en-GB', { frequency: 'weekly', weekday: 2, until: '2027-02-23' }), 'every Tuesday until 23 February 2027');
    assert.equal(recurrenceText('it-IT', { frequency: 'weekly', weekday: 7, until: '2027-03-08' }), 'ogni domenica fino all’8 marzo 2027');
    assert.equal(recurrenceText('en-GB', { frequency: 'weekly', weekday: 1, until: '2027-03-29' }), 'every Monday until 29 March 2027');
  });
});
