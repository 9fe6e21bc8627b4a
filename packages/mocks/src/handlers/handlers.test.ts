import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCode } from '@sportello/sdk/checks';
import { createFixtures, DEMO_NOW, demo } from '@sportello/demo-data';
import { bookingBody, registrationBody, taxCodeNumber } from './test-helpers';
import { createHandlers } from './index';
import { assertCoversContract, everyOperation, fixtures, newKey, send, server, type Sent } from './test-client';

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

const use = (options: Parameters<typeof createHandlers>[0] = {}) => {
  const handlers = createHandlers({ now: DEMO_NOW, ...options });
  server.resetHandlers(...handlers);
  return handlers.store;
};
const open = fixtures.rounds[0]!;

test('every operation answers its success status, conforming to the contract', async () => {
  use();
  const statuses: Record<string, number> = {};
  for (const req of everyOperation()) {
    const res = await send(req, { validRequest: true });
    statuses[res.operationId] = res.status;
  }
  assert.deepEqual(statuses, {
    show_status: 200,
    list_ppe_rounds: 200,
    resolve_ppe_building: 200,
    create_ppe_booking: 201,
    find_ppe_booking: 200,
    cancel_ppe_booking: 200,
    check_voucher: 200,
    list_voucher_shops: 200,
    list_events: 200,
    show_event: 200,
    show_event_calendar_file: 200,
    create_event_registration: 201,
    list_help_topics: 200,
    create_help_request: 201,
    find_help_request: 200,
  });
});

test('what a person sees: a booking code to keep, a voucher balance, a calendar file', async () => {
  use();
  const booking = await send({ method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id, { householdSize: 4 }), headers: { 'Idempotency-Key': newKey() } });
  assert.equal(checkCode('PR', booking.body.bookingCode).ok, true);
  assert.equal(booking.body.quantity, 20);
  const voucher = await send({ method: 'POST', path: '/vouchers/checks', body: demo.vouchers.active });
  assert.equal(voucher.body.balanceCents, 8250);
  const event = fixtures.events[3]!;
  const ics = await send({ method: 'GET', path: `/events/${event.id}/calendar.ics` });
  assert.match(ics.contentType, /^text\/calendar/);
  assert.equal(ics.headers.get('Content-Disposition'), `attachment; filename="${event.id}.ics"`);
  assert.match(ics.body, /BEGIN:VEVENT/);
});

test('titles and texts follow Accept-Language; Italian by default', async () => {
  use();
  const it = await send({ method: 'GET', path: '/help/topics' });
  const en = await send({ method: 'GET', path: '/help/topics', headers: { 'Accept-Language': 'fr-FR, en-GB;q=0.8, it;q=0.5' } });
  assert.equal(it.body.items[0].title, 'Aiuto compiti');
  assert.equal(en.body.items[0].title, 'Homework help');
  const problemIt = await send({ method: 'POST', path: '/vouchers/checks', body: { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.taxCodes.free } });
  const problemEn = await send({ method: 'POST', path: '/vouchers/checks', body: { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.taxCodes.free }, headers: { 'Accept-Language': 'en' } });
  assert.equal(problemIt.body.title, 'Buono non trovato');
  assert.equal(problemEn.body.title, 'Voucher not found');
  assert.equal(problemEn.body.type, 'urn:sportello:problem:voucher-not-found');
});

test('error answers of every kind conform to the contract', async () => {
  use();
  const key = () => ({ 'Idempotency-Key': newKey() });
  const cases: Array<[Sent, number, string]> = [
    [{ method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id, { applicant: { taxCode: demo.taxCodes.alreadyBooked, givenName: 'Mario', familyName: 'Rossi' } }), headers: key() }, 409, 'already-booked'],
    [{ method: 'POST', path: '/ppe/bookings', body: bookingBody(fixtures.rounds[2]!.id), headers: key() }, 409, 'window-closed'],
    [{ method: 'POST', path: '/ppe/bookings', body: bookingBody('ffp2-1999-01'), headers: key() }, 404, 'round-not-found'],
    [{ method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id, { building: demo.addresses.notInNetwork }), headers: key() }, 404, 'building-not-in-network'],
    [{ method: 'POST', path: '/ppe/building-lookups', body: demo.addresses.notInNetwork }, 404, 'building-not-in-network'],
    [{ method: 'POST', path: '/ppe/booking-lookups', body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.free } }, 404, 'booking-not-found'],
    [{ method: 'POST', path: `/ppe/bookings/${demo.bookingCodes.assigned}/cancellation`, body: { taxCode: demo.taxCodes.assigned } }, 409, 'not-cancellable'],
    [{ method: 'POST', path: '/vouchers/checks', body: { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.taxCodes.free } }, 404, 'voucher-not-found'],
    [{ method: 'GET', path: '/events/no-such-event' }, 404, 'event-not-found'],
    [{ method: 'GET', path: '/events/no-such-event/calendar.ics' }, 404, 'event-not-found'],
    [{ method: 'POST', path: `/events/${fixtures.registrations[0]!.eventId}/registrations`, body: registrationBody({ attendee: { givenName: 'G', familyName: 'B', contact: { email: demo.registeredEmail } } }), headers: key() }, 409, 'already-registered'],
    [{ method: 'POST', path: `/events/${fixtures.events[0]!.id}/registrations`, body: registrationBody(), headers: key() }, 409, 'registration-closed'],
    [{ method: 'POST', path: '/help/request-lookups', body: { ticketCode: demo.tickets.received.ticketCode, phone: '+393330000000' } }, 404, 'ticket-not-found'],
    [{ method: 'POST', path: '/ppe/bookings', body: 'not json {', headers: key() }, 400, 'malformed-request'],
    [{ method: 'POST', path: '/vouchers/checks', body: 'voucherCode=BS', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported-media-type'],
    [{ method: 'POST', path: '/help/requests', body: { topic: 'other', description: 'x'.repeat(20_000) }, headers: key() }, 413, 'payload-too-large'],
  ];
  for (const [req, status, slug] of cases) {
    const res = await send(req);
    assert.deepEqual([res.status, res.body.type], [status, `urn:sportello:problem:${slug}`], `${req.method} ${req.path}`);
    assert.ok(res.body.title && res.body.detail);
  }
});

test('validation errors point at each field, and at least wherever the contract itself would', async () => {
  use();
  const cases: Array<[Sent, Array<{ pointer: string; code: string }>]> = [
    [
      { method: 'POST', path: '/ppe/bookings', body: { ...bookingBody(open.id), applicant: { taxCode: 'RSSMRA85T10L219X', givenName: 'Mario', familyName: 'Rossi' } }, headers: { 'Idempotency-Key': newKey() } },
      [{ pointer: '/applicant/taxCode', code: 'check-character' }],
    ],
    [
      { method: 'POST', path: '/ppe/bookings', body: { roundId: open.id, applicant: { taxCode: 'RSSMRA8' }, householdSize: 0, building: { street: 'Via Nizza', cap: '20100' }, contact: {}, privacyConsent: false }, headers: { 'Idempotency-Key': newKey() } },
      // The contract's own validator answers (as the server's does), in its order.
      [
        { pointer: '/applicant/givenName', code: 'required' },
        { pointer: '/applicant/familyName', code: 'required' },
        { pointer: '/applicant/taxCode', code: 'too-short' },
        { pointer: '/householdSize', code: 'out-of-range' },
        { pointer: '/building/civicNumber', code: 'required' },
        { pointer: '/building/cap', code: 'format' },
        { pointer: '/contact/phone', code: 'required' },
        { pointer: '/privacyConsent', code: 'consent-required' },
      ],
    ],
    [{ method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id) }, [{ pointer: '/header/Idempotency-Key', code: 'required' }]],
    [
      { method: 'POST', path: '/help/requests', body: { topic: 'psychological-support', description: 'Mi sento molto solo da quando è morta mia moglie.', forWhom: 'myself', contact: { phone: '3331234567', preferredChannel: 'phone', preferredTime: 'evening' }, district: 2, privacyConsent: true }, headers: { 'Idempotency-Key': newKey() } },
      [{ pointer: '/healthDataConsent', code: 'consent-required' }],
    ],
    [{ method: 'POST', path: '/vouchers/checks', body: { voucherCode: 'BS-4D2N-8WQ5-M', taxCode: demo.taxCodes.free } }, [{ pointer: '/voucherCode', code: 'check-character' }]],
    [{ method: 'GET', path: '/events', query: { from: '2026-10-01', category: 'dance' } }, [{ pointer: '/query/from', code: 'format' }, { pointer: '/query/to', code: 'required' }, { pointer: '/query/category', code: 'not-allowed' }]],
    [{ method: 'GET', path: '/vouchers/shops', query: { district: '9' } }, [{ pointer: '/query/district', code: 'out-of-range' }]],
    [{ method: 'GET', path: '/ppe/rounds', query: { state: 'archived' } }, [{ pointer: '/query/state', code: 'not-allowed' }]],
    [{ method: 'POST', path: '/help/request-lookups', body: { ticketCode: demo.tickets.received.ticketCode } }, [{ pointer: '/phone', code: 'required' }]],
  ];
  for (const [req, errors] of cases) {
    const res = await send(req);
    assert.equal(res.status, 400, req.path);
    assert.equal(res.body.type, 'urn:sportello:problem:validation-error');
    assert.deepEqual(res.body.errors, errors, req.path);
    assertCoversContract(req, res);
  }
});

test('idempotency over HTTP: a retry replays status and body; another body is 422; a concurrent retry gets the first answer', async () => {
  const store = use({ latencyMs: 30 });
  const key = newKey();
  const req: Sent = { method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id), headers: { 'Idempotency-Key': key } };
  const [first, concurrent] = await Promise.all([send(req), send(req)]);
  assert.deepEqual([first.status, concurrent.status], [201, 201]);
  assert.deepEqual(concurrent.body, first.body);
  assert.equal(concurrent.headers.get('Idempotent-Replayed'), 'true');
  const retry = await send(req);
  assert.equal(retry.status, 201);
  assert.deepEqual(retry.body, first.body);
  const other = await send({ ...req, body: bookingBody(open.id, { householdSize: 5 }) });
  assert.equal(other.status, 422);
  assert.equal(other.body.type, 'urn:sportello:problem:idempotency-key-reused');
  assert.equal(store.state.bookings.filter((b) => b.roundId === open.id && b.applicant.taxCode === 'VRDLGU40C15L219Q').length, 1);
});

test('concurrent bookings never oversell the stock', async () => {
  const f = createFixtures(DEMO_NOW);
  f.rounds[0]!.unitsLeft = 120;
  const store = use({ fixtures: f, latencyMs: 5 });
  const results = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      send({ method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id, { applicant: { taxCode: taxCodeNumber(i), givenName: 'T', familyName: 'P' }, householdSize: 1 + (i % 4) }), headers: { 'Idempotency-Key': newKey() } }),
    ),
  );
  const booked = results.filter((r) => r.status === 201).reduce((sum, r) => sum + r.body.quantity, 0);
  assert.deepEqual(new Set(results.map((r) => r.status)), new Set([201, 409]));
  assert.ok(results.filter((r) => r.status === 409).every((r) => r.body.type === 'urn:sportello:problem:round-full'));
  assert.ok(booked <= 120);
  assert.equal(store.state.rounds[0]!.unitsLeft, 120 - booked);
  const newBookings = store.state.bookings.filter((b) => b.roundId === open.id && b.applicant.givenName === 'T');
  assert.equal(newBookings.reduce((s, b) => s + b.quantity, 0), booked);
});

test('voucher checks are rate-limited: the eleventh in a minute is 429 with Retry-After', async () => {
  use();
  const remaining: string[] = [];
  for (let i = 0; i < 10; i++) {
    const res = await send({ method: 'POST', path: '/vouchers/checks', body: { voucherCode: demo.vouchers.active.voucherCode, taxCode: taxCodeNumber(i) } });
    assert.equal(res.status, 404);
    remaining.push(res.headers.get('RateLimit-Remaining')!);
  }
  assert.deepEqual(remaining, ['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);
  const refused = await send({ method: 'POST', path: '/vouchers/checks', body: demo.vouchers.active });
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get('Retry-After')) > 0);
  const other = await send({ method: 'GET', path: '/help/topics' });
  assert.equal(other.status, 200, 'other requests have their own limit');
});

test('each createHandlers has its own store; the default base URL matches /v1 on any origin', async () => {
  const first = use();
  await send({ method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id), headers: { 'Idempotency-Key': newKey() } });
  const second = use();
  assert.equal(first.state.bookings.length, fixtures.bookings.length + 1);
  assert.equal(second.state.bookings.length, fixtures.bookings.length);
  const res = await fetch('https://sportello.example.org/v1/status');
  assert.equal(res.status, 200);
  server.resetHandlers(...createHandlers({ baseUrl: 'https://api.example.org/v1' }));
  assert.equal((await fetch('https://api.example.org/v1/help/topics')).status, 200);
  await assert.rejects(fetch('http://localhost:8080/v1/help/topics'), 'another origin is not handled');
});
