/**
 * The operators' ports on PostgreSQL, the same as the SQLite store's (`../sqlite/operators.ts`):
 * each write is one transaction that locks what its decision reads (`SELECT … FOR UPDATE`: the
 * voucher, the redemption, the round, the help request, the activity), calls the domain's decision
 * and applies it, with a conditional statement as the second guard where concurrent writers meet (a
 * balance never below zero, stock never below what is booked) and the `CHECK`s and unique indexes
 * behind that. Idempotent creates claim their key in the same transaction (`withKey`).
 */
import {
  decideDelivery,
  decideHelpTransition,
  decidePromotions,
  decideRedemption,
  decideStock,
  decideVoid,
  roundStateAt,
  toRomeIso,
  type OperatorStore,
  type RedemptionOutcome,
  type RoundOutcome,
  type VoucherIssueOutcome,
} from '@sportello/domain';
import type { components } from '@sportello/sdk';
import type { Sql, Tx } from './database';
import { transaction, withKey } from './keys';
import { toRound, type RoundRow } from './ppe';
import { readVoucher } from './vouchers';
import type { Sealer } from '../sqlite/sealed';

type S = components['schemas'];
type Db = Sql | Tx;

import { toEntry, toHelp, toRedemption, type HelpRow, type RedemptionRow, type RegistrationRow } from '../operator-rows';

interface OperatorBookingRow {
  code: string;
  round_id: string;
  building_code: string;
  state: S['BookingState'];
  given_name: string;
  family_name: string;
  household_size: number;
  quantity: number;
  created_at: number;
  booked_by: string | null;
}

const REDEMPTION = (db: Db, id: string) => db<RedemptionRow[]>`
  SELECT public_id, voucher_code, shop_id, amount_cents, balance_before_cents, redeemed_at, voided FROM redemptions WHERE public_id = ${id}`;
const REGISTRATION = (db: Db, code: string) => db<RegistrationRow[]>`SELECT * FROM registrations WHERE code = ${code}`;
const HELP = (db: Db, code: string, lock = false) =>
  lock
    ? db<HelpRow[]>`SELECT h.*, t.health_data FROM help_requests h JOIN help_topics t ON t.id = h.topic WHERE h.ticket_code = ${code} FOR UPDATE OF h`
    : db<HelpRow[]>`SELECT h.*, t.health_data FROM help_requests h JOIN help_topics t ON t.id = h.topic WHERE h.ticket_code = ${code}`;
const ROUND = async (db: Db, id: string, nowMs: number) => {
  const [r] = await db<RoundRow[]>`SELECT * FROM rounds WHERE id = ${id}`;
  return r && toRound(r, 'it', nowMs);
};

type HelpOutcome = Awaited<ReturnType<OperatorStore['assignHelpRequest']>>;

/** The operators' ports on PostgreSQL. */
export function postgresOperators(sql: Sql, sealed: Sealer): OperatorStore {
  /** A help request moved on under its row lock, when `decideHelpTransition` allows it. */
  const helpUpdate = (code: string, action: 'assign' | 'schedule' | 'close', apply: (tx: Tx) => Promise<unknown>): Promise<HelpOutcome> =>
    transaction(sql, async (tx) => {
      const [row] = await HELP(tx, code, true);
      if (!row) return { ok: false, reason: 'ticket-not-found' };
      if (decideHelpTransition(row.state, action) !== 'ok') return { ok: false, reason: 'invalid-transition' };
      await apply(tx);
      const [after] = await HELP(tx, code);
      return { ok: true, request: toHelp(after!, sealed) };
    });

  return {
    async listOperatorBookings(query) {
      const where = sql`round_id = ${query.roundId} AND building_code = ANY(${query.buildings}::text[]) AND (${query.state ?? null}::text IS NULL OR state = ${query.state ?? null}::text)`;
      const [rows, [count]] = await Promise.all([
        sql<OperatorBookingRow[]>`
          SELECT code, round_id, building_code, state, given_name, family_name, household_size, quantity, created_at, booked_by FROM bookings
          WHERE ${where} ORDER BY created_at DESC, code COLLATE "C" LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        sql<{ n: number }[]>`SELECT count(*)::int AS n FROM bookings WHERE ${where}`,
      ]);
      return {
        items: rows.map((b) => ({
          bookingCode: b.code,
          roundId: b.round_id,
          buildingCode: b.building_code,
          state: b.state,
          recipient: { givenName: b.given_name, familyName: b.family_name },
          householdSize: b.household_size,
          quantity: b.quantity,
          createdAt: toRomeIso(b.created_at),
          ...(b.booked_by ? { bookedBy: b.booked_by } : {}),
        })),
        total: count!.n,
      };
    },

    /** The bookings locked (in code order, so two lists cannot deadlock), each decided in the order given, the moves applied in one statement. */
    updateDeliveries(codes, to, buildings, nowMs) {
      return transaction(sql, async (tx) => {
        const rows = await tx<{ code: string; state: S['BookingState']; building_code: string }[]>`
          SELECT code, state, building_code FROM bookings WHERE code = ANY(${[...new Set(codes)]}::text[]) ORDER BY code COLLATE "C" FOR UPDATE`;
        const current = new Map(rows.map((r) => [r.code, r]));
        const moves: Array<{ code: string; from: S['BookingState'] }> = [];
        const decided = codes.map((bookingCode) => {
          const b = current.get(bookingCode);
          if (!b) return { bookingCode, outcome: 'not-found' as const };
          if (!buildings.includes(b.building_code)) return { bookingCode, outcome: 'forbidden' as const };
          const decision = decideDelivery(b.state, to);
          if (decision === 'update') {
            moves.push({ code: bookingCode, from: b.state });
            current.set(bookingCode, { ...b, state: to });
            return { bookingCode, move: true as const };
          }
          return { bookingCode, state: b.state, outcome: decision };
        });
        const moved = new Set<string>();
        if (moves.length) {
          // Conditional on the state decided from: the second guard.
          const done = await tx<{ code: string }[]>`
            UPDATE bookings AS b SET state = ${to}, updated_at = ${nowMs}
            FROM unnest(${moves.map((m) => m.code)}::text[], ${moves.map((m) => m.from)}::text[]) AS t(code, from_state)
            WHERE b.code = t.code AND b.state = t.from_state RETURNING b.code`;
          for (const d of done) moved.add(d.code);
        }
        return decided.map((d) =>
          'move' in d ? (moved.has(d.bookingCode) ? { bookingCode: d.bookingCode, state: to, outcome: 'updated' as const } : { bookingCode: d.bookingCode, state: current.get(d.bookingCode)!.state, outcome: 'unchanged' as const }) : d,
        );
      });
    },

    /**
     * The voucher locked (`FOR UPDATE`: tills in any process queue on it), `decideRedemption` on
     * what it holds, then a conditional `UPDATE … WHERE balance_cents >= amount` as the second guard
     * (and `CHECK (balance_cents >= 0)` behind it); the redemption is written with the balance it found.
     */
    redeemVoucher(input, nowMs, idem) {
      return withKey(sql, idem, nowMs, async (tx): Promise<RedemptionOutcome> => {
        const [v] = await tx<{ code: string; balance_cents: number; expires_on: string; revoked: boolean }[]>`
          SELECT code, balance_cents, expires_on, revoked FROM vouchers WHERE code = ${input.voucherCode} AND holder_tax_code = ${input.taxCode} FOR UPDATE`;
        if (!v) return { ok: false, reason: 'voucher-not-found' };
        const decision = decideRedemption({ revoked: v.revoked, balanceCents: v.balance_cents, expiresOn: v.expires_on }, input.amountCents, nowMs);
        if (!decision.ok) return decision;
        const taken = await tx`UPDATE vouchers SET balance_cents = balance_cents - ${input.amountCents} WHERE code = ${v.code} AND balance_cents >= ${input.amountCents}`;
        if (taken.count === 0) return { ok: false, reason: 'insufficient-balance', balanceCents: v.balance_cents };
        const [row] = await tx<RedemptionRow[]>`
          INSERT INTO redemptions (public_id, voucher_code, redeemed_at, shop_name, shop_id, amount_cents, balance_before_cents)
          VALUES (${input.id}, ${v.code}, ${nowMs}, ${input.shopName}, ${input.shopId}, ${input.amountCents}, ${v.balance_cents})
          ON CONFLICT DO NOTHING
          RETURNING public_id, voucher_code, shop_id, amount_cents, balance_before_cents, redeemed_at, voided`;
        if (!row) {
          await tx`UPDATE vouchers SET balance_cents = balance_cents + ${input.amountCents} WHERE code = ${v.code}`;
          return { ok: false, reason: 'code-taken' };
        }
        return { ok: true, redemption: toRedemption(row) };
      });
    },

    /** The redemption locked, then (when `decideVoid` says so) marked voided and its amount given back, once. */
    voidRedemption(id, shopId, nowMs) {
      return transaction(sql, async (tx) => {
        const [r] = await tx<RedemptionRow[]>`
          SELECT public_id, voucher_code, shop_id, amount_cents, balance_before_cents, redeemed_at, voided FROM redemptions WHERE public_id = ${id} FOR UPDATE`;
        if (!r) return { ok: false, reason: 'redemption-not-found' } as const;
        if (r.shop_id !== shopId) return { ok: false, reason: 'forbidden' } as const;
        const decision = decideVoid({ redeemedAtMs: r.redeemed_at, voided: r.voided === true }, nowMs);
        if (decision === 'void-window-closed') return { ok: false, reason: 'void-window-closed' } as const;
        if (decision === 'void') {
          const done = await tx`UPDATE redemptions SET voided = true WHERE public_id = ${id} AND NOT voided`;
          if (done.count === 1) await tx`UPDATE vouchers SET balance_cents = balance_cents + ${r.amount_cents} WHERE code = ${r.voucher_code}`;
        }
        const [after] = await REDEMPTION(tx, id);
        return { ok: true, redemption: toRedemption(after!) } as const;
      });
    },

    async listRedemptions(shopId, fromMs, toMs) {
      const rows = await sql<RedemptionRow[]>`
        SELECT public_id, voucher_code, shop_id, amount_cents, balance_before_cents, redeemed_at, voided FROM redemptions
        WHERE shop_id = ${shopId} AND redeemed_at >= ${fromMs} AND redeemed_at < ${toMs} ORDER BY redeemed_at DESC, id DESC`;
      return rows.map(toRedemption);
    },

    issueVoucher(input, idem) {
      const nowMs = Date.now();
      return withKey(sql, idem, nowMs, async (tx): Promise<VoucherIssueOutcome> => {
        const inserted = await tx`
          INSERT INTO vouchers (code, holder_tax_code, face_value_cents, balance_cents, expires_on, revoked, district)
          VALUES (${input.code}, ${input.holderTaxCode}, ${input.faceValueCents}, ${input.faceValueCents}, ${input.expiresOn}, false, ${input.district})
          ON CONFLICT DO NOTHING RETURNING code`;
        if (!inserted.length) return { ok: false, reason: 'code-taken' };
        return { ok: true, voucher: (await readVoucher(tx, input.code, undefined, nowMs))! };
      });
    },

    revokeVoucher(code, nowMs) {
      return transaction(sql, async (tx) => {
        const done = await tx`UPDATE vouchers SET revoked = true WHERE code = ${code}`;
        return done.count === 0 ? undefined : readVoucher(tx, code, undefined, nowMs);
      });
    },

    createRound(input, nowMs, idem) {
      return withKey(sql, idem, nowMs, async (tx): Promise<RoundOutcome> => {
        const inserted = await tx`
          INSERT INTO rounds (id, title_it, title_en, item_it, item_en, opens_at, closes_at, units_per_person, max_household_size, stock_units)
          VALUES (${input.id}, ${input.title}, ${input.titleEn ?? input.title}, ${input.item}, ${input.itemEn ?? input.item},
                  ${Date.parse(input.opensAt)}, ${Date.parse(input.closesAt)}, ${input.unitsPerPerson}, ${input.maxHouseholdSize}, ${input.stockUnits})
          ON CONFLICT DO NOTHING RETURNING id`;
        if (!inserted.length) return { ok: false, reason: 'round-exists' };
        return { ok: true, round: (await ROUND(tx, input.id, nowMs))! };
      });
    },

    /** The round locked (as bookings lock it), `decideStock`, then `UPDATE … WHERE units_booked <= stock` as the second guard. */
    changeRound(id, change, nowMs) {
      return transaction(sql, async (tx): Promise<RoundOutcome> => {
        const [r] = await tx<{ units_booked: number }[]>`SELECT units_booked FROM rounds WHERE id = ${id} FOR UPDATE`;
        if (!r) return { ok: false, reason: 'round-not-found' };
        if (change.stockUnits !== undefined) {
          const set =
            decideStock(r.units_booked, change.stockUnits) === 'ok' &&
            (await tx`UPDATE rounds SET stock_units = ${change.stockUnits} WHERE id = ${id} AND units_booked <= ${change.stockUnits}`).count === 1;
          if (!set) return { ok: false, reason: 'stock-below-booked', unitsBooked: r.units_booked };
        }
        if (change.opensAt) await tx`UPDATE rounds SET opens_at = ${Date.parse(change.opensAt)} WHERE id = ${id}`;
        if (change.closesAt) await tx`UPDATE rounds SET closes_at = ${Date.parse(change.closesAt)} WHERE id = ${id}`;
        const round = (await ROUND(tx, id, nowMs))!;
        return { ok: true, round: { ...round, state: roundStateAt({ opensAtMs: Date.parse(round.opensAt), closesAtMs: Date.parse(round.closesAt) }, nowMs) } };
      });
    },

    async listOperatorHelpRequests(query) {
      const assigned = query.assignedTo ?? null;
      const state = query.state ?? null;
      const rows = await sql<HelpRow[]>`
        SELECT h.*, t.health_data FROM help_requests h JOIN help_topics t ON t.id = h.topic
        WHERE (${assigned}::text IS NULL OR h.assigned_to = ${assigned}::text) AND (${state}::text IS NULL OR h.state = ${state}::text)
        ORDER BY h.created_at, h.ticket_code COLLATE "C"`;
      return rows.map((t) => toHelp(t, sealed));
    },
    async findOperatorHelpRequest(code) {
      const [row] = await HELP(sql, code);
      return row && toHelp(row, sealed);
    },
    assignHelpRequest(code, volunteer, nowMs) {
      return helpUpdate(code, 'assign', (tx) => tx`
        UPDATE help_requests SET state = 'assigned', assigned_to = ${volunteer.subject}, assigned_to_name = ${volunteer.name ?? null}, scheduled_for = NULL, updated_at = ${nowMs}
        WHERE ticket_code = ${code}`);
    },
    scheduleHelpRequest(code, at, nowMs) {
      return helpUpdate(code, 'schedule', (tx) => tx`UPDATE help_requests SET state = 'scheduled', scheduled_for = ${at}, updated_at = ${nowMs} WHERE ticket_code = ${code}`);
    },
    closeHelpRequest(code, outcome, nowMs) {
      return helpUpdate(code, 'close', (tx) => tx`UPDATE help_requests SET state = 'closed', outcome = ${outcome}, updated_at = ${nowMs} WHERE ticket_code = ${code}`);
    },

    async listAttendance(eventId) {
      const rows = await sql<RegistrationRow[]>`SELECT * FROM registrations WHERE event_id = ${eventId} ORDER BY created_at, code COLLATE "C"`;
      return rows.map(toEntry);
    },
    async registrationEvent(code) {
      const [row] = await sql<{ event_id: string }[]>`SELECT event_id FROM registrations WHERE code = ${code}`;
      return row?.event_id;
    },
    async checkIn(code) {
      // One statement: it waits for a cancellation of this registration in progress, then sees its outcome.
      await sql`UPDATE registrations SET checked_in = true WHERE code = ${code} AND state = 'registered'`;
      const [row] = await REGISTRATION(sql, code);
      return row && toEntry(row);
    },

    /**
     * The activity locked first (`FOR UPDATE`, as registrations lock it), so that cancellations of
     * the same activity — in any process — run one after the other; the registration read again
     * under that lock, then cancelled, `decidePromotions` on the waiting list in order, and the
     * people still waiting renumbered in ascending order (each new place is free when it is taken:
     * the unique index on the positions holds after every row).
     */
    cancelRegistration(code) {
      return transaction(sql, async (tx) => {
        const [found] = await tx<{ event_id: string }[]>`SELECT event_id FROM registrations WHERE code = ${code}`;
        if (!found) return { ok: false, reason: 'registration-not-found' } as const;
        const [event] = await tx<{ capacity: number; seats_taken: number }[]>`SELECT capacity, seats_taken FROM events WHERE id = ${found.event_id} FOR UPDATE`;
        const [row] = await tx<RegistrationRow[]>`SELECT * FROM registrations WHERE code = ${code} FOR UPDATE`;
        if (!row) return { ok: false, reason: 'registration-not-found' } as const;
        if (row.state === 'cancelled') return { ok: true, registration: toEntry(row), promoted: [] } as const;
        await tx`UPDATE registrations SET state = 'cancelled', waiting_list_position = NULL WHERE code = ${code}`;
        let taken = event!.seats_taken - (row.state === 'registered' ? row.seats : 0);
        const waiting = await tx<RegistrationRow[]>`
          SELECT * FROM registrations WHERE event_id = ${row.event_id} AND state = 'waitlisted' ORDER BY waiting_list_position FOR UPDATE`;
        const promoted = decidePromotions(event!.capacity - taken, waiting);
        const writes = [];
        if (promoted.length) {
          writes.push(tx`UPDATE registrations SET state = 'registered', waiting_list_position = NULL WHERE code = ANY(${promoted.map((p) => p.code)}::text[])`);
          for (const p of promoted) taken += p.seats;
        }
        const still = waiting.filter((w) => !promoted.includes(w));
        // One statement per place that changes, in ascending order (pipelined: they run in the order sent).
        still.forEach((w, i) => {
          if (w.waiting_list_position !== i + 1) writes.push(tx`UPDATE registrations SET waiting_list_position = ${i + 1} WHERE code = ${w.code}`);
        });
        writes.push(tx`UPDATE events SET seats_taken = ${taken}, waiting_list_length = ${still.length} WHERE id = ${row.event_id}`);
        await Promise.all(writes);
        const after = await tx<RegistrationRow[]>`SELECT * FROM registrations WHERE code = ANY(${[code, ...promoted.map((p) => p.code)]}::text[])`;
        const byCode = new Map(after.map((r) => [r.code, r]));
        return { ok: true, registration: toEntry(byCode.get(code)!), promoted: promoted.map((p) => toEntry(byCode.get(p.code)!)) } as const;
      });
    },

    async appendAudit(e) {
      await sql`INSERT INTO audit_log (at, subject, roles, partner_id, action, record) VALUES (${e.atMs}, ${e.subject}, ${e.roles}::text[], ${e.partnerId}, ${e.action}, ${e.record})`;
    },
    async listAudit(query) {
      const [rows, [count]] = await Promise.all([
        sql<{ at: number; subject: string; roles: string[]; partner_id: string; action: string; record: string }[]>`
          SELECT at, subject, roles, partner_id, action, record FROM audit_log ORDER BY id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_log`,
      ]);
      return {
        items: rows.map((r) => ({ at: toRomeIso(r.at), subject: r.subject, roles: r.roles as AuditRoles, partnerId: r.partner_id, action: r.action, record: r.record })),
        total: count!.n,
      };
    },
  };
}

type AuditRoles = S['AuditEntry']['roles'];
