import type { RoundFixture } from './types';
import { addDays, isoDate, romeIso, romeParts } from '@sportello/domain/time';

const monthName = (lang: 'it' | 'en', year: number, month: number) =>
  new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );

/** A Rome date-time `days` from the Rome calendar day of `now`, at a given hour. */
function dayFrom(now: Date, days: number, hour: number): string {
  const p = romeParts(now);
  const d = addDays(p.year, p.month, p.day, days);
  return romeIso(d.year, d.month, d.day, hour, 0);
}

const slugMonth = (now: Date, days: number) => {
  const p = romeParts(now);
  const d = addDays(p.year, p.month, p.day, days);
  return { id: isoDate(d.year, d.month, 1).slice(0, 7), ...d };
};

/**
 * The distribution rounds around `now`:
 * - `open`: FFP2 masks, opened 6 days ago, closes in 24 days, 350,000 units of which 121,450 left;
 * - `upcoming`: surgical masks, opens in 35 days;
 * - `closed`: the previous FFP2 round, 350,000 units all booked;
 * - `smallStock` (not in `rounds`): an extra open round with 60 units, 10 left — enough for a
 *   household of 2, not of 3 — for "round full" scenarios and tests.
 * Every round gives 5 units per household member, households of 1 to 12.
 */
export function createRounds(now: Date) {
  const open = slugMonth(now, 0);
  const next = slugMonth(now, 35);
  const prev = slugMonth(now, -70);

  const openRound = {
    id: `ffp2-${open.id}`,
    title: `Mascherine FFP2 — ${monthName('it', open.year, open.month)}`,
    item: 'mascherine FFP2',
    en: { title: `FFP2 masks — ${monthName('en', open.year, open.month)}`, item: 'FFP2 masks' },
    opensAt: dayFrom(now, -6, 9),
    closesAt: dayFrom(now, 24, 18),
    state: 'open',
    unitsPerPerson: 5,
    maxHouseholdSize: 12,
    stockUnits: 350_000,
    unitsLeft: 121_450,
  } satisfies RoundFixture;

  const upcomingRound = {
    id: `chirurgiche-${next.id}`,
    title: `Mascherine chirurgiche — ${monthName('it', next.year, next.month)}`,
    item: 'mascherine chirurgiche',
    en: { title: `Surgical masks — ${monthName('en', next.year, next.month)}`, item: 'surgical masks' },
    opensAt: dayFrom(now, 35, 9),
    closesAt: dayFrom(now, 65, 18),
    state: 'upcoming',
    unitsPerPerson: 5,
    maxHouseholdSize: 12,
    stockUnits: 500_000,
    unitsLeft: 500_000,
  } satisfies RoundFixture;

  const closedRound = {
    id: `ffp2-${prev.id}`,
    title: `Mascherine FFP2 — ${monthName('it', prev.year, prev.month)}`,
    item: 'mascherine FFP2',
    en: { title: `FFP2 masks — ${monthName('en', prev.year, prev.month)}`, item: 'FFP2 masks' },
    opensAt: dayFrom(now, -70, 9),
    closesAt: dayFrom(now, -40, 18),
    state: 'closed',
    unitsPerPerson: 5,
    maxHouseholdSize: 12,
    stockUnits: 350_000,
    unitsLeft: 0,
  } satisfies RoundFixture;

  const smallStockRound = {
    id: `ffp2-aurora-${open.id}`,
    title: 'Mascherine FFP2 — distribuzione straordinaria Aurora',
    item: 'mascherine FFP2',
    en: { title: 'FFP2 masks — special distribution in Aurora', item: 'FFP2 masks' },
    opensAt: dayFrom(now, -2, 9),
    closesAt: dayFrom(now, 12, 18),
    state: 'open',
    unitsPerPerson: 5,
    maxHouseholdSize: 12,
    stockUnits: 60,
    unitsLeft: 10,
  } satisfies RoundFixture;

  return { openRound, upcomingRound, closedRound, smallStockRound };
}
