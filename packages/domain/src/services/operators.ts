/**
 * The operators' side: one service per operation, each checking the operator's role and records
 * (`requireRole`, `requireOwn`), then the store, then the audit log — every operator action and
 * every read of personal data is recorded (who, what, which record; never the data itself).
 */
import { generateCode } from '@sportello/sdk/checks';
import type { components } from '@sportello/sdk';
import { FieldChecks } from '../checks';
import { createOnce } from '../idempotency';
import { buildingKey } from '../normalize';
import { requireOwn, requireRole, type Operator, type OperatorRole } from '../operators';
import type { OperatorHelpRequestRecord, RedemptionOutcome, RoundOutcome, VoucherIssueOutcome } from '../operator-ports';
import type { BookingOutcome } from '../ports';
import { ProblemError, validationError } from '../problems';
import { romeInstant, toRomeDate } from '../time';
import { json, type Service, type ServiceContext } from './context';
import { bookingProblem, checkedBooking } from './ppe';
import { pageOf } from './vouchers';

type S = components['schemas'];

/** Records an operator's action or read. */
async function audit(ctx: ServiceContext<unknown>, operator: Operator, record: string): Promise<void> {
  await ctx.store.appendAudit({ atMs: ctx.now, subject: operator.subject, roles: operator.roles, partnerId: ctx.partnerId ?? 'unknown', action: ctx.operationId ?? 'unknown', record });
}

const has = (o: Operator, role: OperatorRole) => o.roles.includes(role);

const showOperator: Service<'show_operator'> = async ({ operator }) => {
  const o = requireRole(operator, 'administrator', 'shop', 'coordinator', 'volunteer', 'support-professional', 'organiser', 'city');
  return json(200, { subject: o.subject, ...(o.name ? { name: o.name } : {}), roles: o.roles, buildings: o.buildings, ...(o.shopId ? { shopId: o.shopId } : {}), events: o.events });
};

// --- condominium administrators ------------------------------------------------------------------

/** The buildings asked for: one of mine, or all of mine. */
function myBuildings(o: Operator, wanted: string | null): string[] {
  if (!wanted) return o.buildings;
  const code = buildingKey({ buildingCode: wanted });
  const c = 'code' in code ? code.code : wanted;
  requireOwn(o.buildings.includes(c));
  return [c];
}

const listBookings: Service<'list_operator_bookings'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'administrator');
  const buildings = myBuildings(o, ctx.query.get('buildingCode'));
  const { page, pageSize } = pageOf(ctx.query);
  const state = (ctx.query.get('state') ?? undefined) as S['BookingState'] | undefined;
  const roundId = ctx.query.get('roundId')!;
  const { items, total } = await ctx.store.listOperatorBookings({ roundId, buildings, ...(state ? { state } : {}), page, pageSize });
  await audit(ctx, o, `${roundId} ${buildings.join(',')}`);
  return json(200, { items, page: { page, pageSize, total } });
};

const updateDeliveries: Service<'update_ppe_deliveries'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'administrator');
  const items = await ctx.store.updateDeliveries(ctx.body.bookingCodes, ctx.body.state, o.buildings, ctx.now);
  for (const item of items) if (item.outcome === 'updated') await audit(ctx, o, item.bookingCode);
  return json(200, { items });
};

/** A CSV field, quoted when it must be (RFC 4180), never starting a formula (=, +, -, @) in a spreadsheet. */
const csvField = (v: string | number) => {
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const deliveryList: Service<'show_ppe_delivery_list'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'administrator');
  const buildings = myBuildings(o, ctx.query.get('buildingCode'));
  const roundId = ctx.query.get('roundId')!;
  const rows: S['OperatorBooking'][] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await ctx.store.listOperatorBookings({ roundId, buildings, page, pageSize: 1000 });
    rows.push(...items);
    if (page * 1000 >= total) break;
  }
  const live = rows.filter((b) => b.state !== 'cancelled').sort((a, b) => (a.buildingCode < b.buildingCode ? -1 : a.buildingCode > b.buildingCode ? 1 : a.recipient.familyName.localeCompare(b.recipient.familyName, 'it')));
  const header = ctx.lang === 'en'
    ? ['Building', 'Family name', 'Given name', 'Household', 'Units', 'Booking code', 'State']
    : ['Edificio', 'Cognome', 'Nome', 'Persone', 'Unità', 'Codice prenotazione', 'Stato'];
  const lines = [header, ...live.map((b) => [b.buildingCode, b.recipient.familyName, b.recipient.givenName, b.householdSize, b.quantity, b.bookingCode, b.state])];
  await audit(ctx, o, `${roundId} ${buildings.join(',')}`);
  return {
    status: 200,
    body: `\uFEFF${lines.map((l) => l.map(csvField).join(';')).join('\r\n')}\r\n`,
    contentType: 'text/csv; charset=utf-8',
    headers: { 'Content-Disposition': `attachment; filename="consegne-${roundId}.csv"` },
  };
};

const bookOnBehalf: Service<'create_ppe_booking_on_behalf'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'administrator');
  const input = checkedBooking(ctx.body, ctx.lang);
  const building = await ctx.store.findBuilding(input.building);
  if (!building) throw new ProblemError('building-not-in-network', 404);
  requireOwn(o.buildings.includes(building.buildingCode));
  const reply = await createOnce<BookingOutcome>(
    ctx,
    (idem) => ctx.store.createBooking({ ...input, code: generateCode('PR'), bookedBy: { subject: o.subject, name: o.name ?? o.subject } }, ctx.now, idem),
    (outcome) => json(201, outcome.booking),
    bookingProblem,
  );
  if (!reply.replayed) await audit(ctx, o, (reply.body as S['Booking']).bookingCode);
  return reply;
};

// --- shops ---------------------------------------------------------------------------------------

function redemptionProblem(outcome: Exclude<RedemptionOutcome, { ok: true }>): ProblemError {
  switch (outcome.reason) {
    case 'voucher-not-found':
      return new ProblemError('voucher-not-found', 404);
    case 'voucher-not-active':
      return new ProblemError('voucher-not-active', 409);
    case 'insufficient-balance':
      return new ProblemError('insufficient-balance', 409, { balanceCents: outcome.balanceCents });
    case 'code-taken':
      return new ProblemError('internal-error', 500);
  }
}

/** The shop a shop operator redeems for, with its name. */
async function myShop(ctx: ServiceContext<unknown>, o: Operator): Promise<{ id: string; name: string }> {
  requireOwn(o.shopId !== undefined);
  const { items } = await ctx.store.listShops({ page: 1, pageSize: 1000 });
  const shop = items.find((s) => s.id === o.shopId);
  requireOwn(shop !== undefined);
  return { id: shop!.id, name: shop!.name };
}

const redeem: Service<'create_voucher_redemption'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'shop');
  const checks = new FieldChecks();
  const voucherCode = checks.code('/voucherCode', 'BS', ctx.body.voucherCode);
  const taxCode = checks.taxCode('/taxCode', ctx.body.taxCode);
  checks.done();
  const shop = await myShop(ctx, o);
  const reply = await createOnce<RedemptionOutcome>(
    ctx,
    (idem) => ctx.store.redeemVoucher({ id: generateCode('RD'), voucherCode, taxCode, amountCents: ctx.body.amountCents, shopId: shop.id, shopName: shop.name }, ctx.now, idem),
    (outcome) => json(201, outcome.redemption),
    redemptionProblem,
  );
  if (!reply.replayed) await audit(ctx, o, voucherCode);
  return reply;
};

const voidRedemption: Service<'void_voucher_redemption'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'shop');
  requireOwn(o.shopId !== undefined);
  const outcome = await ctx.store.voidRedemption(ctx.params.redemptionId!, o.shopId!, ctx.now);
  if (!outcome.ok) {
    if (outcome.reason === 'forbidden') throw new ProblemError('forbidden', 403);
    throw new ProblemError(outcome.reason, outcome.reason === 'redemption-not-found' ? 404 : 409);
  }
  await audit(ctx, o, ctx.params.redemptionId!);
  return json(200, outcome.redemption);
};

const listRedemptions: Service<'list_voucher_redemptions'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'shop');
  requireOwn(o.shopId !== undefined);
  const date = ctx.query.get('date') ?? toRomeDate(ctx.now);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const from = romeInstant(y, m, d).getTime();
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const to = romeInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()).getTime();
  const items = await ctx.store.listRedemptions(o.shopId!, from, to);
  const kept = items.filter((r) => !r.voided);
  return json(200, { date, items, count: kept.length, totalCents: kept.reduce((sum, r) => sum + r.amountCents, 0) });
};

// --- the community concierge ---------------------------------------------------------------------

/** A request as the queue shows it (no contact, no description). */
function queued(r: OperatorHelpRequestRecord, nowMs: number): S['OperatorHelpRequest'] {
  const { contact: _c, description: _d, healthData: _h, ...rest } = r;
  return { ...rest, waitingMinutes: Math.max(0, Math.floor((nowMs - Date.parse(r.createdAt)) / 60_000)) };
}

/** The request, if this operator may see it: the coordinator always, a volunteer when it is theirs. */
async function visibleRequest(ctx: ServiceContext<unknown>, o: Operator, code: string): Promise<OperatorHelpRequestRecord> {
  const r = await ctx.store.findOperatorHelpRequest(code);
  if (!r) throw new ProblemError('ticket-not-found', 404);
  requireOwn(has(o, 'coordinator') || r.assignedTo === o.subject);
  return r;
}

const listHelp: Service<'list_operator_help_requests'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'coordinator', 'volunteer');
  const state = (ctx.query.get('state') ?? undefined) as S['HelpTicketState'] | undefined;
  const items = await ctx.store.listOperatorHelpRequests({ ...(has(o, 'coordinator') ? {} : { assignedTo: o.subject }), ...(state ? { state } : {}) });
  return json(200, { items: items.map((r) => queued(r, ctx.now)) });
};

const showHelp: Service<'show_operator_help_request'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'coordinator', 'volunteer');
  const r = await visibleRequest(ctx, o, ctx.params.ticketCode!);
  // Health data (GDPR art. 9): only the assigned volunteer who is a support professional reads it.
  const mayRead = !r.healthData || (r.assignedTo === o.subject && has(o, 'support-professional'));
  await audit(ctx, o, r.ticketCode);
  return json(200, { ...queued(r, ctx.now), contact: r.contact, ...(mayRead && r.description !== undefined ? { description: r.description } : {}), descriptionWithheld: !mayRead });
};

function helpUpdate(outcome: Awaited<ReturnType<ServiceContext['store']['assignHelpRequest']>>): OperatorHelpRequestRecord {
  if (!outcome.ok) throw new ProblemError(outcome.reason, outcome.reason === 'ticket-not-found' ? 404 : 409);
  return outcome.request;
}

const assignHelp: Service<'assign_help_request'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'coordinator');
  const r = await visibleRequest(ctx, o, ctx.params.ticketCode!);
  if (r.healthData && ctx.body.supportProfessional !== true) throw validationError([{ pointer: '/supportProfessional', code: 'required' }]);
  const done = helpUpdate(await ctx.store.assignHelpRequest(r.ticketCode, { subject: ctx.body.volunteer, ...(ctx.body.volunteerName ? { name: ctx.body.volunteerName } : {}) }, ctx.now));
  await audit(ctx, o, r.ticketCode);
  return json(200, queued(done, ctx.now));
};

const scheduleHelp: Service<'schedule_help_request'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'volunteer');
  const r = await visibleRequest(ctx, o, ctx.params.ticketCode!);
  requireOwn(r.assignedTo === o.subject);
  const at = Date.parse(ctx.body.scheduledFor);
  if (!(at > ctx.now)) throw validationError([{ pointer: '/scheduledFor', code: 'out-of-range' }]);
  const done = helpUpdate(await ctx.store.scheduleHelpRequest(r.ticketCode, at, ctx.now));
  await audit(ctx, o, r.ticketCode);
  return json(200, queued(done, ctx.now));
};

const closeHelp: Service<'close_help_request'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'coordinator', 'volunteer');
  await visibleRequest(ctx, o, ctx.params.ticketCode!);
  const done = helpUpdate(await ctx.store.closeHelpRequest(ctx.params.ticketCode!, ctx.body.outcome, ctx.now));
  await audit(ctx, o, done.ticketCode);
  return json(200, queued(done, ctx.now));
};

// --- organisers ----------------------------------------------------------------------------------

/** The activity, if this organiser runs it (by id or by its weekly series). */
async function myEvent(ctx: ServiceContext<unknown>, o: Operator, eventId: string) {
  const event = await ctx.store.findEvent(eventId, ctx.lang);
  if (!event) throw new ProblemError('event-not-found', 404);
  requireOwn(o.events.includes(event.id) || (event.seriesId !== undefined && o.events.includes(event.seriesId)));
  return event;
}

/** The registration's activity, if this organiser runs it. */
async function myRegistration(ctx: ServiceContext<unknown>, o: Operator, code: string) {
  const eventId = await ctx.store.registrationEvent(code);
  if (!eventId) throw new ProblemError('registration-not-found', 404);
  await myEvent(ctx, o, eventId);
}

const attendance: Service<'show_event_attendance'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'organiser');
  const event = await myEvent(ctx, o, ctx.params.eventId!);
  const all = await ctx.store.listAttendance(event.id);
  await audit(ctx, o, event.id);
  return json(200, {
    eventId: event.id,
    capacity: event.capacity,
    seatsLeft: event.seatsLeft,
    registered: all.filter((r) => r.state === 'registered'),
    waiting: all.filter((r) => r.state === 'waitlisted').sort((a, b) => (a.waitingListPosition ?? 0) - (b.waitingListPosition ?? 0)),
  });
};

const checkIn: Service<'check_in_registration'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'organiser');
  await myRegistration(ctx, o, ctx.params.registrationCode!);
  const entry = await ctx.store.checkIn(ctx.params.registrationCode!, ctx.now);
  if (!entry) throw new ProblemError('registration-not-found', 404);
  if (entry.state !== 'registered') throw new ProblemError('invalid-transition', 409);
  await audit(ctx, o, entry.registrationCode);
  return json(200, entry);
};

const cancelRegistration: Service<'cancel_event_registration'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'organiser');
  await myRegistration(ctx, o, ctx.params.registrationCode!);
  const outcome = await ctx.store.cancelRegistration(ctx.params.registrationCode!, ctx.now);
  if (!outcome.ok) throw new ProblemError('registration-not-found', 404);
  await audit(ctx, o, outcome.registration.registrationCode);
  for (const p of outcome.promoted) await audit(ctx, o, p.registrationCode);
  return json(200, { registration: outcome.registration, promoted: outcome.promoted });
};

// --- the city ------------------------------------------------------------------------------------

function roundProblem(outcome: Exclude<RoundOutcome, { ok: true }>): ProblemError {
  if (outcome.reason === 'stock-below-booked') return new ProblemError('stock-below-booked', 409, { unitsBooked: outcome.unitsBooked });
  return new ProblemError(outcome.reason, outcome.reason === 'round-exists' ? 409 : 404);
}

const createRound: Service<'create_ppe_round'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'city');
  if (!(Date.parse(ctx.body.closesAt) > Date.parse(ctx.body.opensAt))) throw validationError([{ pointer: '/closesAt', code: 'out-of-range' }]);
  const reply = await createOnce<RoundOutcome>(ctx, (idem) => ctx.store.createRound(ctx.body, ctx.now, idem), (outcome) => json(201, outcome.round), roundProblem);
  if (!reply.replayed) await audit(ctx, o, ctx.body.id);
  return reply;
};

const changeRound: Service<'change_ppe_round'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'city');
  const outcome = await ctx.store.changeRound(ctx.params.roundId!, ctx.body, ctx.now);
  if (!outcome.ok) {
    if (outcome.reason === 'round-exists') throw new ProblemError('internal-error', 500);
    throw roundProblem(outcome);
  }
  if (Date.parse(outcome.round.closesAt) <= Date.parse(outcome.round.opensAt)) throw validationError([{ pointer: '/closesAt', code: 'out-of-range' }]);
  await audit(ctx, o, outcome.round.id);
  return json(200, outcome.round);
};

const issueVoucher: Service<'create_voucher'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'city');
  const checks = new FieldChecks();
  const holderTaxCode = checks.taxCode('/holderTaxCode', ctx.body.holderTaxCode);
  if (ctx.body.expiresOn < toRomeDate(ctx.now)) checks.fail('/expiresOn', 'out-of-range');
  checks.done();
  const reply = await createOnce<VoucherIssueOutcome>(
    ctx,
    (idem) => ctx.store.issueVoucher({ code: generateCode('BS'), holderTaxCode, faceValueCents: ctx.body.faceValueCents, expiresOn: ctx.body.expiresOn, district: ctx.body.district }, idem),
    (outcome) => json(201, outcome.voucher),
    () => new ProblemError('internal-error', 500),
  );
  if (!reply.replayed) await audit(ctx, o, (reply.body as S['Voucher']).voucherCode ?? 'voucher');
  return reply;
};

const revokeVoucher: Service<'revoke_voucher'> = async (ctx) => {
  const o = requireRole(ctx.operator, 'city');
  const voucher = await ctx.store.revokeVoucher(ctx.params.voucherCode!, ctx.now);
  if (!voucher) throw new ProblemError('voucher-not-found', 404);
  await audit(ctx, o, voucher.voucherCode);
  return json(200, voucher);
};

const auditLog: Service<'list_audit_entries'> = async (ctx) => {
  requireRole(ctx.operator, 'city');
  const { page, pageSize } = pageOf(ctx.query);
  const { items, total } = await ctx.store.listAudit({ page, pageSize });
  return json(200, { items, page: { page, pageSize, total } });
};

export const operatorServices = {
  show_operator: showOperator,
  list_operator_bookings: listBookings,
  update_ppe_deliveries: updateDeliveries,
  show_ppe_delivery_list: deliveryList,
  create_ppe_booking_on_behalf: bookOnBehalf,
  create_voucher_redemption: redeem,
  void_voucher_redemption: voidRedemption,
  list_voucher_redemptions: listRedemptions,
  list_operator_help_requests: listHelp,
  show_operator_help_request: showHelp,
  assign_help_request: assignHelp,
  schedule_help_request: scheduleHelp,
  close_help_request: closeHelp,
  show_event_attendance: attendance,
  check_in_registration: checkIn,
  cancel_event_registration: cancelRegistration,
  create_ppe_round: createRound,
  change_ppe_round: changeRound,
  create_voucher: issueVoucher,
  revoke_voucher: revokeVoucher,
  list_audit_entries: auditLog,
};
