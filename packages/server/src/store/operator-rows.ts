/**
 * The operators' rows as both SQL stores read them (the same columns in SQLite and PostgreSQL;
 * flags are 0/1 in SQLite and booleans in PostgreSQL), and how each is answered: one set of row
 * types and mappers for the two stores.
 */
import { toRomeIso, VOID_WINDOW_MS, type AttendanceEntry, type OperatorHelpRequestRecord, type ShopRedemption } from '@sportello/domain';
import type { components } from '@sportello/sdk';
import type { Sealer } from './sqlite/sealed';

type S = components['schemas'];

/** A flag as a driver returns it: `0`/`1` (SQLite) or a boolean (PostgreSQL). */
type Flag = boolean | number;
const on = (v: Flag | null): boolean => v === true || v === 1;

export interface RedemptionRow {
  public_id: string;
  voucher_code: string;
  shop_id: string;
  amount_cents: number;
  balance_before_cents: number;
  redeemed_at: number;
  voided: Flag;
}

export interface RegistrationRow {
  code: string;
  event_id: string;
  state: 'registered' | 'waitlisted' | 'cancelled';
  seats: number;
  waiting_list_position: number | null;
  given_name: string;
  family_name: string;
  companion_given_name: string | null;
  companion_family_name: string | null;
  companion_caregiver: Flag | null;
  checked_in: Flag;
}

export interface HelpRow {
  ticket_code: string;
  topic: S['HelpTopicId'];
  state: S['HelpTicketState'];
  district: number;
  for_whom: S['HelpRequestCreate']['forWhom'];
  phone: string | null;
  email: string | null;
  preferred_channel: 'phone' | 'email';
  preferred_time: S['HelpContact']['preferredTime'];
  description: string | null;
  created_at: number;
  updated_at: number;
  scheduled_for: number | null;
  assigned_to: string | null;
  assigned_to_name: string | null;
  outcome: S['HelpOutcome'] | null;
  health_data: Flag;
}

export const toRedemption = (r: RedemptionRow): ShopRedemption => ({
  redemptionId: r.public_id,
  voucherCode: r.voucher_code,
  amountCents: r.amount_cents,
  balanceBeforeCents: r.balance_before_cents,
  balanceAfterCents: r.voided ? r.balance_before_cents : r.balance_before_cents - r.amount_cents,
  redeemedAt: toRomeIso(r.redeemed_at),
  voidableUntil: toRomeIso(r.redeemed_at + VOID_WINDOW_MS),
  voided: on(r.voided),
});

export const toEntry = (r: RegistrationRow): AttendanceEntry => ({
  registrationCode: r.code,
  state: r.state,
  seats: r.seats,
  ...(r.waiting_list_position !== null ? { waitingListPosition: r.waiting_list_position } : {}),
  attendee: { givenName: r.given_name, familyName: r.family_name },
  ...(r.companion_given_name && r.companion_family_name
    ? { companion: { givenName: r.companion_given_name, familyName: r.companion_family_name }, ...(r.companion_caregiver !== null ? { caregiver: on(r.companion_caregiver) } : {}) }
    : {}),
  checkedIn: on(r.checked_in),
});

export const toHelp = (t: HelpRow, sealed: Sealer): OperatorHelpRequestRecord => ({
  ticketCode: t.ticket_code,
  topic: t.topic,
  state: t.state,
  district: t.district,
  forWhom: t.for_whom,
  createdAt: toRomeIso(t.created_at),
  updatedAt: toRomeIso(t.updated_at),
  ...(t.assigned_to ? { assignedTo: t.assigned_to } : {}),
  ...(t.assigned_to_name ? { assignedToName: t.assigned_to_name } : {}),
  ...(t.scheduled_for !== null ? { scheduledFor: toRomeIso(t.scheduled_for) } : {}),
  ...(t.outcome ? { outcome: t.outcome } : {}),
  contact: { ...(t.phone ? { phone: t.phone } : {}), ...(t.email ? { email: t.email } : {}), preferredChannel: t.preferred_channel, preferredTime: t.preferred_time },
  ...(t.description !== null ? { description: sealed.open(t.description) } : {}),
  healthData: on(t.health_data),
});

