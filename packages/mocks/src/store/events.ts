/** Activities: the calendar, one activity, its iCalendar file and registrations. */
import { checkEmail, checkPhone, generateCode } from '@sportello/sdk/checks';
import {
  publicEvent,
  publicRegistration,
  type Contact,
  type Event,
  type EventCategory,
  type EventList,
  type Lang,
  type Registration,
  type RegistrationFixture,
} from '../fixtures';
import { Fields, isObject, paginate, type Json } from './fields';
import { eventToIcs } from './ics';
import { invalid, problem } from './problems';
import { readContact } from './ppe';
import { created, fail, ok, withIdempotency, type Outcome, type StoreState } from './state';

const CATEGORIES: readonly EventCategory[] = ['culture', 'movement', 'digital-skills', 'social', 'workshops'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = 24 * 3600_000;

/** A date-time query parameter; a `+` that arrived unencoded (as a space) is read as `+`. */
function queryInstant(query: URLSearchParams, name: string, f: Fields): number | undefined {
  const raw = query.get(name)?.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  if (!raw) return f.add(`/query/${name}`, 'required');
  if (raw.length > 35 || !DATE_TIME.test(raw) || Number.isNaN(Date.parse(raw))) return f.add(`/query/${name}`, 'format');
  return Date.parse(raw);
}

/** A comma-separated (or repeated) list parameter. */
const list = (query: URLSearchParams, name: string) =>
  query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** The same person: same phone (E.164) or same e-mail (any case). */
const sameContact = (a: Contact, b: Contact) => (!!a.phone && a.phone === b.phone) || (!!a.email && a.email.toLowerCase() === b.email?.toLowerCase());

const normalizedContact = (c: Contact): Contact => {
  const phone = c.phone ? checkPhone(c.phone) : undefined;
  const email = c.email ? checkEmail(c.email) : undefined;
  return { ...(phone?.ok ? { phone: phone.value } : {}), ...(email?.ok ? { email: email.value.toLowerCase() } : {}) };
};

/** The activity operations over the store's state. */
export function events(state: StoreState) {
  const find = (id: string) => state.events.find((e) => e.id === id);
  const checkId = (id: string, f: Fields) => (/^[a-z0-9-]{3,60}$/.test(id) ? id : f.add('/path/eventId', 'format'));

  function showEvent(eventId: string, lang: Lang): Outcome<Event, 400 | 404> {
    const f = new Fields();
    if (!checkId(eventId, f)) return fail(invalid(f.errors));
    const event = find(eventId);
    return event ? ok(publicEvent(event, lang)) : fail(problem(404, 'event-not-found'));
  }

  return {
    /** Activities starting in `[from, to)`, filtered, in start order, a page at a time. */
    listEvents(query: URLSearchParams, lang: Lang): Outcome<EventList, 400> {
      const f = new Fields();
      const from = queryInstant(query, 'from', f);
      const to = queryInstant(query, 'to', f);
      if (from !== undefined && to !== undefined && (to <= from || to - from > 100 * DAY)) f.add('/query/to', 'out-of-range');
      const categories = list(query, 'category');
      if (categories.some((c) => !CATEGORIES.includes(c as EventCategory))) f.add('/query/category', 'not-allowed');
      if (categories.length > 5) f.add('/query/category', 'too-long');
      const districts = list(query, 'district');
      if (districts.some((d) => !/^\d+$/.test(d))) f.add('/query/district', 'format');
      else if (districts.some((d) => Number(d) < 1 || Number(d) > 8)) f.add('/query/district', 'out-of-range');
      const freeSeats = query.get('freeSeats');
      if (freeSeats !== null && freeSeats !== 'true' && freeSeats !== 'false') f.add('/query/freeSeats', 'format');
      const matching = f.ok
        ? state.events.filter((e) => {
            const start = Date.parse(e.startsAt);
            return (
              start >= from! &&
              start < to! &&
              (categories.length === 0 || categories.includes(e.category)) &&
              (districts.length === 0 || districts.includes(String(e.district))) &&
              (freeSeats !== 'true' || e.seatsLeft > 0)
            );
          })
        : [];
      const page = paginate(matching, query, f);
      if (!f.ok) return fail(invalid(f.errors));
      return ok({ items: page.items.map((e) => publicEvent(e, lang)), page: page.page });
    },

    showEvent,

    /** The activity as an iCalendar file (and the file name to offer). */
    eventCalendar(eventId: string, lang: Lang): Outcome<{ ics: string; filename: string }, 400 | 404> {
      const shown = showEvent(eventId, lang);
      if (!shown.ok) return shown;
      return ok({ ics: eventToIcs(shown.body, state.clock(), lang), filename: `${eventId}.ics` });
    },

    /**
     * Registers a person (and a companion: 2 seats) while seats are left; when not, `409 event-full`
     * or, with `waitingList: true`, the waiting list. The same phone or e-mail twice for one
     * activity is `409 already-registered`; an activity that has started is `registration-closed`.
     */
    register(eventId: string, body: unknown, idempotencyKey: string | null | undefined): Outcome<Registration, 400 | 404 | 409 | 422, 201> {
      return withIdempotency(state, `create_event_registration ${eventId}`, idempotencyKey, body, () => {
        const f = new Fields();
        checkId(eventId, f);
        if (!isObject(body)) return fail(invalid([...f.errors, { pointer: '', code: 'format' }]));
        f.only(body, '', ['attendee', 'companion', 'waitingList', 'privacyConsent', 'lang']);
        const attendee = f.object(body, 'attendee', '');
        let contact: Contact | undefined;
        if (attendee) {
          f.only(attendee, '/attendee', ['givenName', 'familyName', 'contact']);
          f.text(attendee, 'givenName', '/attendee', { max: 80 });
          f.text(attendee, 'familyName', '/attendee', { max: 80 });
          const c = f.object(attendee, 'contact', '/attendee');
          contact = c ? readContact(c, '/attendee/contact', f) : undefined;
        }
        const companion = f.object(body, 'companion', '', false);
        if (companion) {
          f.only(companion, '/companion', ['givenName', 'familyName', 'caregiver']);
          f.text(companion, 'givenName', '/companion', { max: 80 });
          f.text(companion, 'familyName', '/companion', { max: 80 });
          f.flag(companion, 'caregiver', '/companion');
        }
        const waitingList = f.flag(body, 'waitingList', '') ?? false;
        f.consent(body, 'privacyConsent', '');
        f.oneOf(body, 'lang', '', ['it', 'en'] as const, false);
        if (!f.ok) return fail(invalid(f.errors));

        const event = find(eventId);
        if (!event) return fail(problem(404, 'event-not-found'));
        if (Date.parse(event.startsAt) <= state.clock().getTime()) return fail(problem(409, 'registration-closed'));
        const taken = state.registrations.some((r) => r.eventId === eventId && sameContact(normalizedContact(r.attendee.contact), contact!));
        if (taken) return fail(problem(409, 'already-registered'));
        const seats = companion ? 2 : 1;
        const full = event.seatsLeft < seats;
        if (full && !waitingList) return fail(problem(409, 'event-full', { waitingListLength: event.waitingListLength }));

        let registrationCode = generateCode('RG');
        while (state.registrations.some((r) => r.registrationCode === registrationCode)) registrationCode = generateCode('RG');
        const a = attendee as Json;
        const registration: RegistrationFixture = {
          registrationCode,
          eventId,
          state: full ? 'waitlisted' : 'registered',
          seats,
          attendee: { givenName: String(a.givenName).trim(), familyName: String(a.familyName).trim(), contact: contact! },
          ...(companion ? { companion: companion as RegistrationFixture['companion'] } : {}),
        };
        if (full) {
          event.waitingListLength += 1;
          registration.waitingListPosition = event.waitingListLength;
        } else {
          event.seatsLeft -= seats;
        }
        state.registrations.push(registration);
        return created(publicRegistration(registration));
      });
    },
  };
}
