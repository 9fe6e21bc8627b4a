/** Protective equipment: rounds, building look-up, bookings, look-up and cancellation. */
import { checkCode, checkEmail, checkPhone, checkTaxCode, checkTurinCap, generateCode } from '@sportello/sdk/checks';
import {
  findBuilding,
  initials,
  publicBooking,
  publicRound,
  roundStateAt,
  toRomeIso,
  type Booking,
  type BookingFixture,
  type Building,
  type BuildingQuery,
  type Contact,
  type Lang,
  type RoundList,
  type RoundState,
} from '../fixtures';
import { Fields, isObject, type Json } from './fields';
import { invalid, problem } from './problems';
import { created, fail, ok, withIdempotency, type Outcome, type StoreState } from './state';

const ROUND_STATES: readonly RoundState[] = ['upcoming', 'open', 'closed'];

/** Checks a `BuildingQuery` (by code, or by street, civic number and CAP) at `base`. */
export function readBuildingQuery(v: Json, base: string, f: Fields): BuildingQuery | undefined {
  if ('buildingCode' in v) {
    f.only(v, base, ['buildingCode']);
    const code = f.text(v, 'buildingCode', base);
    if (code !== undefined && !/^[A-Za-z]{2}-?[0-9]{4}$/.test(code)) return f.add(`${base}/buildingCode`, 'format');
    return code === undefined ? undefined : { buildingCode: code };
  }
  f.only(v, base, ['street', 'civicNumber', 'cap']);
  const street = f.text(v, 'street', base, { min: 2, max: 120 });
  const civic = f.text(v, 'civicNumber', base);
  if (civic !== undefined && !/^[0-9]{1,4}(\s?(\/?[A-Za-z]|bis|BIS))?$/.test(civic)) f.add(`${base}/civicNumber`, 'format');
  const cap = f.check(v, 'cap', base, checkTurinCap);
  return street && civic && cap ? { street, civicNumber: civic, cap } : undefined;
}

/** Checks a `Contact` (at least one of phone and e-mail) at `base`, normalizing both. */
export function readContact(v: Json, base: string, f: Fields, extra: readonly string[] = []): Contact | undefined {
  f.only(v, base, ['phone', 'email', ...extra]);
  if (v.phone === undefined && v.email === undefined) return f.add(`${base}/phone`, 'required');
  const phone = f.check(v, 'phone', base, checkPhone, false);
  const email = f.check(v, 'email', base, checkEmail, false);
  return { ...(phone ? { phone } : {}), ...(email ? { email: email.toLowerCase() } : {}) };
}

const withCancellable = (b: BookingFixture): Booking => ({ ...publicBooking(b), cancellable: b.state === 'confirmed' });

/** The protective-equipment operations over the store's state. */
export function ppe(state: StoreState) {
  const round = (id: string) => state.rounds.find((r) => r.id === id);
  const stateOf = (r: { opensAt: string; closesAt: string }) => roundStateAt(r, state.clock());

  function findOwn(code: string, taxCode: string) {
    return state.bookings.find((b) => b.bookingCode === code && b.applicant.taxCode === taxCode);
  }

  return {
    /** Rounds, newest first; without `state`, the open and upcoming ones. */
    listRounds(query: URLSearchParams, lang: Lang): Outcome<RoundList, 400> {
      const f = new Fields();
      const wanted = query.get('state') ? f.oneOf({ state: query.get('state') }, 'state', '/query', ROUND_STATES) : undefined;
      if (!f.ok) return fail(invalid(f.errors));
      const items = state.rounds
        .map((r) => ({ ...publicRound(r, lang), state: stateOf(r) }))
        .filter((r) => (wanted ? r.state === wanted : r.state !== 'closed'))
        .sort((a, b) => Date.parse(b.opensAt) - Date.parse(a.opensAt));
      return ok({ items });
    },

    resolveBuilding(body: unknown): Outcome<Building, 400 | 404> {
      const f = new Fields();
      if (!isObject(body)) return fail(invalid([{ pointer: '', code: 'format' }]));
      const query = readBuildingQuery(body, '', f);
      if (!f.ok || !query) return fail(invalid(f.errors));
      const building = findBuilding(state.buildings, query);
      return building ? ok(building) : fail(problem(404, 'building-not-in-network'));
    },

    createBooking(body: unknown, idempotencyKey: string | null | undefined): Outcome<Booking, 400 | 404 | 409 | 422, 201> {
      return withIdempotency(state, 'create_ppe_booking', idempotencyKey, body, () => {
        const f = new Fields();
        if (!isObject(body)) return fail(invalid([{ pointer: '', code: 'format' }]));
        f.only(body, '', ['roundId', 'applicant', 'householdSize', 'building', 'contact', 'privacyConsent', 'lang']);
        const roundId = f.text(body, 'roundId', '');
        if (roundId !== undefined && !/^[a-z0-9-]{3,40}$/.test(roundId)) f.add('/roundId', 'format');
        const applicant = f.object(body, 'applicant', '');
        let taxCode: string | undefined, givenName: string | undefined, familyName: string | undefined;
        if (applicant) {
          f.only(applicant, '/applicant', ['taxCode', 'givenName', 'familyName']);
          taxCode = f.check(applicant, 'taxCode', '/applicant', checkTaxCode);
          givenName = f.text(applicant, 'givenName', '/applicant', { max: 80 });
          familyName = f.text(applicant, 'familyName', '/applicant', { max: 80 });
        }
        const householdSize = f.integer(body, 'householdSize', '', 1, 12);
        const buildingJson = f.object(body, 'building', '');
        const query = buildingJson ? readBuildingQuery(buildingJson, '/building', f) : undefined;
        const contactJson = f.object(body, 'contact', '');
        const contact = contactJson ? readContact(contactJson, '/contact', f) : undefined;
        f.consent(body, 'privacyConsent', '');
        f.oneOf(body, 'lang', '', ['it', 'en'] as const, false);
        if (!f.ok) return fail(invalid(f.errors));

        const r = round(roundId!);
        if (!r) return fail(problem(404, 'round-not-found'));
        if (stateOf(r) !== 'open') {
          const next = state.rounds
            .filter((x) => stateOf(x) === 'upcoming')
            .sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt))[0];
          return fail(problem(409, 'window-closed', next ? { nextRoundOpensAt: next.opensAt } : {}));
        }
        if (householdSize! > r.maxHouseholdSize) return fail(invalid([{ pointer: '/householdSize', code: 'out-of-range' }]));
        const building = findBuilding(state.buildings, query!);
        if (!building) return fail(problem(404, 'building-not-in-network'));
        const existing = state.bookings.find((b) => b.roundId === r.id && b.applicant.taxCode === taxCode && b.state !== 'cancelled');
        if (existing) return fail(problem(409, 'already-booked', { existingBookingCode: existing.bookingCode }));
        const quantity = householdSize! * r.unitsPerPerson;
        if (quantity > r.unitsLeft) return fail(problem(409, 'round-full'));

        r.unitsLeft -= quantity;
        let bookingCode = generateCode('PR');
        while (state.bookings.some((b) => b.bookingCode === bookingCode)) bookingCode = generateCode('PR');
        const booking: BookingFixture = {
          bookingCode,
          roundId: r.id,
          quantity,
          householdSize: householdSize!,
          state: 'confirmed',
          building,
          applicantInitials: initials(givenName!, familyName!),
          createdAt: toRomeIso(state.clock()),
          cancellable: true,
          applicant: { taxCode: taxCode!, givenName: givenName!, familyName: familyName! },
          contact: contact!,
        };
        state.bookings.push(booking);
        return created(withCancellable(booking));
      });
    },

    findBooking(body: unknown): Outcome<Booking, 400 | 404> {
      const f = new Fields();
      if (!isObject(body)) return fail(invalid([{ pointer: '', code: 'format' }]));
      f.only(body, '', ['bookingCode', 'taxCode']);
      const code = f.check(body, 'bookingCode', '', (s) => checkCode('PR', s));
      const taxCode = f.check(body, 'taxCode', '', checkTaxCode);
      if (!f.ok) return fail(invalid(f.errors));
      const booking = findOwn(code!, taxCode!);
      return booking ? ok(withCancellable(booking)) : fail(problem(404, 'booking-not-found'));
    },

    /** Cancels a `confirmed` booking and returns its units to the round's stock. */
    cancelBooking(bookingCode: string, body: unknown): Outcome<Booking, 400 | 404 | 409> {
      const f = new Fields();
      const code = f.check({ bookingCode }, 'bookingCode', '/path', (s) => checkCode('PR', s));
      if (!isObject(body)) return fail(invalid([...f.errors, { pointer: '', code: 'format' }]));
      f.only(body, '', ['taxCode']);
      const taxCode = f.check(body, 'taxCode', '', checkTaxCode);
      if (!f.ok) return fail(invalid(f.errors));
      const booking = findOwn(code!, taxCode!);
      if (!booking) return fail(problem(404, 'booking-not-found'));
      if (booking.state === 'assigned' || booking.state === 'delivered') return fail(problem(409, 'not-cancellable'));
      if (booking.state === 'confirmed') {
        booking.state = 'cancelled';
        booking.cancellable = false;
        const r = round(booking.roundId);
        if (r) r.unitsLeft = Math.min(r.stockUnits, r.unitsLeft + booking.quantity);
      }
      return ok(withCancellable(booking));
    },
  };
}
