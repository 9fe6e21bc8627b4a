import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { IDEMPOTENCY_KEY_HEADER, newIdempotencyKey, requiresIdempotencyKey } from './idempotency';
import { bookingBody, json, networkError, problem, sequence, testClient } from './mock-fetch';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/; // the contract's IdempotencyKey pattern
const keyOf = (c: { request: Request }) => c.request.headers.get(IDEMPOTENCY_KEY_HEADER);
const registration = { attendee: { givenName: 'Giovanna', familyName: 'Bianchi', contact: { email: 'g@example.org' } }, privacyConsent: true } as const;
const help = {
  topic: 'homework',
  description: 'Aiuto con i compiti di matematica',
  forWhom: 'myself',
  contact: { phone: '+393331234567', preferredChannel: 'phone', preferredTime: 'morning' },
  district: 3,
  privacyConsent: true,
} as const;
// The generated types require the header on creates; these calls leave it to the middleware.
const noKey = { header: {} } as { header: { 'Idempotency-Key': string } };

test('the three creates get an Idempotency-Key when the caller gives none', async () => {
  const { client, calls } = testClient(() => json(201, {}));
  await client.POST('/ppe/bookings', { body: bookingBody, params: noKey });
  await client.POST('/events/{eventId}/registrations', { body: registration, params: { ...noKey, path: { eventId: 'tai-chi-1' } } });
  await client.POST('/help/requests', { body: help, params: noKey });
  const keys = calls.map(keyOf);
  assert.equal(keys.length, 3);
  for (const key of keys) assert.match(key ?? '', KEY_PATTERN);
  assert.equal(new Set(keys).size, 3, 'each logical create has its own key');
});

test('reads, look-ups and cancellations carry no Idempotency-Key', async () => {
  const { client, calls } = testClient(() => json(200, { items: [] }));
  await client.GET('/ppe/rounds');
  await client.GET('/events/{eventId}', { params: { path: { eventId: 'tai-chi-1' } } });
  await client.POST('/ppe/booking-lookups', { body: { bookingCode: 'PR-7K4M-9QX2-5', taxCode: 'RSSMRA85T10L219G' } });
  await client.POST('/vouchers/checks', { body: { voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J' } });
  await client.POST('/ppe/bookings/{bookingCode}/cancellation', {
    body: { taxCode: 'RSSMRA85T10L219G' },
    params: { path: { bookingCode: 'PR-7K4M-9QX2-5' } },
  });
  assert.equal(calls.length, 5);
  assert.deepEqual(calls.map(keyOf), [null, null, null, null, null]);
});

test('every retry of one create resends the same key and the same body', async () => {
  const { client, calls } = testClient(
    sequence(problem(503, 'service-unavailable'), networkError(), () => json(201, { bookingCode: 'PR-7K4M-9QX2-5' })),
  );
  const { data } = await client.POST('/ppe/bookings', { body: bookingBody, params: noKey });
  assert.deepEqual(data, { bookingCode: 'PR-7K4M-9QX2-5' });
  assert.equal(calls.length, 3);
  const keys = calls.map(keyOf);
  assert.match(keys[0] ?? '', KEY_PATTERN);
  assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
  for (const c of calls) assert.deepEqual(JSON.parse(c.body), bookingBody);
});

test("the caller's own key is sent as it is, on every retry", async () => {
  const key = newIdempotencyKey();
  const { client, calls } = testClient(sequence(problem(429, 'rate-limited', {}, { 'Retry-After': '1' }), () => json(201, {})));
  await client.POST('/help/requests', { body: help, params: { header: { 'Idempotency-Key': key } } });
  assert.deepEqual(calls.map(keyOf), [key, key]);
});

test('the same caller key on two calls (a person retrying after going offline) is sent both times', async () => {
  const key = 'form-submission-0001';
  const { client, calls } = testClient(sequence(networkError(), networkError(), networkError(), () => json(201, {})));
  const first = await client.POST('/ppe/bookings', { body: bookingBody, params: { header: { 'Idempotency-Key': key } } }).catch((e: unknown) => e);
  assert.equal((first as { type?: string }).type, 'network');
  await client.POST('/ppe/bookings', { body: bookingBody, params: { header: { 'Idempotency-Key': key } } });
  assert.deepEqual(calls.map(keyOf), [key, key, key, key]);
});

test('requiresIdempotencyKey knows the creates from the contract', () => {
  assert.equal(requiresIdempotencyKey('POST', '/ppe/bookings'), true);
  assert.equal(requiresIdempotencyKey('post', '/events/{eventId}/registrations'), true);
  assert.equal(requiresIdempotencyKey('POST', '/help/requests'), true);
  assert.equal(requiresIdempotencyKey('GET', '/ppe/bookings'), false);
  assert.equal(requiresIdempotencyKey('POST', '/ppe/booking-lookups'), false);
  assert.equal(requiresIdempotencyKey('POST', '/events/tai-chi-1/registrations'), false, 'schema paths, not URLs');
  assert.equal(requiresIdempotencyKey('POST', 'toString'), false);
});

const realCrypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
afterEach(() => Object.defineProperty(globalThis, 'crypto', realCrypto));

test('newIdempotencyKey makes distinct UUIDs the contract accepts', () => {
  const keys = Array.from({ length: 200 }, newIdempotencyKey);
  for (const k of keys) {
    assert.match(k, KEY_PATTERN);
    assert.match(k, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  assert.equal(new Set(keys).size, keys.length);
});

test('newIdempotencyKey works without crypto.randomUUID (pages served over plain http)', () => {
  const real = globalThis.crypto;
  const getRandomValues = real.getRandomValues.bind(real);
  Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues }, configurable: true });
  assert.equal(typeof (globalThis.crypto as { randomUUID?: unknown }).randomUUID, 'undefined');
  const keys = Array.from({ length: 200 }, newIdempotencyKey);
  for (const k of keys) assert.match(k, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(new Set(keys).size, keys.length);
});
