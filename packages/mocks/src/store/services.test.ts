import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCode, formatCode } from '@sportello/sdk/checks';
import { createFixtures, demo, DEMO_NOW, romeIso } from '../fixtures';
import { createStore, foldLine, RateLimiter, type Outcome } from './index';
import { registrationBody } from './test-helpers';

const fixtures = createFixtures(DEMO_NOW);
const fresh = () => createStore({ fixtures, now: DEMO_NOW });
const slug = (o: Outcome<unknown, number, 200 | 201>) => (o.ok ? 'ok' : o.problem.slug);
let keyNo = 0;
const key = () => `svc-key-${++keyNo}`;

test('voucher check: every state to its holder; unknown code and wrong holder look the same', () => {
  const store = fresh();
  for (const [state, v] of Object.entries(demo.vouchers)) {
    const out = store.checkVoucher(v);
    assert.ok(out.ok, state);
    assert.equal(out.body.voucherCode, v.voucherCode);
    assert.equal('holderTaxCode' in out.body, false);
  }
  const wrongHolder = store.checkVoucher({ voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.vouchers.revoked.taxCode });
  const unknown = store.checkVoucher({ voucherCode: formatCode('BS', 'ZZZZZZZZ'), taxCode: demo.vouchers.active.taxCode });
  assert.deepEqual(wrongHolder, unknown);
  assert.equal(slug(unknown), 'voucher-not-found');
  const typo = store.checkVoucher({ voucherCode: 'BS-4D2N-8WQ5-M', taxCode: 'RSSMRA85T10L219X' });
  assert.deepEqual(!typo.ok && typo.problem.errors, [
    { pointer: '/voucherCode', code: 'check-character' },
    { pointer: '/taxCode', code: 'check-character' },
  ]);
});

test('a voucher past its date reads as expired even if it was active', () => {
  const later = createStore({ fixtures, now: new Date(DEMO_NOW.getTime() + 5 * 86_400_000) });
  const out = later.checkVoucher(demo.vouchers.expiringSoon);
  assert.equal(out.ok && out.body.state, 'expired');
  const today = fresh().checkVoucher(demo.vouchers.expiringSoon);
  assert.equal(today.ok && today.body.state, 'active');
});

test('shops by district, by CAP, a page at a time', () => {
  const store = fresh();
  const d3 = store.listShops(new URLSearchParams('district=3'));
  assert.ok(d3.ok && d3.body.items.length > 0 && d3.body.items.every((s) => s.district === 3));
  const cap = store.listShops(new URLSearchParams('cap=10126'));
  assert.ok(cap.ok && cap.body.items.every((s) => s.cap === '10126') && cap.body.items.length === 2);
  const page2 = store.listShops(new URLSearchParams('pageSize=5&page=2'));
  assert.deepEqual(page2.ok && page2.body.page, { page: 2, pageSize: 5, total: fixtures.shops.length });
  assert.deepEqual(page2.ok && page2.body.items.map((s) => s.id), fixtures.shops.slice(5, 10).map((s) => s.id));
  const bad = store.listShops(new URLSearchParams('district=9&cap=20100'));
  assert.deepEqual(!bad.ok && bad.problem.errors, [
    { pointer: '/query/district', code: 'out-of-range' },
    { pointer: '/query/cap', code: 'out-of-range' },
  ]);
});

const range = (from: string, to: string, extra = '') => new URLSearchParams(`from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`);

test('events: a month, filtered by category, district and free seats', () => {
  const store = fresh();
  const nov = store.listEvents(range(romeIso(2026, 11, 1), romeIso(2026, 12, 1)), 'it');
  assert.ok(nov.ok);
  assert.ok(nov.body.items.length > 10 && nov.body.items.every((e) => e.startsAt.startsWith('2026-11')));
  assert.equal(nov.body.page.total, fixtures.events.filter((e) => e.startsAt.startsWith('2026-11')).length);
  const some = store.listEvents(range(romeIso(2026, 10, 1), romeIso(2027, 1, 1), '&category=movement,culture&district=3,8&freeSeats=true'), 'en');
  assert.ok(some.ok && some.body.items.length > 0);
  for (const e of some.ok ? some.body.items : []) {
    assert.ok(['movement', 'culture'].includes(e.category) && [3, 8].includes(e.district) && e.seatsLeft > 0);
  }
  const tooLong = store.listEvents(range(romeIso(2026, 10, 1), romeIso(2027, 3, 1)), 'it');
  assert.deepEqual(!tooLong.ok && tooLong.problem.errors, [{ pointer: '/query/to', code: 'out-of-range' }]);
  const bad = store.listEvents(new URLSearchParams('from=yesterday&category=dance'), 'it');
  assert.deepEqual(!bad.ok && bad.problem.errors, [
    { pointer: '/query/from', code: 'format' },
    { pointer: '/query/to', code: 'required' },
    { pointer: '/query/category', code: 'not-allowed' },
  ]);
  assert.equal(slug(store.showEvent('no-such-event', 'it')), 'event-not-found');
  assert.equal(slug(store.showEvent('Not An Id!', 'it')), 'validation-error');
});

test('the iCalendar file: Europe/Rome wall-clock times, CRLF, folded lines', () => {
  const store = fresh();
  const event = fixtures.events.find((e) => e.startsAt.endsWith('+01:00'))!;
  const out = store.eventCalendar(event.id, 'it');
  assert.ok(out.ok);
  const { ics, filename } = out.body;
  assert.equal(filename, `${event.id}.ics`);
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'));
  assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Rome/);
  assert.ok(ics.includes(`DTSTART;TZID=Europe/Rome:${event.startsAt.slice(0, 19).replace(/[-:]/g, '')}`));
  assert.ok(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75));
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
  assert.equal(foldLine('x'.repeat(80)), `${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
});

test('registration: seats taken, a companion takes two, then event-full or the waiting list', () => {
  const store = fresh();
  const f = createFixtures(DEMO_NOW);
  const event = f.events.find((e) => Date.parse(e.startsAt) > DEMO_NOW.getTime() && e.seatsLeft === 3)!;
  assert.ok(event, 'an upcoming event with 3 seats left');
  const live = () => store.state.events.find((e) => e.id === event.id)!;
  const person = (n: number, companion = false) =>
    registrationBody({
      attendee: { givenName: 'P', familyName: String(n), contact: { phone: `+39333000${String(n).padStart(4, '0')}` } },
      ...(companion ? { companion: { givenName: 'C', familyName: String(n), caregiver: true } } : {}),
    });
  const a = store.register(event.id, person(1, true), key());
  assert.ok(a.ok);
  assert.deepEqual({ state: a.body.state, seats: a.body.seats }, { state: 'registered', seats: 2 });
  assert.equal(checkCode('RG', a.body.registrationCode).ok, true);
  assert.equal(live().seatsLeft, 1);
  const b = store.register(event.id, person(2, true), key());
  assert.equal(!b.ok && b.problem.slug, 'event-full');
  assert.equal(!b.ok && b.problem.waitingListLength, 0);
  assert.equal(slug(store.register(event.id, person(3), key())), 'ok');
  assert.equal(live().seatsLeft, 0);
  const w1 = store.register(event.id, { ...person(4), waitingList: true }, key());
  const w2 = store.register(event.id, { ...person(5, true), waitingList: true }, key());
  assert.deepEqual(w1.ok && [w1.body.state, w1.body.waitingListPosition], ['waitlisted', 1]);
  assert.deepEqual(w2.ok && [w2.body.state, w2.body.waitingListPosition], ['waitlisted', 2]);
  assert.equal(live().waitingListLength, 2);
  assert.equal(live().seatsLeft, 0);
});

test('registration: the same contact twice is already-registered; a started activity is closed', () => {
  const store = fresh();
  const existing = fixtures.registrations[0]!;
  const again = store.register(existing.eventId, registrationBody({ attendee: { givenName: 'G', familyName: 'B', contact: { email: demo.registeredEmail.toUpperCase() } } }), key());
  assert.equal(slug(again), 'already-registered');
  const past = fixtures.events.find((e) => Date.parse(e.startsAt) < DEMO_NOW.getTime())!;
  assert.equal(slug(store.register(past.id, registrationBody(), key())), 'registration-closed');
  assert.equal(slug(store.register('no-such-event', registrationBody(), key())), 'event-not-found');
  const noConsent = store.register(existing.eventId, { ...registrationBody(), privacyConsent: undefined } as never, key());
  assert.deepEqual(!noConsent.ok && noConsent.problem.errors, [{ pointer: '/privacyConsent', code: 'consent-required' }]);
});

const helpBody = (overrides: Record<string, unknown> = {}) => ({
  topic: 'apps-and-accounts',
  description: "Mia madre deve installare l'app IO e creare lo SPID.",
  forWhom: 'someone-i-care-for',
  contact: { phone: '333 123 4567', preferredChannel: 'phone', preferredTime: 'afternoon' },
  district: 8,
  privacyConsent: true,
  ...overrides,
});

test('help: psychological support needs its own consent; the description is never echoed', () => {
  const store = fresh();
  const missing = store.createRequest(helpBody({ topic: 'psychological-support' }), key());
  assert.deepEqual(!missing.ok && missing.problem.errors, [{ pointer: '/healthDataConsent', code: 'consent-required' }]);
  const given = store.createRequest(helpBody({ topic: 'psychological-support', healthDataConsent: true }), key());
  assert.ok(given.ok);
  assert.equal(given.status, 201);
  assert.equal(given.body.state, 'received');
  assert.equal(checkCode('PC', given.body.ticketCode).ok, true);
  assert.equal(JSON.stringify(given.body).includes('SPID'), false);
  assert.equal(JSON.stringify(store.state.helpTickets).includes('SPID'), false, 'not even stored');
  const short = store.createRequest(helpBody({ description: 'aiuto', contact: { preferredChannel: 'email', preferredTime: 'any' } }), key());
  assert.deepEqual(!short.ok && short.problem.errors, [
    { pointer: '/description', code: 'too-short' },
    { pointer: '/contact/phone', code: 'required' },
    { pointer: '/contact/email', code: 'required' },
  ]);
});

test('help look-up needs the contact given with the request', () => {
  const store = fresh();
  const filed = store.createRequest(helpBody(), key());
  assert.ok(filed.ok);
  const found = store.findRequest({ ticketCode: filed.body.ticketCode, phone: '+39 333 1234567' });
  assert.deepEqual(found.ok && found.body, filed.body);
  assert.equal(slug(store.findRequest({ ticketCode: filed.body.ticketCode, phone: '+393330000000' })), 'ticket-not-found');
  assert.equal(slug(store.findRequest({ ticketCode: filed.body.ticketCode, email: 'someone@example.org' })), 'ticket-not-found');
  const scheduled = store.findRequest({ ...demo.tickets.scheduled, email: demo.tickets.scheduled.email.toUpperCase() });
  assert.equal(scheduled.ok && scheduled.body.state, 'scheduled');
  assert.ok(scheduled.ok && scheduled.body.scheduledFor);
  const noContact = store.findRequest({ ticketCode: demo.tickets.received.ticketCode });
  assert.deepEqual(!noContact.ok && noContact.problem.errors, [{ pointer: '/phone', code: 'required' }]);
  const topics = store.listTopics('en');
  assert.equal(topics.ok && topics.body.items[0]!.title, 'Homework help');
});

test('rate limiter: a fixed window per bucket, then Retry-After until it resets', () => {
  let t = 0;
  const limiter = new RateLimiter({ default: { limit: 3, windowSeconds: 60 }, lookups: { limit: 2, windowSeconds: 30 } }, () => t);
  assert.deepEqual(limiter.take('lookups'), { limit: 2, remaining: 1, reset: 30 });
  assert.deepEqual(limiter.take('lookups'), { limit: 2, remaining: 0, reset: 30 });
  t = 10_000;
  assert.deepEqual(limiter.take('lookups'), { limit: 2, remaining: 0, reset: 20, retryAfter: 20 });
  assert.equal(limiter.take('default').remaining, 2, 'buckets are separate');
  t = 30_000;
  assert.equal(limiter.take('lookups').remaining, 1, 'a new window');
});
