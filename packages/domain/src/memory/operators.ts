/** The operators' ports in memory (see `operator-ports.ts`): each write one synchronous step. */
import type { components } from '@sportello/sdk';
import type { AttendanceEntry, AuditEntry, OperatorBooking, OperatorHelpRequestRecord, OperatorStore, ShopRedemption } from '../operator-ports';
import type { IdempotentWrite, KeyHit } from '../ports';
import type { HelpTicketFixture, RegistrationFixture, SeedData } from '../records';
import { decideDelivery, decidePromotions, decideRedemption, decideStock, decideVoid, decideHelpTransition, roundStateAt, VOID_WINDOW_MS } from '../rules';
import { toRomeIso } from '../time';

type S = components['schemas'];

/** A redemption made at a till, as the memory store keeps it. */
export interface ShopRedemptionRecord {
  id: string;
  voucherCode: string;
  shopId: string;
  shopName: string;
  amountCents: number;
  balanceBeforeCents: number;
  redeemedAtMs: number;
  voided: boolean;
}

/** What the operators' side adds to the in-memory state. */
export interface OperatorState {
  shopRedemptions: ShopRedemptionRecord[];
  audit: AuditEntry[];
}

const ms = (iso: string) => Date.parse(iso);

function toShopRedemption(r: ShopRedemptionRecord): ShopRedemption {
  return {
    redemptionId: r.id,
    voucherCode: r.voucherCode,
    amountCents: r.amountCents,
    balanceBeforeCents: r.balanceBeforeCents,
    balanceAfterCents: r.voided ? r.balanceBeforeCents : r.balanceBeforeCents - r.amountCents,
    redeemedAt: toRomeIso(r.redeemedAtMs),
    voidableUntil: toRomeIso(r.redeemedAtMs + VOID_WINDOW_MS),
    voided: r.voided,
  };
}

function toEntry(r: RegistrationFixture): AttendanceEntry {
  return {
    registrationCode: r.registrationCode,
    state: r.state,
    seats: r.seats,
    ...(r.waitingListPosition ? { waitingListPosition: r.waitingListPosition } : {}),
    attendee: { givenName: r.attendee.givenName, familyName: r.attendee.familyName },
    ...(r.companion ? { companion: { givenName: r.companion.givenName, familyName: r.companion.familyName }, ...(r.companion.caregiver !== undefined ? { caregiver: r.companion.caregiver } : {}) } : {}),
    checkedIn: r.checkedIn === true,
  };
}

export function memoryOperators(
  state: SeedData & OperatorState,
  withKey: <O>(idem: IdempotentWrite<O> | undefined, nowMs: number, write: () => O) => O | KeyHit,
  topicIsHealthData: (topic: string) => boolean,
): OperatorStore {
  const settle = async <T>(fn: () => T): Promise<T> => fn();

  const helpRecord = (t: HelpTicketFixture): OperatorHelpRequestRecord => ({
    ticketCode: t.ticketCode,
    topic: t.topic,
    state: t.state,
    district: t.district,
    forWhom: t.forWhom,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    ...(t.assignedTo ? { assignedTo: t.assignedTo } : {}),
    ...(t.assignedToName ? { assignedToName: t.assignedToName } : {}),
    ...(t.scheduledFor ? { scheduledFor: t.scheduledFor } : {}),
    ...(t.outcome ? { outcome: t.outcome } : {}),
    contact: t.contact,
    ...(t.description !== undefined ? { description: t.description } : {}),
    healthData: topicIsHealthData(t.topic),
  });

  function helpUpdate(code: string, action: 'assign' | 'schedule' | 'close', nowMs: number, apply: (t: HelpTicketFixture) => void) {
    const t = state.helpTickets.find((x) => x.ticketCode === code);
    if (!t) return { ok: false as const, reason: 'ticket-not-found' as const };
    if (decideHelpTransition(t.state, action) !== 'ok') return { ok: false as const, reason: 'invalid-transition' as const };
    apply(t);
    t.updatedAt = toRomeIso(nowMs);
    return { ok: true as const, request: helpRecord(t) };
  }

  const roundOf = (r: SeedData['rounds'][number], nowMs: number): S['Round'] => {
    const { en: _en, ...round } = r;
    return { ...round, state: roundStateAt({ opensAtMs: ms(r.opensAt), closesAtMs: ms(r.closesAt) }, nowMs) };
  };

  return {
    listOperatorBookings: (q) =>
      settle(() => {
        const all = state.bookings
          .filter((b) => b.roundId === q.roundId && q.buildings.includes(b.building.buildingCode) && (!q.state || b.state === q.state))
          .sort((a, b) => ms(b.createdAt) - ms(a.createdAt) || (a.bookingCode < b.bookingCode ? -1 : 1));
        const items: OperatorBooking[] = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((b) => ({
          bookingCode: b.bookingCode,
          roundId: b.roundId,
          buildingCode: b.building.buildingCode,
          state: b.state,
          recipient: { givenName: b.applicant.givenName, familyName: b.applicant.familyName },
          householdSize: b.householdSize,
          quantity: b.quantity,
          createdAt: b.createdAt,
          ...(b.bookedBy ? { bookedBy: b.bookedBy } : {}),
        }));
        return { items, total: all.length };
      }),
    updateDeliveries: (codes, to, buildings) =>
      settle(() =>
        codes.map((bookingCode) => {
          const b = state.bookings.find((x) => x.bookingCode === bookingCode);
          if (!b) return { bookingCode, outcome: 'not-found' as const };
          if (!buildings.includes(b.building.buildingCode)) return { bookingCode, outcome: 'forbidden' as const };
          const decision = decideDelivery(b.state, to);
          if (decision === 'update') {
            b.state = to;
            b.cancellable = false;
          }
          return { bookingCode, state: b.state, outcome: decision === 'update' ? ('updated' as const) : decision };
        }),
      ),

    redeemVoucher: (input, nowMs, idem) =>
      settle(() =>
        withKey(idem, nowMs, () => {
          const v = state.vouchers.find((x) => x.voucherCode === input.voucherCode && x.holderTaxCode === input.taxCode);
          if (!v) return { ok: false as const, reason: 'voucher-not-found' as const };
          const decision = decideRedemption({ revoked: v.state === 'revoked', balanceCents: v.balanceCents, expiresOn: v.expiresOn }, input.amountCents, nowMs);
          if (!decision.ok) return decision;
          if (state.shopRedemptions.some((r) => r.id === input.id)) return { ok: false as const, reason: 'code-taken' as const };
          const record: ShopRedemptionRecord = { id: input.id, voucherCode: v.voucherCode, shopId: input.shopId, shopName: input.shopName, amountCents: input.amountCents, balanceBeforeCents: v.balanceCents, redeemedAtMs: nowMs, voided: false };
          v.balanceCents = decision.balanceAfterCents;
          if (v.balanceCents === 0) v.state = 'exhausted';
          v.redemptions.unshift({ redeemedAt: toRomeIso(nowMs), shopName: input.shopName, amountCents: input.amountCents });
          state.shopRedemptions.push(record);
          return { ok: true as const, redemption: toShopRedemption(record) };
        }),
      ),
    voidRedemption: (id, shopId, nowMs) =>
      settle(() => {
        const r = state.shopRedemptions.find((x) => x.id === id);
        if (!r) return { ok: false, reason: 'redemption-not-found' };
        if (r.shopId !== shopId) return { ok: false, reason: 'forbidden' };
        const decision = decideVoid(r, nowMs);
        if (decision === 'void-window-closed') return { ok: false, reason: 'void-window-closed' };
        if (decision === 'void') {
          r.voided = true;
          const v = state.vouchers.find((x) => x.voucherCode === r.voucherCode)!;
          v.balanceCents += r.amountCents;
          if (v.state === 'exhausted') v.state = 'active';
          const at = toRomeIso(r.redeemedAtMs);
          const i = v.redemptions.findIndex((x) => x.redeemedAt === at && x.amountCents === r.amountCents && x.shopName === r.shopName);
          if (i >= 0) v.redemptions.splice(i, 1);
        }
        return { ok: true, redemption: toShopRedemption(r) };
      }),
    listRedemptions: (shopId, fromMs, toMs) =>
      settle(() =>
        // Newest first; among redemptions of the same instant, the one made last first.
        [...state.shopRedemptions]
          .reverse()
          .filter((r) => r.shopId === shopId && r.redeemedAtMs >= fromMs && r.redeemedAtMs < toMs)
          .sort((a, b) => b.redeemedAtMs - a.redeemedAtMs)
          .map(toShopRedemption),
      ),
    issueVoucher: (input, idem) =>
      settle(() =>
        withKey(idem, Date.now(), () => {
          if (state.vouchers.some((v) => v.voucherCode === input.code)) return { ok: false as const, reason: 'code-taken' as const };
          const v = { voucherCode: input.code, state: 'active' as const, faceValueCents: input.faceValueCents, balanceCents: input.faceValueCents, expiresOn: input.expiresOn, district: input.district, redemptions: [], holderTaxCode: input.holderTaxCode };
          state.vouchers.push(v);
          const { holderTaxCode: _h, ...voucher } = v;
          return { ok: true as const, voucher };
        }),
      ),
    revokeVoucher: (code) =>
      settle(() => {
        const v = state.vouchers.find((x) => x.voucherCode === code);
        if (!v) return undefined;
        v.state = 'revoked';
        const { holderTaxCode: _h, ...voucher } = v;
        return { ...voucher, redemptions: voucher.redemptions.slice(0, 20) };
      }),

    createRound: (input, nowMs, idem) =>
      settle(() =>
        withKey(idem, nowMs, () => {
          if (state.rounds.some((r) => r.id === input.id)) return { ok: false as const, reason: 'round-exists' as const };
          const r = {
            id: input.id,
            title: input.title,
            item: input.item,
            opensAt: toRomeIso(ms(input.opensAt)),
            closesAt: toRomeIso(ms(input.closesAt)),
            state: 'upcoming' as const,
            unitsPerPerson: input.unitsPerPerson,
            maxHouseholdSize: input.maxHouseholdSize,
            stockUnits: input.stockUnits,
            unitsLeft: input.stockUnits,
            en: { title: input.titleEn ?? input.title, item: input.itemEn ?? input.item },
          };
          state.rounds.push(r);
          return { ok: true as const, round: roundOf(r, nowMs) };
        }),
      ),
    changeRound: (id, change, nowMs) =>
      settle(() => {
        const r = state.rounds.find((x) => x.id === id);
        if (!r) return { ok: false, reason: 'round-not-found' };
        const booked = r.stockUnits - r.unitsLeft;
        if (change.stockUnits !== undefined) {
          if (decideStock(booked, change.stockUnits) !== 'ok') return { ok: false, reason: 'stock-below-booked', unitsBooked: booked };
          r.stockUnits = change.stockUnits;
          r.unitsLeft = change.stockUnits - booked;
        }
        if (change.opensAt) r.opensAt = toRomeIso(ms(change.opensAt));
        if (change.closesAt) r.closesAt = toRomeIso(ms(change.closesAt));
        return { ok: true, round: roundOf(r, nowMs) };
      }),

    listOperatorHelpRequests: (q) =>
      settle(() =>
        state.helpTickets
          .filter((t) => (!q.assignedTo || t.assignedTo === q.assignedTo) && (!q.state || t.state === q.state))
          .sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || (a.ticketCode < b.ticketCode ? -1 : 1))
          .map(helpRecord),
      ),
    findOperatorHelpRequest: (code) =>
      settle(() => {
        const t = state.helpTickets.find((x) => x.ticketCode === code);
        return t && helpRecord(t);
      }),
    assignHelpRequest: (code, volunteer, nowMs) =>
      settle(() =>
        helpUpdate(code, 'assign', nowMs, (t) => {
          t.state = 'assigned';
          t.assignedTo = volunteer.subject;
          if (volunteer.name) t.assignedToName = volunteer.name;
          else delete t.assignedToName;
          delete t.scheduledFor;
        }),
      ),
    scheduleHelpRequest: (code, at, nowMs) =>
      settle(() =>
        helpUpdate(code, 'schedule', nowMs, (t) => {
          t.state = 'scheduled';
          t.scheduledFor = toRomeIso(at);
        }),
      ),
    closeHelpRequest: (code, outcome, nowMs) =>
      settle(() =>
        helpUpdate(code, 'close', nowMs, (t) => {
          t.state = 'closed';
          t.outcome = outcome;
        }),
      ),

    listAttendance: (eventId) => settle(() => state.registrations.filter((r) => r.eventId === eventId).map(toEntry)),
    registrationEvent: (code) => settle(() => state.registrations.find((r) => r.registrationCode === code)?.eventId),
    checkIn: (code) =>
      settle(() => {
        const r = state.registrations.find((x) => x.registrationCode === code);
        if (!r) return undefined;
        if (r.state === 'registered') r.checkedIn = true;
        return toEntry(r);
      }),
    cancelRegistration: (code) =>
      settle(() => {
        const r = state.registrations.find((x) => x.registrationCode === code);
        if (!r) return { ok: false as const, reason: 'registration-not-found' as const };
        const event = state.events.find((e) => e.id === r.eventId)!;
        if (r.state === 'cancelled') return { ok: true as const, registration: toEntry(r), promoted: [] };
        const was = r.state;
        r.state = 'cancelled';
        delete r.waitingListPosition;
        if (was === 'registered') event.seatsLeft += r.seats;
        const waiting = state.registrations.filter((x) => x.eventId === event.id && x.state === 'waitlisted').sort((a, b) => (a.waitingListPosition ?? 0) - (b.waitingListPosition ?? 0));
        const promoted = decidePromotions(event.seatsLeft, waiting);
        for (const p of promoted) {
          p.state = 'registered';
          delete p.waitingListPosition;
          event.seatsLeft -= p.seats;
        }
        const still = waiting.filter((w) => !promoted.includes(w));
        still.forEach((w, i) => (w.waitingListPosition = i + 1));
        event.waitingListLength = still.length;
        return { ok: true as const, registration: toEntry(r), promoted: promoted.map(toEntry) };
      }),

    appendAudit: (e) =>
      settle(() => {
        state.audit.push({ at: toRomeIso(e.atMs), subject: e.subject, roles: e.roles, partnerId: e.partnerId, action: e.action, record: e.record });
      }),
    listAudit: (q) =>
      settle(() => {
        const newest = [...state.audit].reverse();
        return { items: newest.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: newest.length };
      }),
  };
}
