import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SportelloApiError, isAbortError, isSportelloApiError, toSportelloError, unwrap } from './errors';
import { bookingBody, json, networkError, problem, testClient } from './middleware/mock-fetch';
import { problemSlug, problemTypeForStatus } from './problem';
import { parseRetryAfter } from './retry-after';

const key = { header: { 'Idempotency-Key': 'submission-0001' } };

test('a validation problem becomes a SportelloApiError with its field errors', async () => {
  const { client } = testClient(() =>
    problem(400, 'validation-error', {
      title: 'Alcuni dati non sono validi',
      detail: 'Controlla i campi evidenziati.',
      errors: [
        { pointer: '/applicant/taxCode', code: 'check-character' },
        { pointer: '/privacyConsent', code: 'consent-required' },
      ],
    }),
  );
  const error = await unwrap(client.POST('/ppe/bookings', { body: bookingBody, params: key })).then(
    () => assert.fail('should throw'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof SportelloApiError);
  assert.equal(error.status, 400);
  assert.equal(error.type, 'urn:sportello:problem:validation-error');
  assert.equal(error.slug, 'validation-error');
  assert.equal(error.title, 'Alcuni dati non sono validi');
  assert.equal(error.detail, 'Controlla i campi evidenziati.');
  assert.deepEqual(error.fieldErrors, [
    { pointer: '/applicant/taxCode', code: 'check-character' },
    { pointer: '/privacyConsent', code: 'consent-required' },
  ]);
  assert.equal(error.isTransport, false);
  assert.doesNotMatch(error.message, /Alcuni dati|Controlla/, 'no server text in the message');
});

test('a conflict keeps the whole problem, extensions included', async () => {
  const { client } = testClient(() => problem(409, 'already-booked', { nextRoundOpensAt: '2026-12-01T09:00:00+01:00' }));
  await assert.rejects(unwrap(client.POST('/ppe/bookings', { body: bookingBody, params: key })), (e: unknown) => {
    assert.ok(isSportelloApiError(e, 'already-booked'));
    assert.equal(e.problem?.nextRoundOpensAt, '2026-12-01T09:00:00+01:00');
    assert.deepEqual(e.fieldErrors, []);
    return true;
  });
});

test('a 429 carries the wait from Retry-After', async () => {
  const { client } = testClient(() => problem(429, 'rate-limited', { retryAfterSeconds: 90 }, { 'Retry-After': '90' }));
  await assert.rejects(unwrap(client.GET('/ppe/rounds')), { type: 'urn:sportello:problem:rate-limited', status: 429, retryAfterSeconds: 90 });
});

test('an error page that is not problem details gets a type from its status', async () => {
  const { client } = testClient(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }), {
    retry: false,
  });
  await assert.rejects(unwrap(client.GET('/ppe/rounds')), (e: unknown) => {
    assert.ok(e instanceof SportelloApiError);
    assert.equal(e.type, 'urn:sportello:problem:service-unavailable');
    assert.equal(e.problem, undefined);
    assert.equal(e.title, undefined);
    return true;
  });
});

test('unwrap returns the data of a success', async () => {
  const { client } = testClient(() => json(200, { items: [], page: { page: 1, pageSize: 100, total: 0 } }));
  const shops = await unwrap(client.GET('/vouchers/shops', { params: { query: { district: 3 } } }));
  assert.deepEqual(shops.items, []);
  assert.equal(shops.page.total, 0);
  // @ts-expect-error the data is typed by the contract (a ShopList has no `booking`), not `any`
  assert.equal(shops.booking, undefined);
});

test('unwrap reports a network failure as type network, status 0', async () => {
  const { client } = testClient(() => networkError(), { retry: false });
  await assert.rejects(unwrap(client.GET('/ppe/rounds')), { name: 'SportelloApiError', type: 'network', status: 0 });
});

test('unwrap passes a caller abort through as an AbortError', async () => {
  const { client } = testClient(() => json(200, { items: [] }));
  await assert.rejects(unwrap(client.GET('/ppe/rounds', { signal: AbortSignal.abort() })), (e: unknown) => {
    assert.equal(isAbortError(e), true);
    assert.equal(e instanceof SportelloApiError, false);
    return true;
  });
});

test('toSportelloError maps a raw TypeError and leaves other errors alone', () => {
  const fromType = toSportelloError(new TypeError('Failed to fetch'));
  assert.ok(isSportelloApiError(fromType, 'network'));
  const abort = new DOMException('aborted', 'AbortError');
  assert.equal(toSportelloError(abort), abort);
  const other = new RangeError('x');
  assert.equal(toSportelloError(other), other);
});

test('problemSlug shortens problem URNs and leaves the SDK types alone', () => {
  assert.equal(problemSlug('urn:sportello:problem:round-full'), 'round-full');
  assert.equal(problemSlug('urn:sportello:problem:idempotency-key-reused'), 'idempotency-key-reused');
  assert.equal(problemSlug('network'), 'network');
  assert.equal(SportelloApiError.timeout().slug, 'timeout');
});

test('problemTypeForStatus picks a type for bodies without problem details', () => {
  assert.equal(problemTypeForStatus(401), 'urn:sportello:problem:unauthorized');
  assert.equal(problemTypeForStatus(404), 'urn:sportello:problem:not-found');
  assert.equal(problemTypeForStatus(429), 'urn:sportello:problem:rate-limited');
  assert.equal(problemTypeForStatus(504), 'urn:sportello:problem:service-unavailable');
  assert.equal(problemTypeForStatus(500), 'urn:sportello:problem:internal-error');
  assert.equal(problemTypeForStatus(418), 'urn:sportello:problem:malformed-request');
});

test('parseRetryAfter reads seconds and HTTP dates', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  assert.equal(parseRetryAfter('30', now), 30_000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Thu, 26 Nov 2026 10:00:45 GMT', now), 45_000);
  assert.equal(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now), 0, 'a past date means now');
  assert.equal(parseRetryAfter(null, now), undefined);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter('-5', now), undefined);
});
