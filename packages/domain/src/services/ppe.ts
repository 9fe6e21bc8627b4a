/** Protective equipment: rounds, buildings, bookings, look-ups and cancellations. */
import { generateCode } from '@sportello/sdk/checks';
import type { BookingRequest, BuildingQuery, Lang, RoundState } from '@sportello/sdk';
import type { BookingOutcome, NewBooking } from '../ports';
import { buildingKey } from '../normalize';
import { ProblemError, validationError } from '../problems';
import { FieldChecks } from '../checks';
import { createOnce } from '../idempotency';
import { json, type Service } from './context';

/** The building query with its CAP checked, pointers under `base`. */
function checkBuilding(checks: FieldChecks, base: string, query: BuildingQuery): BuildingQuery {
  if ('buildingCode' in query && typeof query.buildingCode === 'string') return query;
  const q = query as { street: string; civicNumber: string; cap: string };
  return { street: checks.text(`${base}/street`, q.street), civicNumber: q.civicNumber.trim(), cap: checks.cap(`${base}/cap`, q.cap) };
}

const listRounds: Service<'list_ppe_rounds'> = async ({ store, lang, now, query }) => {
  const state = (query.get('state') ?? undefined) as RoundState | undefined;
  return json(200, { items: await store.listRounds(lang, now, state) });
};

const resolveBuilding: Service<'resolve_ppe_building'> = async ({ store, body }) => {
  const checks = new FieldChecks();
  const query = checkBuilding(checks, '', body);
  checks.done();
  const building = await store.findBuilding(buildingKey(query));
  if (!building) throw new ProblemError('building-not-in-network', 404);
  return json(200, building);
};

/** The problem a booking outcome answers with. */
export function bookingProblem(outcome: Exclude<BookingOutcome, { ok: true }>): ProblemError {
  switch (outcome.reason) {
    case 'round-not-found':
    case 'building-not-in-network':
    case 'code-taken':
      return new ProblemError(outcome.reason === 'code-taken' ? 'internal-error' : outcome.reason, outcome.reason === 'code-taken' ? 500 : 404);
    case 'round-full':
      return new ProblemError('round-full', 409);
    case 'window-closed':
      return new ProblemError('window-closed', 409, outcome.nextRoundOpensAt ? { nextRoundOpensAt: outcome.nextRoundOpensAt } : {});
    case 'already-booked':
      return new ProblemError('already-booked', 409);
    case 'household-too-large':
      return validationError([{ pointer: '/householdSize', code: 'out-of-range' }]);
  }
}

/** A booking request checked and normalized (the domain's checks after the contract's). */
export function checkedBooking(req: BookingRequest, lang: Lang): Omit<NewBooking, 'code'> {
  const checks = new FieldChecks();
  const taxCode = checks.taxCode('/applicant/taxCode', req.applicant.taxCode);
  const givenName = checks.text('/applicant/givenName', req.applicant.givenName);
  const familyName = checks.text('/applicant/familyName', req.applicant.familyName);
  const phone = checks.phone('/contact/phone', req.contact.phone);
  const email = checks.email('/contact/email', req.contact.email);
  const building = checkBuilding(checks, '/building', req.building);
  checks.done();
  return {
    roundId: req.roundId,
    taxCode,
    givenName,
    familyName,
    householdSize: req.householdSize,
    building: buildingKey(building),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    lang: req.lang ?? lang,
  };
}

const createBooking: Service<'create_ppe_booking'> = async (ctx) => {
  const input = checkedBooking(ctx.body, ctx.lang);
  return createOnce<BookingOutcome>(
    ctx,
    (idem) => ctx.store.createBooking({ ...input, code: generateCode('PR') }, ctx.now, idem),
    (outcome) => json(201, outcome.booking),
    bookingProblem,
  );
};

const findBooking: Service<'find_ppe_booking'> = async ({ store, body: req }) => {
  const checks = new FieldChecks();
  const code = checks.code('/bookingCode', 'PR', req.bookingCode);
  const taxCode = checks.taxCode('/taxCode', req.taxCode);
  checks.done();
  const booking = await store.findBooking(code, taxCode);
  if (!booking) throw new ProblemError('booking-not-found', 404);
  return json(200, booking);
};

const cancelBooking: Service<'cancel_ppe_booking'> = async ({ store, now, params, body: req }) => {
  const checks = new FieldChecks();
  const code = checks.code('/path/bookingCode', 'PR', params.bookingCode ?? '');
  const taxCode = checks.taxCode('/taxCode', req.taxCode);
  checks.done();
  const outcome = await store.cancelBooking(code, taxCode, now);
  if (!outcome.ok) throw new ProblemError(outcome.reason, outcome.reason === 'booking-not-found' ? 404 : 409);
  return json(200, outcome.booking);
};

export const ppeServices = {
  list_ppe_rounds: listRounds,
  resolve_ppe_building: resolveBuilding,
  create_ppe_booking: createBooking,
  find_ppe_booking: findBooking,
  cancel_ppe_booking: cancelBooking,
};
