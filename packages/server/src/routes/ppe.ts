import { generateCode } from '@sportello/sdk/checks';
import type { BookingCancellation, BookingLookup, BookingRequest, BuildingQuery, RoundState } from '../types';
import type { BookingOutcome } from '../store/store';
import { buildingKey } from '../domain/normalize';
import { ProblemError, validationError } from '../http/problem';
import { FieldChecks } from './checks';
import { json, type Handler } from './handler';

/** The building query with its CAP checked, pointers under `base`. */
function checkBuilding(checks: FieldChecks, base: string, query: BuildingQuery): BuildingQuery {
  if ('buildingCode' in query && typeof query.buildingCode === 'string') return query;
  const q = query as { street: string; civicNumber: string; cap: string };
  return { street: checks.text(`${base}/street`, q.street), civicNumber: q.civicNumber.trim(), cap: checks.cap(`${base}/cap`, q.cap) };
}

const listRounds: Handler = async ({ store, lang, now, query }) => {
  const state = (query.get('state') ?? undefined) as RoundState | undefined;
  return json(200, { items: await store.listRounds(lang, now, state) });
};

const resolveBuilding: Handler = async ({ store, body }) => {
  const checks = new FieldChecks();
  const query = checkBuilding(checks, '', body as BuildingQuery);
  checks.done();
  const building = await store.findBuilding(buildingKey(query));
  if (!building) throw new ProblemError('building-not-in-network', 404);
  return json(200, building);
};

function bookingProblem(outcome: Exclude<BookingOutcome, { ok: true }>): ProblemError {
  switch (outcome.reason) {
    case 'round-not-found':
    case 'building-not-in-network':
      return new ProblemError(outcome.reason, 404);
    case 'round-full':
      return new ProblemError('round-full', 409);
    case 'window-closed':
      return new ProblemError('window-closed', 409, outcome.nextRoundOpensAt ? { nextRoundOpensAt: outcome.nextRoundOpensAt } : {});
    case 'already-booked':
      return new ProblemError('already-booked', 409, { existingBookingCode: outcome.existingBookingCode });
    case 'household-too-large':
      return validationError([{ pointer: '/householdSize', code: 'out-of-range' }]);
    case 'code-taken':
      throw new Error('no free booking code after several attempts');
  }
}

const createBooking: Handler = async ({ store, lang, now, body }) => {
  const req = body as BookingRequest;
  const checks = new FieldChecks();
  const taxCode = checks.taxCode('/applicant/taxCode', req.applicant.taxCode);
  const givenName = checks.text('/applicant/givenName', req.applicant.givenName);
  const familyName = checks.text('/applicant/familyName', req.applicant.familyName);
  const phone = checks.phone('/contact/phone', req.contact.phone);
  const email = checks.email('/contact/email', req.contact.email);
  const building = checkBuilding(checks, '/building', req.building);
  checks.done();
  let outcome: BookingOutcome = { ok: false, reason: 'code-taken' };
  // A clash between random codes is a one-in-a-trillion event; a few fresh attempts settle it.
  for (let attempt = 0; attempt < 3 && !outcome.ok && outcome.reason === 'code-taken'; attempt++) {
    outcome = await store.createBooking(
      {
        code: generateCode('PR'),
        roundId: req.roundId,
        taxCode,
        givenName,
        familyName,
        householdSize: req.householdSize,
        building: buildingKey(building),
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        lang: req.lang ?? lang,
      },
      now,
    );
  }
  if (!outcome.ok) throw bookingProblem(outcome);
  return json(201, outcome.booking);
};

const findBooking: Handler = async ({ store, body }) => {
  const req = body as BookingLookup;
  const checks = new FieldChecks();
  const code = checks.code('/bookingCode', 'PR', req.bookingCode);
  const taxCode = checks.taxCode('/taxCode', req.taxCode);
  checks.done();
  const booking = await store.findBooking(code, taxCode);
  if (!booking) throw new ProblemError('booking-not-found', 404);
  return json(200, booking);
};

const cancelBooking: Handler = async ({ store, now, params, body }) => {
  const req = body as BookingCancellation;
  const checks = new FieldChecks();
  const code = checks.code('/path/bookingCode', 'PR', params.bookingCode ?? '');
  const taxCode = checks.taxCode('/taxCode', req.taxCode);
  checks.done();
  const outcome = await store.cancelBooking(code, taxCode, now);
  if (!outcome.ok) throw new ProblemError(outcome.reason, outcome.reason === 'booking-not-found' ? 404 : 409);
  return json(200, outcome.booking);
};

/** Protective equipment: rounds, buildings, bookings. */
export const ppeHandlers = {
  list_ppe_rounds: listRounds,
  resolve_ppe_building: resolveBuilding,
  create_ppe_booking: createBooking,
  find_ppe_booking: findBooking,
  cancel_ppe_booking: cancelBooking,
};
