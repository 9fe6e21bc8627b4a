/**
 * Test helpers: real `fetch` through msw's `setupServer`, every answer checked against the
 * contract (status declared, headers, content type, body) with `@sportello/contract`.
 */
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { findOperation, validateRequest, validateResponse } from '@sportello/contract';
import { createFixtures, DEMO_NOW, demo, type Fixtures } from '@sportello/demo-data';
import { bookingBody, registrationBody } from './test-helpers';

export const BASE = 'http://localhost:8080/v1';

/** One msw server for a test file; each test installs its own handlers. */
export const server = setupServer();

export interface Sent {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Received {
  status: number;
  headers: Headers;
  body: any;
  contentType: string;
  operationId: string;
}

let keys = 0;
/** A fresh idempotency key. */
export const newKey = () => `test-${Date.now().toString(36)}-${(++keys).toString(36)}`;

/**
 * Sends a request and checks the answer against the contract; also checks the request itself when
 * `validRequest` is set, so that a test cannot pass by sending what the contract forbids.
 */
export async function send(req: Sent, opts: { validRequest?: boolean } = {}): Promise<Received> {
  const url = new URL(BASE + req.path);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const headers = new Headers(req.headers);
  if (req.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const found = findOperation(req.method, url.pathname.replace(/^\/v1/, ''));
  assert.ok(found, `${req.method} ${url.pathname} is in the contract`);
  if (opts.validRequest) {
    const errors = validateRequest(found.operation, { params: found.params, query: url.searchParams, headers, body: req.body });
    assert.deepEqual(errors, [], `the test's own request to ${found.operation.operationId} is valid`);
  }
  const res = await fetch(url, { method: req.method, headers, ...(req.body !== undefined ? { body: typeof req.body === 'string' ? req.body : JSON.stringify(req.body) } : {}) });
  const contentType = res.headers.get('Content-Type') ?? '';
  const text = await res.text();
  const body = /json/.test(contentType) ? JSON.parse(text) : text;
  const problems = validateResponse(found.operation, { status: res.status, headers: res.headers, body, contentType });
  assert.deepEqual(problems, [], `${found.operation.operationId} ${res.status} conforms to the contract`);
  for (const h of ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']) assert.ok(res.headers.has(h), `${h} on ${found.operation.operationId} ${res.status}`);
  if (res.status >= 400) {
    assert.match(contentType, /^application\/problem\+json/);
    assert.equal(body.status, res.status);
  }
  if (res.status === 429 || res.status === 503) {
    assert.ok(res.headers.has('Retry-After'));
    assert.equal(String(body.retryAfterSeconds), res.headers.get('Retry-After'));
  }
  return { status: res.status, headers: res.headers, body, contentType, operationId: found.operation.operationId };
}

/** Field errors the mock gave must include every one the contract's own validator finds. */
export function assertCoversContract(req: Sent, got: Received): void {
  const url = new URL(BASE + req.path);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const found = findOperation(req.method, url.pathname.replace(/^\/v1/, ''))!;
  const expected = validateRequest(found.operation, { params: found.params, query: url.searchParams, headers: new Headers(req.headers), body: req.body });
  const pointers = new Set((got.body.errors ?? []).map((e: { pointer: string }) => e.pointer));
  for (const e of expected) assert.ok(pointers.has(e.pointer), `mock flags ${e.pointer} (${e.code}) like the contract; got ${[...pointers].join(', ')}`);
}

/** The fixtures every test starts from. */
export const fixtures: Fixtures = createFixtures(DEMO_NOW);

/** A valid request for every operation of the contract, against the demo data. */
export function everyOperation(f: Fixtures = fixtures): Sent[] {
  const open = f.rounds.find((r) => r.state === 'open') ?? f.rounds[0]!;
  const event = f.events.find((e) => Date.parse(e.startsAt) > DEMO_NOW.getTime() && e.seatsLeft > 1) ?? f.events[0];
  const eventId = event?.id ?? 'tai-chi-parco-ruffini-2026-10-13';
  return [
    { method: 'GET', path: '/status' },
    { method: 'GET', path: '/ppe/rounds' },
    { method: 'POST', path: '/ppe/building-lookups', body: { buildingCode: demo.buildingCode } },
    { method: 'POST', path: '/ppe/bookings', body: bookingBody(open.id), headers: { 'Idempotency-Key': newKey() } },
    { method: 'POST', path: '/ppe/booking-lookups', body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.alreadyBooked } },
    { method: 'POST', path: `/ppe/bookings/${demo.bookingCodes.confirmed}/cancellation`, body: { taxCode: demo.taxCodes.alreadyBooked } },
    { method: 'POST', path: '/vouchers/checks', body: demo.vouchers.active },
    { method: 'GET', path: '/vouchers/shops', query: { district: '3' } },
    { method: 'GET', path: '/events', query: { from: '2026-10-01T00:00:00+02:00', to: '2026-11-01T00:00:00+01:00' } },
    { method: 'GET', path: `/events/${eventId}` },
    { method: 'GET', path: `/events/${eventId}/calendar.ics` },
    { method: 'POST', path: `/events/${eventId}/registrations`, body: registrationBody(), headers: { 'Idempotency-Key': newKey() } },
    { method: 'GET', path: '/help/topics' },
    {
      method: 'POST',
      path: '/help/requests',
      body: { topic: 'homework', description: 'Mio figlio ha bisogno di aiuto con matematica.', forWhom: 'someone-i-care-for', contact: { email: 'genitore@example.org', preferredChannel: 'email', preferredTime: 'afternoon' }, district: 3, privacyConsent: true },
      headers: { 'Idempotency-Key': newKey() },
    },
    { method: 'POST', path: '/help/request-lookups', body: demo.tickets.received },
  ];
}
