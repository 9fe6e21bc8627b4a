import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_NOW, demo, harness, newKey } from '../testing/harness';
import { demoSeed } from '../seed';

const seed = demoSeed(DEMO_NOW);
const future = seed.events.filter((e) => Date.parse(e.startsAt) > DEMO_NOW.getTime());
const roomy = future.find((e) => e.seatsLeft >= 3 && !seed.registrations.some((r) => r.eventId === e.id))!;
const full = future.find((e) => e.seatsLeft === 0)!;
const past = seed.events.find((e) => Date.parse(e.startsAt) < DEMO_NOW.getTime())!;
const giovanna = seed.registrations.find((r) => r.attendee.contact.email === demo.registeredEmail)!;

const register = (h: ReturnType<typeof harness>, eventId: string, body: Record<string, unknown>) =>
  h.call('POST', `/v1/events/${eventId}/registrations`, { body, idempotencyKey: newKey() });
const person = (contact: Record<string, string> = { email: 'pina.gallo@example.org' }) => ({
  attendee: { givenName: 'Pina', familyName: 'Gallo', contact },
  privacyConsent: true,
});

describe('GET /events', () => {
  it('lists the activities starting in [from, to), in start order, with series expanded', async () => {
    const h = harness();
    const res = await h.call('GET', '/v1/events?from=2026-10-01T00:00:00%2B02:00&to=2026-11-01T00:00:00%2B01:00');
    assert.equal(res.status, 200);
    const expected = seed.events.filter((e) => e.startsAt >= '2026-10-01' && Date.parse(e.startsAt) < Date.parse('2026-11-01T00:00:00+01:00'));
    assert.deepEqual(res.body.items.map((e: { id: string }) => e.id), expected.map((e) => e.id));
    assert.equal(res.body.page.total, expected.length);
    const tai = res.body.items.find((e: { seriesId?: string }) => e.seriesId === 'tai-chi-parco-ruffini');
    assert.deepEqual(tai.recurrence.frequency, 'weekly');
    assert.match(tai.startsAt, /T10:00:00\+0[12]:00$/);
  });
  it('filters by category, district and free seats, in the asked language', async () => {
    const h = harness();
    const res = await h.call('GET', '/v1/events?from=2026-10-01T00:00:00Z&to=2027-01-01T00:00:00Z&category=movement,culture&district=3&freeSeats=true', {
      lang: 'en',
    });
    assert.ok(res.body.items.length > 0);
    for (const e of res.body.items) {
      assert.ok(['movement', 'culture'].includes(e.category));
      assert.equal(e.district, 3);
      assert.ok(e.seatsLeft > 0);
    }
    const tai = res.body.items.find((e: { seriesId?: string }) => e.seriesId === 'tai-chi-parco-ruffini');
    assert.equal(tai.title, 'Tai chi in the park');
    assert.match(tai.venue.accessibility, /Level path/);
  });
  it('refuses a range longer than 100 days or upside down, and missing bounds', async () => {
    const h = harness();
    const long = await h.call('GET', '/v1/events?from=2026-10-01T00:00:00Z&to=2027-02-01T00:00:00Z');
    assert.equal(long.status, 400);
    assert.deepEqual(long.body.errors, [{ pointer: '/query/to', code: 'out-of-range' }]);
    const missing = await h.call('GET', '/v1/events?from=yesterday');
    assert.deepEqual(missing.body.errors, [
      { pointer: '/query/from', code: 'format' },
      { pointer: '/query/to', code: 'required' },
    ]);
  });
});

describe('GET /events/{eventId} and its calendar file', () => {
  it('shows one activity, or event-not-found', async () => {
    const h = harness();
    const res = await h.call('GET', `/v1/events/${roomy.id}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.id, roomy.id);
    assert.equal(res.body.seatsLeft, roomy.seatsLeft);
    const missing = await h.call('GET', '/v1/events/no-such-event', { lang: 'en' });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.type, 'urn:sportello:problem:event-not-found');
    assert.equal(missing.body.title, 'Activity not found');
  });
  it('gives an iCalendar file with the Rome time zone', async () => {
    const h = harness();
    const res = await h.call('GET', `/v1/events/${roomy.id}/calendar.ics`, { lang: 'en' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/calendar/);
    assert.equal(res.headers.get('content-disposition'), `attachment; filename="${roomy.id}.ics"`);
    assert.match(res.text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(res.text, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Rome/);
    const wall = roomy.startsAt.slice(0, 19).replace(/[-:]/g, '');
    assert.match(res.text, new RegExp(`DTSTART;TZID=Europe/Rome:${wall}\\r\\n`));
    assert.match(res.text, new RegExp(`SUMMARY;LANGUAGE=en:${roomy.en.title.replace(/,/g, '\\\\,')}`));
    for (const line of res.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
    const missing = await h.call('GET', '/v1/events/no-such-event/calendar.ics');
    assert.equal(missing.status, 404);
  });
});

describe('POST /events/{eventId}/registrations', () => {
  it('registers a person, with a companion taking a second seat', async () => {
    const h = harness();
    const res = await register(h, roomy.id, { ...person(), companion: { givenName: 'Ugo', familyName: 'Gallo', caregiver: true } });
    assert.equal(res.status, 201);
    assert.equal(res.body.state, 'registered');
    assert.equal(res.body.seats, 2);
    assert.match(res.body.registrationCode, /^RG-/);
    const after = await h.call('GET', `/v1/events/${roomy.id}`);
    assert.equal(after.body.seatsLeft, roomy.seatsLeft - 2);
    const row = h.db.prepare('SELECT email, companion_caregiver FROM registrations WHERE code = ?').get(res.body.registrationCode);
    assert.deepEqual(row, { email: 'pina.gallo@example.org', companion_caregiver: 1 });
  });
  it('answers already-registered for the same contact, however it is written', async () => {
    const h = harness();
    const res = await register(h, giovanna.eventId, person({ email: 'Giovanna.Bianchi@example.org' }));
    assert.equal(res.status, 409);
    assert.equal(res.body.type, 'urn:sportello:problem:already-registered');
    const first = await register(h, roomy.id, person({ phone: '333 765 4321' }));
    assert.equal(first.status, 201);
    const again = await register(h, roomy.id, person({ phone: '+39 3337654321' }));
    assert.equal(again.status, 409);
    assert.equal(again.body.type, 'urn:sportello:problem:already-registered');
  });
  it('answers event-full with the waiting list, then puts the person on it when asked', async () => {
    const h = harness();
    const res = await register(h, full.id, person());
    assert.equal(res.status, 409);
    assert.equal(res.body.type, 'urn:sportello:problem:event-full');
    assert.equal(res.body.waitingListLength, full.waitingListLength);
    const wait = await register(h, full.id, { ...person(), waitingList: true });
    assert.equal(wait.status, 201);
    assert.equal(wait.body.state, 'waitlisted');
    assert.equal(wait.body.waitingListPosition, full.waitingListLength + 1);
    const next = await register(h, full.id, { ...person({ email: 'altro@example.org' }), waitingList: true });
    assert.equal(next.body.waitingListPosition, full.waitingListLength + 2);
    const shown = await h.call('GET', `/v1/events/${full.id}`);
    assert.equal(shown.body.waitingListLength, full.waitingListLength + 2);
    assert.equal(shown.body.seatsLeft, 0);
  });
  it('refuses an activity that has started, or does not exist, or an invalid contact', async () => {
    const h = harness();
    const closed = await register(h, past.id, person());
    assert.equal(closed.status, 409);
    assert.equal(closed.body.type, 'urn:sportello:problem:registration-closed');
    const missing = await register(h, 'no-such-event', person());
    assert.equal(missing.status, 404);
    const bad = await register(h, roomy.id, person({ phone: '12' }));
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors, [{ pointer: '/attendee/contact/phone', code: 'format' }]);
    const none = await register(h, roomy.id, { attendee: { givenName: 'A', familyName: 'B', contact: {} }, privacyConsent: true });
    assert.equal(none.status, 400);
  });
});
