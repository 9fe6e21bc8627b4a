/**
 * The API conformance suite: every outcome and problem of every operation, the check order,
 * idempotency (replay, 422 reuse, concurrent retries), rate limits — run against any
 * implementation of the contract (the msw mocks, the server on SQLite, a PostgreSQL store later),
 * each test on a fresh API seeded with the demo city around a fixed instant. Every answer is also
 * checked against the contract. Behaviour two implementations share is proven once, here.
 *
 * ```ts
 * runApiConformance({ name: 'server on SQLite', start: async (data, now) => ({ fetch: (r) => app.fetch(r), close }) });
 * ```
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findOperation, validateResponse } from '@sportello/contract';
import { createFixtures, DEMO_NOW, demo, operators, type DemoOperator, type Fixtures } from '@sportello/demo-data';
import { ProblemError, type Operator } from '@sportello/domain';
import { operatorConformance } from './operators';
import type { SeedData } from '@sportello/domain';
import { generateCode } from '@sportello/sdk/checks';

/** An API under test. */
export interface RunningApi {
  /** Answers a request to `http://localhost:8080/v1/...`. */
  fetch: (request: Request) => Promise<Response>;
  close: () => Promise<void>;
}

export interface ConformanceTarget {
  name: string;
  /**
   * Starts a fresh API serving `data`, its clock frozen at `now`, the default rate limits on,
   * accepting the partner key {@link PARTNER_KEY}.
   */
  start: (data: SeedData, now: Date) => Promise<RunningApi>;
  /** A bearer token (without `Bearer `) the target accepts for a demo operator. */
  token: (operator: DemoOperator) => Promise<string>;
}

/** The partner key every target accepts. */
export const PARTNER_KEY = 'pk_demo_torino';
const BASE = 'http://localhost:8080/v1';

interface Answer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

let keys = 0;
const newKey = () => `conformance-${Date.now().toString(36)}-${(keys++).toString(36)}`;

const seedOf = (f: Fixtures): SeedData => {
  const { now: _now, smallStockRound, ...data } = f;
  return { ...data, rounds: [...data.rounds, smallStockRound] };
};

/** Runs the suite against one target. */
export function runApiConformance(target: ConformanceTarget): void {
  /** A fresh API on (a changed copy of) the demo data; `call` checks each answer against the contract. */
  async function api(change: (f: Fixtures) => void = () => {}) {
    const f = createFixtures(DEMO_NOW);
    change(f);
    const running = await target.start(seedOf(f), DEMO_NOW);
    const call = async (method: string, path: string, o: { body?: unknown; key?: string; lang?: string; as?: DemoOperator; authorization?: string } = {}): Promise<Answer> => {
      const headers = new Headers({ 'Sportello-Partner-Key': PARTNER_KEY, 'Accept-Language': o.lang ?? 'it' });
      if (o.as) headers.set('Authorization', `Bearer ${await target.token(o.as)}`);
      if (o.authorization) headers.set('Authorization', o.authorization);
      if (o.body !== undefined) headers.set('Content-Type', 'application/json');
      if (o.key) headers.set('Idempotency-Key', o.key);
      const res = await running.fetch(new Request(BASE + path, { method, headers, ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}) }));
      const text = await res.text();
      const contentType = res.headers.get('content-type') ?? '';
      const body = contentType.includes('json') && text ? JSON.parse(text) : text;
      const url = new URL(BASE + path);
      const found = findOperation(method, url.pathname.replace(/^\/v1/, ''));
      if (found) assert.deepEqual(validateResponse(found.operation, { status: res.status, headers: res.headers, body, contentType }), [], `${method} ${path} → ${res.status} conforms: ${text.slice(0, 200)}`);
      return { status: res.status, headers: res.headers, body, text };
    };
    return { f, call, close: running.close };
  }
  /** Runs `fn` on a fresh API and closes it. */
  const withApi = (change: ((f: Fixtures) => void) | undefined, fn: (a: Awaited<ReturnType<typeof api>>) => Promise<void>) => async () => {
    const a = await api(change);
    try {
      await fn(a);
    } finally {
      await a.close();
    }
  };
  const slug = (a: Answer) => String(a.body?.type ?? '').replace('urn:sportello:problem:', '');
  const booking = (f: Fixtures, over: Record<string, unknown> = {}) => ({
    roundId: f.rounds[0]!.id,
    applicant: { taxCode: demo.taxCodes.free, givenName: 'Luigi', familyName: 'Verdi' },
    householdSize: 2,
    building: { buildingCode: demo.buildingCode },
    contact: { phone: '333 123 4567' },
    privacyConsent: true,
    ...over,
  });
  const future = (f: Fixtures, full: boolean) =>
    f.events.find((e) => Date.parse(e.startsAt) > DEMO_NOW.getTime() + 86_400_000 && (full ? e.seatsLeft === 0 : e.seatsLeft >= 2))!;
  const registration = (email: string, over: Record<string, unknown> = {}) => ({
    attendee: { givenName: 'Teresa', familyName: 'Bongiovanni', contact: { email } },
    privacyConsent: true,
    ...over,
  });
  const help = (over: Record<string, unknown> = {}) => ({
    topic: 'homework',
    description: 'Mio figlio ha bisogno di aiuto con la matematica.',
    forWhom: 'someone-i-care-for',
    contact: { email: 'genitore@example.org', preferredChannel: 'email', preferredTime: 'afternoon' },
    district: 3,
    privacyConsent: true,
    ...over,
  });

  describe(`API conformance: ${target.name}`, () => {
    it('status answers 200 with the contract version', withApi(undefined, async ({ call }) => {
      const s = await call('GET', '/status');
      assert.equal(s.status, 200);
      assert.match(s.body.version, /^\d+\.\d+\.\d+$/);
    }));

    it('rounds: open and upcoming by default, newest first; closed on request; in the asked language', withApi(undefined, async ({ f, call }) => {
      const list = await call('GET', '/ppe/rounds');
      assert.deepEqual(list.body.items.map((r: { state: string }) => r.state).sort(), ['open', 'open', 'upcoming']);
      const opens = list.body.items.map((r: { opensAt: string }) => Date.parse(r.opensAt));
      assert.deepEqual(opens, [...opens].sort((a, b) => b - a));
      const closed = await call('GET', '/ppe/rounds?state=closed');
      assert.deepEqual(closed.body.items.map((r: { id: string }) => r.id), [f.rounds[2]!.id]);
      const en = await call('GET', '/ppe/rounds', { lang: 'en' });
      assert.equal(en.body.items.find((r: { id: string }) => r.id === f.rounds[0]!.id).title, f.rounds[0]!.en.title);
    }));

    it('buildings: by code (as typed) or address; one outside the network is 404', withApi(undefined, async ({ call }) => {
      assert.equal((await call('POST', '/ppe/building-lookups', { body: { buildingCode: 'to0412' } })).body.buildingCode, 'TO-0412');
      assert.equal((await call('POST', '/ppe/building-lookups', { body: { street: 'via nizza', civicNumber: '150', cap: '10126' } })).body.buildingCode, 'TO-0412');
      const out = await call('POST', '/ppe/building-lookups', { body: demo.addresses.notInNetwork });
      assert.deepEqual([out.status, slug(out)], [404, 'building-not-in-network']);
    }));

    it('a booking: confirmed with its quantity and code, found with the codice fiscale, cancelled (stock returned), booked again', withApi(undefined, async ({ f, call }) => {
      const before = (await call('GET', '/ppe/rounds')).body.items.find((r: { id: string }) => r.id === f.rounds[0]!.id).unitsLeft;
      const made = await call('POST', '/ppe/bookings', { body: booking(f), key: newKey() });
      assert.equal(made.status, 201);
      assert.deepEqual([made.body.state, made.body.quantity, made.body.householdSize, made.body.cancellable, made.body.applicantInitials], ['confirmed', 10, 2, true, 'L.V.']);
      assert.match(made.body.bookingCode, /^PR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
      const after = (await call('GET', '/ppe/rounds')).body.items.find((r: { id: string }) => r.id === f.rounds[0]!.id).unitsLeft;
      assert.equal(after, before - 10);
      const found = await call('POST', '/ppe/booking-lookups', { body: { bookingCode: made.body.bookingCode, taxCode: demo.taxCodes.free.toLowerCase() } });
      assert.equal(found.body.bookingCode, made.body.bookingCode);
      const wrong = await call('POST', '/ppe/booking-lookups', { body: { bookingCode: made.body.bookingCode, taxCode: demo.taxCodes.freeOmocode } });
      assert.deepEqual([wrong.status, slug(wrong)], [404, 'booking-not-found']);
      const again = await call('POST', '/ppe/bookings', { body: booking(f), key: newKey() });
      assert.deepEqual([again.status, slug(again)], [409, 'already-booked']);
      assert.equal(again.text.includes(made.body.bookingCode), false, 'a codice fiscale alone reveals no booking code');
      assert.deepEqual(Object.keys(again.body).sort(), ['detail', 'instance', 'status', 'title', 'type'], 'nor anything else of that booking');
      const cancelled = await call('POST', `/ppe/bookings/${made.body.bookingCode}/cancellation`, { body: { taxCode: demo.taxCodes.free } });
      assert.deepEqual([cancelled.status, cancelled.body.state, cancelled.body.cancellable], [200, 'cancelled', false]);
      const twice = await call('POST', `/ppe/bookings/${made.body.bookingCode}/cancellation`, { body: { taxCode: demo.taxCodes.free } });
      assert.deepEqual([twice.status, twice.body.state], [200, 'cancelled']);
      assert.equal((await call('GET', '/ppe/rounds')).body.items.find((r: { id: string }) => r.id === f.rounds[0]!.id).unitsLeft, before);
      assert.equal((await call('POST', '/ppe/bookings', { body: booking(f), key: newKey() })).status, 201);
    }));

    it('a booking taken for delivery cannot be cancelled; an unknown one is not found', withApi(undefined, async ({ call }) => {
      const assigned = await call('POST', `/ppe/bookings/${demo.bookingCodes.assigned}/cancellation`, { body: { taxCode: demo.taxCodes.assigned } });
      assert.deepEqual([assigned.status, slug(assigned)], [409, 'not-cancellable']);
      const unknown = await call('POST', `/ppe/bookings/${demo.bookingCodes.confirmed}/cancellation`, { body: { taxCode: demo.taxCodes.free } });
      assert.deepEqual([unknown.status, slug(unknown)], [404, 'booking-not-found']);
    }));

    it('check order: a closed round is answered window-closed before a household too large for it', withApi(
      (f) => {
        f.rounds[2]!.maxHouseholdSize = 4;
        f.rounds[0]!.maxHouseholdSize = 4;
      },
      async ({ f, call }) => {
        const closed = await call('POST', '/ppe/bookings', { body: booking(f, { roundId: f.rounds[2]!.id, householdSize: 6 }), key: newKey() });
        assert.deepEqual([closed.status, slug(closed)], [409, 'window-closed']);
        assert.equal(Date.parse(closed.body.nextRoundOpensAt), Date.parse(f.rounds[1]!.opensAt), 'names the next round');
        const large = await call('POST', '/ppe/bookings', { body: booking(f, { householdSize: 6 }), key: newKey() });
        assert.deepEqual([large.status, large.body.errors], [400, [{ pointer: '/householdSize', code: 'out-of-range' }]]);
        const upcoming = await call('POST', '/ppe/bookings', { body: booking(f, { roundId: f.rounds[1]!.id }), key: newKey() });
        assert.deepEqual([upcoming.status, slug(upcoming)], [409, 'window-closed']);
        const none = await call('POST', '/ppe/bookings', { body: booking(f, { roundId: 'no-such-round' }), key: newKey() });
        assert.deepEqual([none.status, slug(none)], [404, 'round-not-found']);
        const outside = await call('POST', '/ppe/bookings', { body: booking(f, { building: demo.addresses.notInNetwork }), key: newKey() });
        assert.deepEqual([outside.status, slug(outside)], [404, 'building-not-in-network']);
      },
    ));

    it('stock: a household that does not fit the units left is round-full, one that fits is booked', withApi(undefined, async ({ f, call }) => {
      const small = f.smallStockRound.id;
      const big = await call('POST', '/ppe/bookings', { body: booking(f, { roundId: small, householdSize: 3 }), key: newKey() });
      assert.deepEqual([big.status, slug(big)], [409, 'round-full']);
      const fits = await call('POST', '/ppe/bookings', { body: booking(f, { roundId: small, householdSize: 2 }), key: newKey() });
      assert.equal(fits.status, 201);
      const rest = await call('POST', '/ppe/bookings', { body: booking(f, { roundId: small, householdSize: 1, applicant: { taxCode: 'RSSMRA85T10A562S', givenName: 'Mario', familyName: 'Rossi' } }), key: newKey() });
      assert.deepEqual([rest.status, slug(rest)], [409, 'round-full']);
    }));

    it('vouchers: state derived from the facts (revoked, exhausted, expired, active); an unknown code and someone else’s look alike', withApi(undefined, async ({ call }) => {
      const state = async (v: { voucherCode: string; taxCode: string }) => (await call('POST', '/vouchers/checks', { body: v })).body.state;
      assert.equal(await state(demo.vouchers.active), 'active');
      assert.equal(await state(demo.vouchers.exhausted), 'exhausted');
      assert.equal(await state(demo.vouchers.expired), 'expired');
      assert.equal(await state(demo.vouchers.revoked), 'revoked');
      const active = await call('POST', '/vouchers/checks', { body: demo.vouchers.active });
      const times = active.body.redemptions.map((r: { redeemedAt: string }) => Date.parse(r.redeemedAt));
      assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest redemption first');
      const other = await call('POST', '/vouchers/checks', { body: { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.taxCodes.free } });
      const unknown = await call('POST', '/vouchers/checks', { body: { voucherCode: generateCode('BS'), taxCode: demo.vouchers.active.taxCode } });
      assert.deepEqual([other.status, slug(other)], [404, 'voucher-not-found']);
      assert.deepEqual([unknown.status, unknown.body.title, unknown.body.detail], [other.status, other.body.title, other.body.detail]);
    }));

    it('shops: by district or CAP, paged, ordered by name', withApi(undefined, async ({ f, call }) => {
      const d3 = await call('GET', '/vouchers/shops?district=3');
      const names = d3.body.items.map((s: { name: string }) => s.name);
      assert.deepEqual(names, f.shops.filter((s) => s.district === 3).map((s) => s.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      assert.equal(d3.body.page.total, names.length);
      const one = await call('GET', '/vouchers/shops?pageSize=1&page=2');
      assert.equal(one.body.items.length, 1);
      assert.equal(one.body.page.total, f.shops.length);
    }));

    it('events: a month in order, filters, one activity, its iCalendar file; not found; a range over 100 days is refused', withApi(undefined, async ({ f, call }) => {
      const from = '2026-10-01T00:00:00+02:00';
      const to = '2026-11-01T00:00:00+01:00';
      const month = await call('GET', `/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&pageSize=1000`);
      const expected = f.events.filter((e) => Date.parse(e.startsAt) >= Date.parse(from) && Date.parse(e.startsAt) < Date.parse(to));
      assert.equal(month.body.page.total, expected.length);
      assert.deepEqual(month.body.items.map((e: { id: string }) => e.id), [...expected].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || (a.id < b.id ? -1 : 1)).map((e) => e.id));
      const culture = await call('GET', `/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&category=culture&freeSeats=true&pageSize=1000`);
      assert.ok(culture.body.items.every((e: { category: string; seatsLeft: number }) => e.category === 'culture' && e.seatsLeft > 0));
      const event = expected[0]!;
      const shown = await call('GET', `/events/${event.id}`, { lang: 'en' });
      assert.equal(shown.body.title, event.en.title);
      const ics = await call('GET', `/events/${event.id}/calendar.ics`);
      assert.equal(ics.status, 200);
      assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
      assert.match(ics.text, /BEGIN:VEVENT[\s\S]*TZID=Europe\/Rome/);
      const missing = await call('GET', '/events/no-such-activity');
      assert.deepEqual([missing.status, slug(missing)], [404, 'event-not-found']);
      const long = await call('GET', `/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent('2027-03-01T00:00:00+01:00')}`);
      assert.deepEqual([long.status, long.body.errors], [400, [{ pointer: '/query/to', code: 'out-of-range' }]]);
    }));

    it('registrations: a seat (two with a companion), once per contact; a full activity offers the waiting list, then a position', withApi(undefined, async ({ f, call }) => {
      const open = future(f, false);
      const one = await call('POST', `/events/${open.id}/registrations`, { body: registration('teresa@example.org'), key: newKey() });
      assert.deepEqual([one.status, one.body.state, one.body.seats], [201, 'registered', 1]);
      const two = await call('POST', `/events/${open.id}/registrations`, { body: registration('aldo@example.org', { companion: { givenName: 'Rita', familyName: 'Ferraris', caregiver: true } }), key: newKey() });
      assert.deepEqual([two.status, two.body.seats], [201, 2]);
      assert.equal((await call('GET', `/events/${open.id}`)).body.seatsLeft, open.seatsLeft - 3);
      const same = await call('POST', `/events/${open.id}/registrations`, { body: registration('TERESA@example.org'), key: newKey() });
      assert.deepEqual([same.status, slug(same)], [409, 'already-registered']);

      const full = future(f, true);
      const refused = await call('POST', `/events/${full.id}/registrations`, { body: registration('bruno@example.org'), key: newKey() });
      assert.deepEqual([refused.status, slug(refused), refused.body.waitingListLength], [409, 'event-full', full.waitingListLength]);
      const waiting = await call('POST', `/events/${full.id}/registrations`, { body: registration('bruno@example.org', { waitingList: true }), key: newKey() });
      assert.deepEqual([waiting.status, waiting.body.state, waiting.body.waitingListPosition], [201, 'waitlisted', full.waitingListLength + 1]);
      assert.equal((await call('GET', `/events/${full.id}`)).body.waitingListLength, full.waitingListLength + 1);
    }));

    it('an activity that has started takes no registration', withApi(undefined, async ({ f, call }) => {
      const started = f.events.find((e) => Date.parse(e.startsAt) <= DEMO_NOW.getTime())!;
      const late = await call('POST', `/events/${started.id}/registrations`, { body: registration('late@example.org'), key: newKey() });
      assert.deepEqual([late.status, slug(late)], [409, 'registration-closed']);
    }));

    it('help: topics in the asked language; a request received; found with its contact only; health data needs its own consent', withApi(undefined, async ({ f, call }) => {
      const topics = await call('GET', '/help/topics', { lang: 'en' });
      assert.deepEqual(topics.body.items.map((t: { title: string }) => t.title), f.helpTopics.map((t) => t.en.title));
      const made = await call('POST', '/help/requests', { body: help(), key: newKey() });
      assert.deepEqual([made.status, made.body.state, made.body.topic], [201, 'received', 'homework']);
      assert.equal(made.text.includes('matematica'), false, 'the description is never echoed');
      const found = await call('POST', '/help/request-lookups', { body: { ticketCode: made.body.ticketCode, email: 'GENITORE@example.org' } });
      assert.equal(found.body.ticketCode, made.body.ticketCode);
      const wrong = await call('POST', '/help/request-lookups', { body: { ticketCode: made.body.ticketCode, email: 'altro@example.org' } });
      assert.deepEqual([wrong.status, slug(wrong)], [404, 'ticket-not-found']);
      const health = await call('POST', '/help/requests', { body: help({ topic: 'psychological-support' }), key: newKey() });
      assert.deepEqual([health.status, health.body.errors], [400, [{ pointer: '/healthDataConsent', code: 'consent-required' }]]);
      const consented = await call('POST', '/help/requests', { body: help({ topic: 'psychological-support', healthDataConsent: true }), key: newKey() });
      assert.equal(consented.status, 201);
    }));

    it('idempotency: a retry replays status and body; another body under the key is 422; concurrent retries make one record', withApi(undefined, async ({ f, call }) => {
      const key = newKey();
      const first = await call('POST', '/ppe/bookings', { body: booking(f), key });
      const retry = await call('POST', '/ppe/bookings', { body: booking(f), key });
      assert.deepEqual([retry.status, retry.text, retry.headers.get('idempotent-replayed')], [201, first.text, 'true']);
      const other = await call('POST', '/ppe/bookings', { body: booking(f, { householdSize: 3 }), key });
      assert.deepEqual([other.status, slug(other)], [422, 'idempotency-key-reused']);
      // A conflict is an answer too: replayed as it was.
      const conflictKey = newKey();
      const conflict = await call('POST', '/ppe/bookings', { body: booking(f), key: conflictKey });
      assert.equal(conflict.status, 409);
      assert.equal((await call('POST', '/ppe/bookings', { body: booking(f), key: conflictKey })).text, conflict.text);

      const together = newKey();
      const body = registration('insieme@example.org');
      const event = future(f, false);
      const answers = await Promise.all(Array.from({ length: 5 }, () => call('POST', `/events/${event.id}/registrations`, { body, key: together })));
      const created = answers.filter((a) => a.status === 201);
      assert.ok(created.length >= 1);
      assert.ok(answers.every((a) => a.status === 201 || slug(a) === 'idempotency-in-flight'), 'each answer is the first one, or “still running”');
      assert.equal(new Set(created.map((a) => a.body.registrationCode)).size, 1);
      assert.equal((await call('GET', `/events/${event.id}`)).body.seatsLeft, event.seatsLeft - 1, 'one seat taken');
    }));

    it('idempotency: a request refused by validation keeps no key: corrected, it goes through with the same key', withApi(undefined, async ({ f, call }) => {
      const key = newKey();
      const bad = await call('POST', '/ppe/bookings', { body: booking(f, { applicant: { taxCode: 'RSSMRA85T10L219X', givenName: 'Luigi', familyName: 'Verdi' } }), key });
      assert.deepEqual([bad.status, bad.body.errors], [400, [{ pointer: '/applicant/taxCode', code: 'check-character' }]]);
      assert.equal((await call('POST', '/ppe/bookings', { body: booking(f), key })).status, 201);
    }));

    operatorConformance(withApi);

    it('rate limits: look-ups (cancellations included) are limited to 10 a minute, then 429 with Retry-After', withApi(undefined, async ({ call }) => {
      const lookup = () => call('POST', '/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.free } });
      for (let i = 0; i < 9; i++) assert.equal((await lookup()).status, 404);
      assert.equal((await call('POST', `/ppe/bookings/${demo.bookingCodes.confirmed}/cancellation`, { body: { taxCode: demo.taxCodes.free } })).status, 404);
      const limited = await lookup();
      assert.deepEqual([limited.status, slug(limited)], [429, 'rate-limited']);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal(limited.headers.get('ratelimit-remaining'), '0');
      assert.equal((await call('GET', '/ppe/rounds')).status, 200, 'other operations still answer');
    }));
  });
}

/**
 * A token verifier for a server under test that runs no identity provider: the token `demo.<name>`
 * names a demo operator (real tokens are verified by the server's auth tests, not here).
 */
export const demoTokens = {
  async verify(token: string): Promise<Operator> {
    const name = token.startsWith('demo.') ? token.slice(5) : '';
    if (!Object.hasOwn(operators, name)) throw new ProblemError('unauthorized', 401, {}, { 'WWW-Authenticate': 'Bearer realm="sportello", error="invalid_token"' });
    return structuredClone(operators[name as DemoOperator]) as Operator;
  },
};
