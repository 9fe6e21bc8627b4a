import type { Booking, Building, Lang, Round, RoundState } from '../../types';
import type { BookingOutcome, BuildingKey, CancelOutcome, IdempotentWrite, KeyHit, NewBooking, StoredAnswer } from '../store';
import { decideBooking, decideCancellation, initials, isCancellable, roundStateAt, toRomeIso } from '@sportello/domain';
import type { Sql, Tx } from './database';
import { claimKeys, storeAnswers, transaction } from './keys';
import { batcher } from './batch';

export interface RoundRow {
  id: string;
  title_it: string;
  title_en: string;
  item_it: string;
  item_en: string;
  opens_at: number;
  closes_at: number;
  units_per_person: number;
  max_household_size: number;
  stock_units: number;
  units_booked: number;
}

interface BuildingRow {
  code: string;
  street: string;
  civic_number: string;
  cap: string;
  district: number;
  administrator: string;
  street_key: string;
  civic_key: string;
}

interface BookingRow extends BuildingRow {
  booking_code: string;
  round_id: string;
  tax_code: string;
  given_name: string;
  family_name: string;
  household_size: number;
  quantity: number;
  state: Booking['state'];
  created_at: number;
  booked_by: string | null;
}

const facts = (r: RoundRow) => ({ opensAtMs: r.opens_at, closesAtMs: r.closes_at, maxHouseholdSize: r.max_household_size, unitsPerPerson: r.units_per_person });
const stateAt = (r: RoundRow, nowMs: number): RoundState => roundStateAt(facts(r), nowMs);

export const toRound = (r: RoundRow, lang: Lang, nowMs: number): Round => ({
  id: r.id,
  title: lang === 'en' ? r.title_en : r.title_it,
  item: lang === 'en' ? r.item_en : r.item_it,
  opensAt: toRomeIso(r.opens_at),
  closesAt: toRomeIso(r.closes_at),
  state: stateAt(r, nowMs),
  unitsPerPerson: r.units_per_person,
  maxHouseholdSize: r.max_household_size,
  stockUnits: r.stock_units,
  unitsLeft: r.stock_units - r.units_booked,
});

const toBuilding = (b: Omit<BuildingRow, 'street_key' | 'civic_key'>): Building => ({
  buildingCode: b.code,
  street: b.street,
  civicNumber: b.civic_number,
  cap: b.cap,
  district: b.district,
  administrator: b.administrator,
});

function toBooking(b: Omit<BookingRow, 'street_key' | 'civic_key'>): Booking {
  const ini = initials(b.given_name, b.family_name);
  return {
    bookingCode: b.booking_code,
    roundId: b.round_id,
    quantity: b.quantity,
    householdSize: b.household_size,
    state: b.state,
    building: toBuilding(b),
    ...(ini ? { applicantInitials: ini } : {}),
    createdAt: toRomeIso(b.created_at),
    cancellable: isCancellable(b.state),
    ...(b.booked_by ? { bookedBy: b.booked_by } : {}),
  };
}

const BOOKING = (sql: Sql | Tx, code: string) => sql<BookingRow[]>`
  SELECT b.code AS booking_code, b.round_id, b.tax_code, b.given_name, b.family_name, b.household_size, b.quantity,
         b.state, b.created_at, b.booked_by, bu.code, bu.street, bu.civic_number, bu.cap, bu.district, bu.administrator
  FROM bookings b JOIN buildings bu ON bu.code = b.building_code WHERE b.code = ${code}`;

interface BookingJob {
  input: NewBooking;
  nowMs: number;
  idem: IdempotentWrite<BookingOutcome> | undefined;
}

const pair = (a: string, b: string) => `${a}\u0000${b}`;
const addressOf = (k: { cap: string; streetKey: string; civicKey: string }) => `${k.cap}\u0000${k.streetKey}\u0000${k.civicKey}`;

/**
 * Books a group of requests in ONE transaction (group commit, as the SQLite store does): the keys
 * claimed first, the rounds locked (`FOR UPDATE`, in id order), the buildings and the people's
 * existing bookings read — all in one pipelined round trip — then each request decided in order
 * with `decideBooking` on the locked rows, and the confirmed ones written with one `INSERT … unnest`,
 * one stock update per round and the answers stored, pipelined with the `COMMIT`. The hot round's
 * lock is held for two round trips per group, not four per booking; `CHECK (units_booked <=
 * stock_units)` and the partial unique index stay as the second guard.
 */
async function bookGroup(tx: Tx, jobs: readonly BookingJob[]): Promise<Array<BookingOutcome | KeyHit | { again: true }>> {
  const roundIds = [...new Set(jobs.map((j) => j.input.roundId))].sort();
  const codes = jobs.flatMap((j) => ('code' in j.input.building ? [j.input.building.code] : []));
  const addresses = jobs.flatMap((j) => ('code' in j.input.building ? [] : [j.input.building]));
  const [claims, rounds, buildings, existing, taken] = await Promise.all([
    claimKeys(tx, jobs.map((j) => j.idem), jobs.map((j) => j.nowMs)),
    tx<RoundRow[]>`SELECT * FROM rounds WHERE id = ANY(${roundIds}::text[]) ORDER BY id FOR UPDATE`,
    tx<BuildingRow[]>`
      SELECT * FROM buildings WHERE code = ANY(${codes}::text[])
        OR (cap, street_key, civic_key) IN (SELECT * FROM unnest(${addresses.map((a) => a.cap)}::text[],
              ${addresses.map((a) => a.streetKey)}::text[], ${addresses.map((a) => a.civicKey)}::text[]))`,
    tx<{ round_id: string; tax_code: string; code: string }[]>`
      SELECT round_id, tax_code, code FROM bookings WHERE state <> 'cancelled'
        AND (round_id, tax_code) IN (SELECT * FROM unnest(${jobs.map((j) => j.input.roundId)}::text[], ${jobs.map((j) => j.input.taxCode)}::text[]))`,
    tx<{ code: string }[]>`SELECT code FROM bookings WHERE code = ANY(${jobs.map((j) => j.input.code)}::text[])`,
  ]);
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  const byCode = new Map(buildings.map((b) => [b.code, b]));
  const byAddress = new Map(buildings.map((b) => [addressOf({ cap: b.cap, streetKey: b.street_key, civicKey: b.civic_key }), b]));
  const active = new Map(existing.map((e) => [pair(e.round_id, e.tax_code), e.code]));
  const usedCodes = new Set(taken.map((t) => t.code));
  const left = new Map(rounds.map((r) => [r.id, r.stock_units - r.units_booked]));
  let nextOpening: Promise<number | undefined> | undefined;

  const outcomes: Array<BookingOutcome | KeyHit | { again: true }> = [];
  const confirmed: Array<{ job: BookingJob; quantity: number; building: BuildingRow }> = [];
  for (const [i, job] of jobs.entries()) {
    const claim = claims[i]!;
    if ('again' in claim || 'reason' in claim) {
      outcomes.push(claim);
      continue;
    }
    const { input, nowMs } = job;
    const round = roundById.get(input.roundId);
    const decision = decideBooking(round && facts(round), input.householdSize, nowMs);
    if (!decision.ok) {
      if (decision.reason === 'window-closed') {
        nextOpening ??= tx<{ opens_at: number }[]>`SELECT opens_at FROM rounds WHERE opens_at > ${nowMs} ORDER BY opens_at LIMIT 1`.then((r) => r[0]?.opens_at);
        const next = await nextOpening;
        outcomes.push({ ok: false, reason: 'window-closed', ...(next !== undefined ? { nextRoundOpensAt: toRomeIso(next) } : {}) });
      } else outcomes.push(decision);
      continue;
    }
    const building = 'code' in input.building ? byCode.get(input.building.code) : byAddress.get(addressOf(input.building));
    if (!building) {
      outcomes.push({ ok: false, reason: 'building-not-in-network' });
      continue;
    }
    const already = active.get(pair(round!.id, input.taxCode));
    if (already) {
      outcomes.push({ ok: false, reason: 'already-booked' });
      continue;
    }
    if (usedCodes.has(input.code)) {
      outcomes.push({ ok: false, reason: 'code-taken' });
      continue;
    }
    if (decision.quantity > left.get(round!.id)!) {
      outcomes.push({ ok: false, reason: 'round-full' });
      continue;
    }
    left.set(round!.id, left.get(round!.id)! - decision.quantity);
    active.set(pair(round!.id, input.taxCode), input.code);
    usedCodes.add(input.code);
    confirmed.push({ job, quantity: decision.quantity, building });
    outcomes.push({
      ok: true,
      booking: toBooking({
        ...building,
        booking_code: input.code,
        round_id: round!.id,
        tax_code: input.taxCode,
        given_name: input.givenName,
        family_name: input.familyName,
        household_size: input.householdSize,
        quantity: decision.quantity,
        state: 'confirmed',
        created_at: nowMs,
        booked_by: input.bookedBy?.name ?? null,
      }),
    });
  }

  const writes = [];
  if (confirmed.length) {
    const col = <T>(f: (c: (typeof confirmed)[number]) => T) => confirmed.map(f);
    writes.push(tx`
      INSERT INTO bookings (code, round_id, tax_code, given_name, family_name, household_size, quantity, building_code, phone, email, lang, state, created_at, updated_at,
                            booked_by, booked_by_subject)
      SELECT code, round_id, tax_code, given_name, family_name, household_size, quantity, building_code, phone, email, lang, 'confirmed', now, now,
             booked_by, booked_by_subject
      FROM unnest(${col((c) => c.job.input.code)}::text[], ${col((c) => c.job.input.roundId)}::text[], ${col((c) => c.job.input.taxCode)}::text[],
                  ${col((c) => c.job.input.givenName)}::text[], ${col((c) => c.job.input.familyName)}::text[], ${col((c) => c.job.input.householdSize)}::int[],
                  ${col((c) => c.quantity)}::int[], ${col((c) => c.building.code)}::text[], ${col((c) => c.job.input.phone ?? null) as string[]}::text[],
                  ${col((c) => c.job.input.email ?? null) as string[]}::text[], ${col((c) => c.job.input.lang)}::text[], ${col((c) => c.job.nowMs)}::bigint[],
                  ${col((c) => c.job.input.bookedBy?.name ?? null) as string[]}::text[], ${col((c) => c.job.input.bookedBy?.subject ?? null) as string[]}::text[])
        AS t(code, round_id, tax_code, given_name, family_name, household_size, quantity, building_code, phone, email, lang, now, booked_by, booked_by_subject)`);
    const units = new Map<string, number>();
    for (const c of confirmed) units.set(c.job.input.roundId, (units.get(c.job.input.roundId) ?? 0) + c.quantity);
    writes.push(tx`
      UPDATE rounds AS r SET units_booked = r.units_booked + t.q
      FROM unnest(${[...units.keys()]}::text[], ${[...units.values()]}::int[]) AS t(id, q) WHERE r.id = t.id`);
  }
  const answers: Array<{ idem: IdempotentWrite<any>; answer: StoredAnswer | undefined }> = [];
  jobs.forEach((job, i) => {
    const claim = claims[i]!;
    if (job.idem && 'claimed' in claim && claim.claimed) answers.push({ idem: job.idem, answer: job.idem.answer(outcomes[i] as BookingOutcome) });
  });
  writes.push(...storeAnswers(tx, answers));
  await Promise.all(writes);
  return outcomes;
}

/** Rounds, buildings and bookings on PostgreSQL. */
export function postgresPpe(sql: Sql, options: { maxGroup?: number | undefined; isTransient?: (error: unknown) => boolean } = {}) {
  const book = batcher<BookingJob, BookingOutcome | KeyHit | { again: true }>((jobs) => transaction(sql, (tx) => bookGroup(tx, jobs)), options.maxGroup ?? 256, options.isTransient);

  return {
    async listRounds(lang: Lang, nowMs: number, state?: RoundState): Promise<Round[]> {
      const rows = await sql<RoundRow[]>`SELECT * FROM rounds ORDER BY opens_at DESC, id`;
      return rows.filter((r) => (state ? stateAt(r, nowMs) === state : stateAt(r, nowMs) !== 'closed')).map((r) => toRound(r, lang, nowMs));
    },
    async findBuilding(key: BuildingKey): Promise<Building | undefined> {
      const [row] =
        'code' in key
          ? await sql<BuildingRow[]>`SELECT * FROM buildings WHERE code = ${key.code}`
          : await sql<BuildingRow[]>`SELECT * FROM buildings WHERE cap = ${key.cap} AND street_key = ${key.streetKey} AND civic_key = ${key.civicKey}`;
      return row && toBuilding(row);
    },
    async createBooking(input: NewBooking, nowMs: number, idem?: IdempotentWrite<BookingOutcome>): Promise<BookingOutcome | KeyHit> {
      // A key repeated within one group is asked again: by then the first request has committed.
      for (let attempt = 0; attempt < 5; attempt++) {
        const outcome = await book({ input, nowMs, idem });
        if (!('again' in outcome)) return outcome;
      }
      throw new Error('idempotency key still claimed after five groups');
    },
    async findBooking(code: string, taxCode: string): Promise<Booking | undefined> {
      const [row] = await BOOKING(sql, code);
      return row && row.tax_code === taxCode ? toBooking(row) : undefined;
    },
    cancelBooking(code: string, taxCode: string, nowMs: number): Promise<CancelOutcome> {
      return transaction(sql, async (tx) => {
        const [row] = await tx<BookingRow[]>`
          SELECT b.code AS booking_code, b.round_id, b.tax_code, b.given_name, b.family_name, b.household_size, b.quantity,
                 b.state, b.created_at, b.booked_by, bu.code, bu.street, bu.civic_number, bu.cap, bu.district, bu.administrator
          FROM bookings b JOIN buildings bu ON bu.code = b.building_code WHERE b.code = ${code} FOR UPDATE OF b`;
        if (!row || row.tax_code !== taxCode) return { ok: false, reason: 'booking-not-found' } as const;
        const decision = decideCancellation(row.state);
        if (decision === 'as-is') return { ok: true, booking: toBooking(row) } as const;
        if (decision === 'not-cancellable') return { ok: false, reason: 'not-cancellable' } as const;
        await Promise.all([
          tx`UPDATE bookings SET state = 'cancelled', updated_at = ${nowMs} WHERE code = ${code}`,
          tx`UPDATE rounds SET units_booked = units_booked - ${row.quantity} WHERE id = ${row.round_id}`,
        ]);
        return { ok: true, booking: toBooking({ ...row, state: 'cancelled' }) } as const;
      });
    },
  };
}
