import type { SqliteDatabase } from './database';
import type { Booking, Building, Lang, Round, RoundState } from '../../types';
import type { BookingOutcome, BuildingKey, CancelOutcome, NewBooking } from '../store';
import { decideBooking, decideCancellation, initials, isCancellable, roundStateAt, toRomeIso } from '@sportello/domain';
import { isUniqueViolation } from './errors';

interface RoundRow {
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

const toRound = (r: RoundRow, lang: Lang, nowMs: number): Round => ({
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

const toBuilding = (b: BuildingRow): Building => ({
  buildingCode: b.code,
  street: b.street,
  civicNumber: b.civic_number,
  cap: b.cap,
  district: b.district,
  administrator: b.administrator,
});

function toBooking(b: BookingRow): Booking {
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

/** Thrown inside a booking transaction to roll it back when the stock is short. */
class RoundFull extends Error {}

/** Rounds, buildings and bookings on SQLite. */
export function sqlitePpe(db: SqliteDatabase) {
  const q = {
    rounds: db.prepare<[], RoundRow>('SELECT * FROM rounds ORDER BY opens_at DESC, id'),
    round: db.prepare<[string], RoundRow>('SELECT * FROM rounds WHERE id = ?'),
    nextOpening: db.prepare<[number], { opens_at: number }>('SELECT opens_at FROM rounds WHERE opens_at > ? ORDER BY opens_at LIMIT 1'),
    buildingByCode: db.prepare<[string], BuildingRow>('SELECT * FROM buildings WHERE code = ?'),
    buildingByAddress: db.prepare<[string, string, string], BuildingRow>(
      'SELECT * FROM buildings WHERE cap = ? AND street_key = ? AND civic_key = ?',
    ),
    insert: db.prepare(
      `INSERT INTO bookings (code, round_id, tax_code, given_name, family_name, household_size, quantity, building_code,
         phone, email, lang, state, created_at, updated_at, booked_by, booked_by_subject)
       VALUES (@code, @roundId, @taxCode, @givenName, @familyName, @householdSize, @quantity, @buildingCode,
         @phone, @email, @lang, 'confirmed', @now, @now, @bookedBy, @bookedBySubject)`,
    ),
    active: db.prepare<[string, string], { code: string }>(
      "SELECT code FROM bookings WHERE round_id = ? AND tax_code = ? AND state <> 'cancelled'",
    ),
    takeStock: db.prepare<[number, string, number]>('UPDATE rounds SET units_booked = units_booked + ? WHERE id = ? AND units_booked + ? <= stock_units'),
    returnStock: db.prepare<[number, string]>('UPDATE rounds SET units_booked = units_booked - ? WHERE id = ?'),
    booking: db.prepare<[string], BookingRow>(
      `SELECT b.code AS booking_code, b.round_id, b.tax_code, b.given_name, b.family_name, b.household_size, b.quantity,
              b.state, b.created_at, b.booked_by, bu.code, bu.street, bu.civic_number, bu.cap, bu.district, bu.administrator
       FROM bookings b JOIN buildings bu ON bu.code = b.building_code WHERE b.code = ?`,
    ),
    cancel: db.prepare<[number, string]>("UPDATE bookings SET state = 'cancelled', updated_at = ? WHERE code = ? AND state = 'confirmed'"),
  };

  const findBuilding = (key: BuildingKey): Building | undefined => {
    const row = 'code' in key ? q.buildingByCode.get(key.code) : q.buildingByAddress.get(key.cap, key.streetKey, key.civicKey);
    return row && toBuilding(row);
  };

  const book = db.transaction((input: NewBooking, nowMs: number): BookingOutcome => {
    const round = q.round.get(input.roundId);
    const decision = decideBooking(round && facts(round), input.householdSize, nowMs);
    if (!decision.ok) {
      if (decision.reason !== 'window-closed') return decision;
      const next = q.nextOpening.get(nowMs);
      return { ok: false, reason: 'window-closed', ...(next ? { nextRoundOpensAt: toRomeIso(next.opens_at) } : {}) };
    }
    const building = findBuilding(input.building);
    if (!building) return { ok: false, reason: 'building-not-in-network' };
    const { quantity } = decision;
    const roundId = round!.id;
    try {
      q.insert.run({
        code: input.code,
        roundId,
        taxCode: input.taxCode,
        givenName: input.givenName,
        familyName: input.familyName,
        householdSize: input.householdSize,
        quantity,
        buildingCode: building.buildingCode,
        phone: input.phone ?? null,
        email: input.email ?? null,
        lang: input.lang,
        now: nowMs,
        bookedBy: input.bookedBy?.name ?? null,
        bookedBySubject: input.bookedBy?.subject ?? null,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = q.active.get(roundId, input.taxCode);
      if (existing) return { ok: false, reason: 'already-booked' };
      return { ok: false, reason: 'code-taken' };
    }
    // The insert above and this conditional update commit together or not at all.
    if (q.takeStock.run(quantity, roundId, quantity).changes === 0) throw new RoundFull();
    return { ok: true, booking: toBooking(q.booking.get(input.code)!) };
  });

  const cancel = db.transaction((code: string, taxCode: string, nowMs: number): CancelOutcome => {
    const row = q.booking.get(code);
    if (!row || row.tax_code !== taxCode) return { ok: false, reason: 'booking-not-found' };
    const decision = decideCancellation(row.state);
    if (decision === 'as-is') return { ok: true, booking: toBooking(row) };
    if (decision === 'not-cancellable' || q.cancel.run(nowMs, code).changes === 0) return { ok: false, reason: 'not-cancellable' };
    q.returnStock.run(row.quantity, row.round_id);
    return { ok: true, booking: toBooking({ ...row, state: 'cancelled' }) };
  });

  return {
    listRounds(lang: Lang, nowMs: number, state?: RoundState): Round[] {
      return q.rounds
        .all()
        .filter((r) => (state ? stateAt(r, nowMs) === state : stateAt(r, nowMs) !== 'closed'))
        .map((r) => toRound(r, lang, nowMs));
    },
    findBuilding,
    /** A round by id, whatever its state. */
    roundById(id: string, nowMs: number): Round | undefined {
      const r = q.round.get(id);
      return r && toRound(r, 'it', nowMs);
    },
    createBooking(input: NewBooking, nowMs: number): BookingOutcome {
      try {
        return book.immediate(input, nowMs);
      } catch (error) {
        if (error instanceof RoundFull) return { ok: false, reason: 'round-full' };
        throw error;
      }
    },
    findBooking(code: string, taxCode: string): Booking | undefined {
      const row = q.booking.get(code);
      return row && row.tax_code === taxCode ? toBooking(row) : undefined;
    },
    cancelBooking(code: string, taxCode: string, nowMs: number): CancelOutcome {
      return cancel.immediate(code, taxCode, nowMs);
    },
  };
}
