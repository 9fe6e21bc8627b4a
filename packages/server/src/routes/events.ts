import { generateCode } from '@sportello/sdk/checks';
import type { RegistrationRequest } from '../types';
import type { RegistrationOutcome } from '../store/store';
import { eventCalendar } from '../domain/ical';
import { ProblemError, validationError } from '../http/problem';
import { FieldChecks } from './checks';
import { json, type Handler } from './handler';
import { pageOf } from './vouchers';

/** The longest range `GET /events` answers, in days. */
export const MAX_RANGE_DAYS = 100;

const list = (value: string | null) => (value ? value.split(',').filter((v) => v !== '') : undefined);

const listEvents: Handler = async ({ store, lang, query }) => {
  const fromMs = Date.parse(query.get('from')!);
  const toMs = Date.parse(query.get('to')!);
  if (!(toMs > fromMs) || toMs - fromMs > MAX_RANGE_DAYS * 86_400_000) throw validationError([{ pointer: '/query/to', code: 'out-of-range' }]);
  const { page, pageSize } = pageOf(query);
  const categories = list(query.get('category'));
  const districts = list(query.get('district'))?.map(Number);
  const freeSeats = query.get('freeSeats') === 'true';
  const { items, total } = await store.listEvents(
    { fromMs, toMs, ...(categories ? { categories } : {}), ...(districts ? { districts } : {}), freeSeats, page, pageSize },
    lang,
  );
  return json(200, { items, page: { page, pageSize, total } });
};

const showEvent: Handler = async ({ store, lang, params }) => {
  const event = await store.findEvent(params.eventId!, lang);
  if (!event) throw new ProblemError('event-not-found', 404);
  return json(200, event);
};

const showCalendarFile: Handler = async ({ store, lang, now, params }) => {
  const event = await store.findEvent(params.eventId!, lang);
  if (!event) throw new ProblemError('event-not-found', 404);
  return {
    status: 200,
    body: eventCalendar(event, lang, now),
    contentType: 'text/calendar; charset=utf-8',
    headers: { 'Content-Disposition': `attachment; filename="${event.id}.ics"` },
  };
};

function registrationProblem(outcome: Exclude<RegistrationOutcome, { ok: true }>): ProblemError {
  switch (outcome.reason) {
    case 'event-not-found':
      return new ProblemError('event-not-found', 404);
    case 'event-full':
      return new ProblemError('event-full', 409, { waitingListLength: outcome.waitingListLength });
    case 'registration-closed':
    case 'already-registered':
      return new ProblemError(outcome.reason, 409);
    case 'code-taken':
      throw new Error('no free registration code after several attempts');
  }
}

const register: Handler = async ({ store, lang, now, params, body }) => {
  const req = body as RegistrationRequest;
  const checks = new FieldChecks();
  const givenName = checks.text('/attendee/givenName', req.attendee.givenName);
  const familyName = checks.text('/attendee/familyName', req.attendee.familyName);
  const phone = checks.phone('/attendee/contact/phone', req.attendee.contact.phone);
  const email = checks.email('/attendee/contact/email', req.attendee.contact.email);
  const companion = req.companion && {
    givenName: checks.text('/companion/givenName', req.companion.givenName),
    familyName: checks.text('/companion/familyName', req.companion.familyName),
    ...(req.companion.caregiver !== undefined ? { caregiver: req.companion.caregiver } : {}),
  };
  checks.done();
  let outcome: RegistrationOutcome = { ok: false, reason: 'code-taken' };
  for (let attempt = 0; attempt < 3 && !outcome.ok && outcome.reason === 'code-taken'; attempt++) {
    outcome = await store.createRegistration(
      {
        code: generateCode('RG'),
        eventId: params.eventId!,
        givenName,
        familyName,
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        ...(companion ? { companion } : {}),
        waitingList: req.waitingList === true,
        lang: req.lang ?? lang,
      },
      now,
    );
  }
  if (!outcome.ok) throw registrationProblem(outcome);
  return json(201, outcome.registration);
};

/** Prometeo activities: the calendar, one activity, its iCalendar file, registrations. */
export const eventHandlers = {
  list_events: listEvents,
  show_event: showEvent,
  show_event_calendar_file: showCalendarFile,
  create_event_registration: register,
};
