/**
 * The operators' ports on SQLite. Each write runs in the group commit's transaction (see
 * `sqlite-store.ts`): the rows are read, the domain decides, the change is applied with a
 * conditional statement where a concurrent writer could interfere (a balance never below zero).
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
  type KeyHit,
  type OperatorStore,
} from '@sportello/domain';
import type { components } from '@sportello/sdk';
import type { SqliteDatabase } from './database';
import { isUniqueViolation } from './errors';
import type { Sealer } from './sealed';

type S = components['schemas'];
/** The ports as synchronous functions; the key is handled by the store around them (`withKey`). */
type Sync<T> = { [K in keyof T]: T[K] extends (...a: infer A) => Promise<infer R> ? (...a: A) => Exclude<R, KeyHit> : T[K] };

import { toEntry, toHelp, toRedemption, type HelpRow, type RedemptionRow, type RegistrationRow } from '../operator-rows';

/** The operators' ports on SQLite, synchronous (the store wraps them in promises and the group commit). */
export function sqliteOperators(db: SqliteDatabase, sealed: Sealer, voucherOf: (code: string, nowMs: number) => S['Voucher'] | undefined, roundOf: (id: string, nowMs: number) => S['Round'] | undefined) {
  const q = {
    bookings: db.prepare<{ round: string; buildings: string; state: string | null; limit: number; offset: number }>(
      `SELECT code, round_id, building_code, state, given_name, family_name, household_size, quantity, created_at, booked_by FROM bookings
       WHERE round_id = @round AND building_code IN (SELECT value FROM json_each(@buildings)) AND (@state IS NULL OR state = @state)
       ORDER BY created_at DESC, code LIMIT @limit OFFSET @offset`,
    ),
    countBookings: db.prepare<{ round: string; buildings: string; state: string | null }, { n: number }>(
      `SELECT count(*) AS n FROM bookings WHERE round_id = @round AND building_code IN (SELECT value FROM json_each(@buildings)) AND (@state IS NULL OR state = @state)`,
    ),
    booking: db.prepare<[string], { state: S['BookingState']; building_code: string }>('SELECT state, building_code FROM bookings WHERE code = ?'),
    setBookingState: db.prepare<[string, number, string, string]>('UPDATE bookings SET state = ?, updated_at = ? WHERE code = ? AND state = ?'),
    voucher: db.prepare<[string, string], { code: string; balance_cents: number; expires_on: string; revoked: number }>(
      'SELECT code, balance_cents, expires_on, revoked FROM vouchers WHERE code = ? AND holder_tax_code = ?',
    ),
    takeBalance: db.prepare<[number, string, number]>('UPDATE vouchers SET balance_cents = balance_cents - ? WHERE code = ? AND balance_cents >= ?'),
    giveBalance: db.prepare<[number, string]>('UPDATE vouchers SET balance_cents = balance_cents + ? WHERE code = ?'),
    insertRedemption: db.prepare(
      `INSERT INTO redemptions (public_id, voucher_code, redeemed_at, shop_name, shop_id, amount_cents, balance_before_cents)
       VALUES (@id, @voucher, @now, @shopName, @shopId, @amount, @before)`,
    ),
    redemption: db.prepare<[string], RedemptionRow>('SELECT * FROM redemptions WHERE public_id = ?'),
    voidRedemption: db.prepare<[string]>('UPDATE redemptions SET voided = 1 WHERE public_id = ? AND voided = 0'),
    redemptionsOf: db.prepare<[string, number, number], RedemptionRow>('SELECT * FROM redemptions WHERE shop_id = ? AND redeemed_at >= ? AND redeemed_at < ? ORDER BY redeemed_at DESC, id DESC'),
    insertVoucher: db.prepare('INSERT INTO vouchers (code, holder_tax_code, face_value_cents, balance_cents, expires_on, revoked, district) VALUES (@code, @holder, @value, @value, @expires, 0, @district)'),
    revoke: db.prepare<[string]>('UPDATE vouchers SET revoked = 1 WHERE code = ?'),
    insertRound: db.prepare(
      `INSERT INTO rounds (id, title_it, title_en, item_it, item_en, opens_at, closes_at, units_per_person, max_household_size, stock_units)
       VALUES (@id, @title, @titleEn, @item, @itemEn, @opens, @closes, @units, @max, @stock)`,
    ),
    round: db.prepare<[string], { id: string; units_booked: number; stock_units: number }>('SELECT id, units_booked, stock_units FROM rounds WHERE id = ?'),
    setStock: db.prepare<[number, string, number]>('UPDATE rounds SET stock_units = ? WHERE id = ? AND units_booked <= ?'),
    setOpens: db.prepare<[number, string]>('UPDATE rounds SET opens_at = ? WHERE id = ?'),
    setCloses: db.prepare<[number, string]>('UPDATE rounds SET closes_at = ? WHERE id = ?'),
    help: db.prepare<[string], HelpRow>(
      'SELECT h.*, t.health_data FROM help_requests h JOIN help_topics t ON t.id = h.topic WHERE h.ticket_code = ?',
    ),
    helpList: db.prepare<{ assigned: string | null; state: string | null }, HelpRow>(
      `SELECT h.*, t.health_data FROM help_requests h JOIN help_topics t ON t.id = h.topic
       WHERE (@assigned IS NULL OR h.assigned_to = @assigned) AND (@state IS NULL OR h.state = @state) ORDER BY h.created_at, h.ticket_code`,
    ),
    assign: db.prepare<[string, string | null, number, string]>("UPDATE help_requests SET state = 'assigned', assigned_to = ?, assigned_to_name = ?, scheduled_for = NULL, updated_at = ? WHERE ticket_code = ?"),
    schedule: db.prepare<[number, number, string]>("UPDATE help_requests SET state = 'scheduled', scheduled_for = ?, updated_at = ? WHERE ticket_code = ?"),
    close: db.prepare<[string, number, string]>("UPDATE help_requests SET state = 'closed', outcome = ?, updated_at = ? WHERE ticket_code = ?"),
    attendance: db.prepare<[string], RegistrationRow>('SELECT * FROM registrations WHERE event_id = ? ORDER BY created_at, code'),
    registration: db.prepare<[string], RegistrationRow>('SELECT * FROM registrations WHERE code = ?'),
    checkIn: db.prepare<[string]>("UPDATE registrations SET checked_in = 1 WHERE code = ? AND state = 'registered'"),
    waiting: db.prepare<[string], RegistrationRow>("SELECT * FROM registrations WHERE event_id = ? AND state = 'waitlisted' ORDER BY waiting_list_position"),
    event: db.prepare<[string], { capacity: number; seats_taken: number }>('SELECT capacity, seats_taken FROM events WHERE id = ?'),
    cancel: db.prepare<[string]>("UPDATE registrations SET state = 'cancelled', waiting_list_position = NULL WHERE code = ?"),
    promote: db.prepare<[string]>("UPDATE registrations SET state = 'registered', waiting_list_position = NULL WHERE code = ?"),
    renumber: db.prepare<[number, string]>('UPDATE registrations SET waiting_list_position = ? WHERE code = ?'),
    setSeats: db.prepare<[number, number, string]>('UPDATE events SET seats_taken = ?, waiting_list_length = ? WHERE id = ?'),
    audit: db.prepare('INSERT INTO audit_log (at, subject, roles, partner_id, action, record) VALUES (@at, @subject, @roles, @partner, @action, @record)'),
    auditPage: db.prepare<[number, number], { at: number; subject: string; roles: string; partner_id: string; action: string; record: string }>(
      'SELECT at, subject, roles, partner_id, action, record FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?',
    ),
    auditCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log'),
  };

  const helpUpdate = (code: string, action: 'assign' | 'schedule' | 'close', apply: () => void) => {
    const row = q.help.get(code);
    if (!row) return { ok: false as const, reason: 'ticket-not-found' as const };
    if (decideHelpTransition(row.state, action) !== 'ok') return { ok: false as const, reason: 'invalid-transition' as const };
    apply();
    return { ok: true as const, request: toHelp(q.help.get(code)!, sealed) };
  };

  const ops: Sync<OperatorStore> = {
    listOperatorBookings(query) {
      const filter = { round: query.roundId, buildings: JSON.stringify(query.buildings), state: query.state ?? null };
      const rows = q.bookings.all({ ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as Array<{
        code: string; round_id: string; building_code: string; state: S['BookingState']; given_name: string; family_name: string; household_size: number; quantity: number; created_at: number; booked_by: string | null;
      }>;
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
        total: q.countBookings.get(filter)!.n,
      };
    },
    updateDeliveries(codes, to, buildings, nowMs) {
      return codes.map((bookingCode) => {
        const b = q.booking.get(bookingCode);
        if (!b) return { bookingCode, outcome: 'not-found' as const };
        if (!buildings.includes(b.building_code)) return { bookingCode, outcome: 'forbidden' as const };
        const decision = decideDelivery(b.state, to);
        if (decision === 'update' && q.setBookingState.run(to, nowMs, bookingCode, b.state).changes === 1) return { bookingCode, state: to, outcome: 'updated' as const };
        return { bookingCode, state: b.state, outcome: decision === 'update' ? ('unchanged' as const) : decision };
      });
    },
    redeemVoucher(input, nowMs) {
      const v = q.voucher.get(input.voucherCode, input.taxCode);
      if (!v) return { ok: false, reason: 'voucher-not-found' };
      const decision = decideRedemption({ revoked: v.revoked === 1, balanceCents: v.balance_cents, expiresOn: v.expires_on }, input.amountCents, nowMs);
      if (!decision.ok) return decision;
      // The conditional update is the second guard: never below zero, whatever ran in between.
      if (q.takeBalance.run(input.amountCents, v.code, input.amountCents).changes === 0) return { ok: false, reason: 'insufficient-balance', balanceCents: v.balance_cents };
      try {
        q.insertRedemption.run({ id: input.id, voucher: v.code, now: nowMs, shopName: input.shopName, shopId: input.shopId, amount: input.amountCents, before: v.balance_cents });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        q.giveBalance.run(input.amountCents, v.code);
        return { ok: false, reason: 'code-taken' };
      }
      return { ok: true, redemption: toRedemption(q.redemption.get(input.id)!) };
    },
    voidRedemption(id, shopId, nowMs) {
      const r = q.redemption.get(id);
      if (!r) return { ok: false, reason: 'redemption-not-found' };
      if (r.shop_id !== shopId) return { ok: false, reason: 'forbidden' };
      const decision = decideVoid({ redeemedAtMs: r.redeemed_at, voided: r.voided === 1 }, nowMs);
      if (decision === 'void-window-closed') return { ok: false, reason: 'void-window-closed' };
      if (decision === 'void' && q.voidRedemption.run(id).changes === 1) q.giveBalance.run(r.amount_cents, r.voucher_code);
      return { ok: true, redemption: toRedemption(q.redemption.get(id)!) };
    },
    listRedemptions(shopId, fromMs, toMs) {
      return q.redemptionsOf.all(shopId, fromMs, toMs).map(toRedemption);
    },
    issueVoucher(input) {
      try {
        q.insertVoucher.run({ code: input.code, holder: input.holderTaxCode, value: input.faceValueCents, expires: input.expiresOn, district: input.district });
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'code-taken' };
        throw error;
      }
      return { ok: true, voucher: voucherOf(input.code, Date.now())! };
    },
    revokeVoucher(code, nowMs) {
      if (q.revoke.run(code).changes === 0) return undefined;
      return voucherOf(code, nowMs);
    },
    createRound(input, nowMs) {
      try {
        q.insertRound.run({
          id: input.id,
          title: input.title,
          titleEn: input.titleEn ?? input.title,
          item: input.item,
          itemEn: input.itemEn ?? input.item,
          opens: Date.parse(input.opensAt),
          closes: Date.parse(input.closesAt),
          units: input.unitsPerPerson,
          max: input.maxHouseholdSize,
          stock: input.stockUnits,
        });
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'round-exists' };
        throw error;
      }
      return { ok: true, round: roundOf(input.id, nowMs)! };
    },
    changeRound(id, change, nowMs) {
      const r = q.round.get(id);
      if (!r) return { ok: false, reason: 'round-not-found' };
      if (change.stockUnits !== undefined) {
        if (decideStock(r.units_booked, change.stockUnits) !== 'ok' || q.setStock.run(change.stockUnits, id, change.stockUnits).changes === 0) {
          return { ok: false, reason: 'stock-below-booked', unitsBooked: r.units_booked };
        }
      }
      if (change.opensAt) q.setOpens.run(Date.parse(change.opensAt), id);
      if (change.closesAt) q.setCloses.run(Date.parse(change.closesAt), id);
      const round = roundOf(id, nowMs)!;
      return { ok: true, round: { ...round, state: roundStateAt({ opensAtMs: Date.parse(round.opensAt), closesAtMs: Date.parse(round.closesAt) }, nowMs) } };
    },
    listOperatorHelpRequests(query) {
      return q.helpList.all({ assigned: query.assignedTo ?? null, state: query.state ?? null }).map((t) => toHelp(t, sealed));
    },
    findOperatorHelpRequest(code) {
      const row = q.help.get(code);
      return row && toHelp(row, sealed);
    },
    assignHelpRequest(code, volunteer, nowMs) {
      return helpUpdate(code, 'assign', () => q.assign.run(volunteer.subject, volunteer.name ?? null, nowMs, code));
    },
    scheduleHelpRequest(code, at, nowMs) {
      return helpUpdate(code, 'schedule', () => q.schedule.run(at, nowMs, code));
    },
    closeHelpRequest(code, outcome, nowMs) {
      return helpUpdate(code, 'close', () => q.close.run(outcome, nowMs, code));
    },
    listAttendance(eventId) {
      return q.attendance.all(eventId).map(toEntry);
    },
    registrationEvent(code) {
      return q.registration.get(code)?.event_id;
    },
    checkIn(code) {
      q.checkIn.run(code);
      const row = q.registration.get(code);
      return row && toEntry(row);
    },
    cancelRegistration(code) {
      const row = q.registration.get(code);
      if (!row) return { ok: false, reason: 'registration-not-found' };
      if (row.state === 'cancelled') return { ok: true, registration: toEntry(row), promoted: [] };
      const event = q.event.get(row.event_id)!;
      q.cancel.run(code);
      let taken = event.seats_taken - (row.state === 'registered' ? row.seats : 0);
      const waiting = q.waiting.all(row.event_id);
      const promoted = decidePromotions(event.capacity - taken, waiting);
      for (const p of promoted) {
        q.promote.run(p.code);
        taken += p.seats;
      }
      // Renumbered in ascending order, so each new position is free when it is taken.
      const still = waiting.filter((w) => !promoted.includes(w));
      still.forEach((w, i) => q.renumber.run(i + 1, w.code));
      q.setSeats.run(taken, still.length, row.event_id);
      return { ok: true, registration: toEntry(q.registration.get(code)!), promoted: promoted.map((p) => toEntry(q.registration.get(p.code)!)) };
    },
    appendAudit(e) {
      q.audit.run({ at: e.atMs, subject: e.subject, roles: JSON.stringify(e.roles), partner: e.partnerId, action: e.action, record: e.record });
    },
    listAudit(query) {
      const rows = q.auditPage.all(query.pageSize, (query.page - 1) * query.pageSize);
      return {
        items: rows.map((r) => ({ at: toRomeIso(r.at), subject: r.subject, roles: JSON.parse(r.roles), partnerId: r.partner_id, action: r.action, record: r.record })),
        total: q.auditCount.get()!.n,
      };
    },
  };
  return ops;
}
