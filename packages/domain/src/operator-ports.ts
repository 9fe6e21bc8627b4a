/**
 * The store ports of the operators' side. As for the residents' ports, a store decides nothing: it
 * reads the rows in its transaction, calls the domain's decision (`decideDelivery`,
 * `decideRedemption`, `decideVoid`, `decidePromotions`, `decideStock`, `decideHelpTransition`) and
 * applies it atomically. Ownership (my buildings, my shop, my activities, my requests) is checked by
 * the services before or, where the record must be read first, with what these return.
 */
import type { components } from '@sportello/sdk';
import type { IdempotentWrite, KeyHit } from './ports';
import type { OperatorRole } from './operators';

type S = components['schemas'];
export type OperatorBooking = S['OperatorBooking'];
export type DeliveryOutcome = S['DeliveryUpdateResult']['items'][number];
export type ShopRedemption = S['ShopRedemption'];
export type OperatorHelpRequestRecord = Omit<S['OperatorHelpRequest'], 'waitingMinutes'> & {
  contact: S['HelpContact'];
  description?: string;
  /** Whether the topic is health data (psychological support). */
  healthData: boolean;
};
export type AttendanceEntry = S['AttendanceEntry'];
export type AuditEntry = S['AuditEntry'];

export type RedemptionOutcome =
  | { ok: true; redemption: ShopRedemption }
  | { ok: false; reason: 'voucher-not-found' | 'voucher-not-active' | 'code-taken' }
  | { ok: false; reason: 'insufficient-balance'; balanceCents: number };

export type VoidOutcome =
  | { ok: true; redemption: ShopRedemption }
  | { ok: false; reason: 'redemption-not-found' | 'forbidden' | 'void-window-closed' };

export type HelpUpdateOutcome =
  | { ok: true; request: OperatorHelpRequestRecord }
  | { ok: false; reason: 'ticket-not-found' | 'invalid-transition' };

export type CancelRegistrationOutcome =
  | { ok: true; registration: AttendanceEntry; promoted: AttendanceEntry[] }
  | { ok: false; reason: 'registration-not-found' };

export type RoundOutcome = { ok: true; round: S['Round'] } | { ok: false; reason: 'round-exists' | 'round-not-found' } | { ok: false; reason: 'stock-below-booked'; unitsBooked: number };

export type VoucherIssueOutcome = { ok: true; voucher: S['Voucher'] } | { ok: false; reason: 'code-taken' };

export interface NewAuditEntry {
  atMs: number;
  subject: string;
  roles: OperatorRole[];
  partnerId: string;
  action: string;
  record: string;
}

export interface OperatorStore {
  /** Bookings of a round in these buildings, newest first. */
  listOperatorBookings(q: { roundId: string; buildings: string[]; state?: S['BookingState']; page: number; pageSize: number }): Promise<{ items: OperatorBooking[]; total: number }>;
  /** Moves each booking forward when it is in one of `buildings`; one outcome per code, in order. */
  updateDeliveries(codes: string[], to: 'assigned' | 'delivered', buildings: string[], nowMs: number): Promise<DeliveryOutcome[]>;

  /** Takes an amount off a voucher for a shop, never below zero, with the key in the same transaction. */
  redeemVoucher(
    input: { id: string; voucherCode: string; taxCode: string; amountCents: number; shopId: string; shopName: string },
    nowMs: number,
    idem?: IdempotentWrite<RedemptionOutcome>,
  ): Promise<RedemptionOutcome | KeyHit>;
  voidRedemption(id: string, shopId: string, nowMs: number): Promise<VoidOutcome>;
  /** A shop's redemptions made in [fromMs, toMs), newest first. */
  listRedemptions(shopId: string, fromMs: number, toMs: number): Promise<ShopRedemption[]>;
  issueVoucher(input: { code: string; holderTaxCode: string; faceValueCents: number; expiresOn: string; district: number }, idem?: IdempotentWrite<VoucherIssueOutcome>): Promise<VoucherIssueOutcome | KeyHit>;
  /** Revokes a voucher; `undefined` when there is none with this code. */
  revokeVoucher(code: string, nowMs: number): Promise<S['Voucher'] | undefined>;

  createRound(input: S['RoundCreate'], nowMs: number, idem?: IdempotentWrite<RoundOutcome>): Promise<RoundOutcome | KeyHit>;
  changeRound(id: string, change: S['RoundChange'], nowMs: number): Promise<RoundOutcome>;

  /** Help requests (all, or those assigned to `assignedTo`), oldest first. */
  listOperatorHelpRequests(q: { assignedTo?: string; state?: S['HelpTicketState'] }): Promise<OperatorHelpRequestRecord[]>;
  findOperatorHelpRequest(code: string): Promise<OperatorHelpRequestRecord | undefined>;
  assignHelpRequest(code: string, volunteer: { subject: string; name?: string }, nowMs: number): Promise<HelpUpdateOutcome>;
  scheduleHelpRequest(code: string, scheduledForMs: number, nowMs: number): Promise<HelpUpdateOutcome>;
  closeHelpRequest(code: string, outcome: S['HelpOutcome'], nowMs: number): Promise<HelpUpdateOutcome>;

  /** The registrations of an activity (all states), in the order they were made. */
  listAttendance(eventId: string): Promise<AttendanceEntry[]>;
  /** The activity a registration is for. */
  registrationEvent(code: string): Promise<string | undefined>;
  checkIn(code: string, nowMs: number): Promise<AttendanceEntry | undefined>;
  /** Cancels a registration and promotes the people waiting (`decidePromotions`), renumbering the rest. */
  cancelRegistration(code: string, nowMs: number): Promise<CancelRegistrationOutcome>;

  appendAudit(entry: NewAuditEntry): Promise<void>;
  listAudit(q: { page: number; pageSize: number }): Promise<{ items: AuditEntry[]; total: number }>;
}
