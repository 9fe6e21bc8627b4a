/** Prometeo activities: the calendar, one activity, its iCalendar file, registrations. */
import { generateCode } from '@sportello/sdk/checks';
import type { RegistrationOutcome } from '../ports';
import { eventToIcs } from '../ics';
import { ProblemError, validationError } from '../problems';
import { FieldChecks } from '../checks';
import { createOnce } from '../idempotency';
import { json, type Service } from './context';
import { pageOf } from './vouchers';

/** The longest range `GET /events` answers, in days. */
export const MAX_RANGE_DAYS = 100;

const list = (value: string | null) => (value ? value.split(',').filter((v) => v !== '') : undefined);

const listEvents: Service<'list_events'> = async ({ store, lang, query }) => {
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

const showEvent: Service<'show_event'> = async ({ store, lang, params }) => {
  const event = await store.findEvent(params.eventId!, lang);
  if (!event) throw new ProblemError('event-not-found', 404);
  return json(200, event);
};

const showCalendarFile: Service<'show_event_calendar_file'> = async ({ store, lang, now, params }) => {
  const event = await store.findEvent(params.eventId!, lang);
  if (!event) throw new ProblemError('event-not-found', 404);
  return {
    status: 200,
    body: eventToIcs(event, new Date(now), lang),
    contentType: 'text/calendar; charset=utf-8',
    headers: { 'Content-Disposition': `attachment; filename="${event.id}.ics"` },
  };
};

/** The problem a registration outcome answers with. */
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
      return new ProblemError('internal-error', 500);
  }
}

const register: Service<'create_event_registration'> = async (ctx) => {
  const { store, lang, now, params, body: req } = ctx;
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
  return createOnce<RegistrationOutcome>(
    ctx,
    (idem) =>
      store.createRegistration(
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
      idem,
    ),
    (outcome) => json(201, outcome.registration),
    registrationProblem,
  );
};

export const eventServices = {
  list_events: listEvents,
  show_event: showEvent,
  show_event_calendar_file: showCalendarFile,
  create_event_registration: register,
};
