import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SportelloApiError } from '../errors';
import { json, mockFetch, networkError, problem, sequence, testClient } from './mock-fetch';
import { backoffDelay, withRetry } from './retry';

const rounds = () => json(200, { items: [] });

for (const [status, slug] of [
  [400, 'validation-error'],
  [401, 'unauthorized'],
  [404, 'round-not-found'],
  [409, 'round-full'],
  [422, 'idempotency-key-reused'],
  [500, 'internal-error'],
] as const) {
  test(`a ${status} is not retried`, async () => {
    const { client, calls, delays } = testClient(() => problem(status, slug));
    const { error, response } = await client.GET('/ppe/rounds');
    assert.equal(calls.length, 1);
    assert.equal(response.status, status);
    assert.equal(error?.type, `urn:sportello:problem:${slug}`);
    assert.deepEqual(delays, []);
  });
}

for (const status of [429, 502, 503, 504]) {
  test(`a ${status} is retried and the later success is answered`, async () => {
    const { client, calls } = testClient(sequence(new Response('busy', { status }), rounds));
    const { data, response } = await client.GET('/ppe/rounds');
    assert.equal(calls.length, 2);
    assert.equal(response.status, 200);
    assert.deepEqual(data, { items: [] });
  });
}

test('a network failure (TypeError from fetch) is retried', async () => {
  const { client, calls } = testClient(sequence(networkError(), networkError(), rounds));
  const { data } = await client.GET('/ppe/rounds');
  assert.equal(calls.length, 3);
  assert.deepEqual(data, { items: [] });
});

test('retries stop after `retries` (default 2): the last answer is returned', async () => {
  const { client, calls, delays } = testClient(() => problem(503, 'service-unavailable'));
  const { error, response } = await client.GET('/ppe/rounds');
  assert.equal(calls.length, 3);
  assert.equal(delays.length, 2);
  assert.equal(response.status, 503);
  assert.equal(error?.type, 'urn:sportello:problem:service-unavailable');
});

test('a network failure on every attempt ends as a SportelloApiError of type network', async () => {
  const { client, calls } = testClient(() => networkError(), { retry: { retries: 4, sleep: async () => {} } });
  const error = await client.GET('/ppe/rounds').then(
    () => assert.fail('should throw'),
    (e: unknown) => e,
  );
  assert.equal(calls.length, 5);
  assert.ok(error instanceof SportelloApiError);
  assert.equal(error.type, 'network');
  assert.equal(error.status, 0);
  assert.ok(error.cause instanceof TypeError);
});

test('retry: false makes a single attempt', async () => {
  const { client, calls } = testClient(() => problem(503, 'service-unavailable'), { retry: false });
  const { response } = await client.GET('/ppe/rounds');
  assert.equal(calls.length, 1);
  assert.equal(response.status, 503);
});

test('other errors thrown by fetch are not retried', async () => {
  const { client, calls } = testClient(() => new RangeError('bug'));
  await assert.rejects(client.GET('/ppe/rounds'), RangeError);
  assert.equal(calls.length, 1);
});

test('Retry-After in seconds sets the wait', async () => {
  const { client, delays } = testClient(sequence(problem(429, 'rate-limited', { retryAfterSeconds: 3 }, { 'Retry-After': '3' }), rounds));
  await client.GET('/ppe/rounds');
  assert.deepEqual(delays, [3000]);
});

test('Retry-After as an HTTP date sets the wait', async () => {
  const at = new Date(Date.now() + 5000).toUTCString();
  const { client, delays } = testClient(sequence(new Response(null, { status: 503, headers: { 'Retry-After': at } }), rounds));
  await client.GET('/ppe/rounds');
  assert.equal(delays.length, 1);
  assert.ok(delays[0]! > 3000 && delays[0]! <= 5000, `waited ${delays[0]} ms`);
});

test('a Retry-After beyond maxRetryAfterMs is not waited for: the 429 is answered at once', async () => {
  const delays: number[] = [];
  const { client, calls } = testClient(() => problem(429, 'rate-limited', { retryAfterSeconds: 60 }, { 'Retry-After': '60' }), {
    retry: { maxRetryAfterMs: 30_000, sleep: async (ms) => void delays.push(ms) },
  });
  const { error, response } = await client.GET('/ppe/rounds');
  assert.equal(calls.length, 1);
  assert.deepEqual(delays, []);
  assert.equal(response.status, 429);
  assert.equal(error?.retryAfterSeconds, 60);
});

test('without Retry-After the wait is capped exponential backoff with full jitter', async () => {
  const delays: number[] = [];
  const { client } = testClient(() => new Response(null, { status: 502 }), {
    retry: { retries: 5, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5, sleep: async (ms) => void delays.push(ms) },
  });
  await client.GET('/ppe/rounds');
  assert.deepEqual(delays, [50, 100, 200, 400, 500]);
});

test('backoffDelay stays within [0, min(max, base × 2^n))', () => {
  for (let n = 0; n < 12; n++) {
    const ceiling = Math.min(5000, 300 * 2 ** n);
    assert.equal(backoffDelay(n, 300, 5000, () => 0), 0);
    assert.equal(backoffDelay(n, 300, 5000, () => 0.999999), Math.floor(0.999999 * ceiling));
    const d = backoffDelay(n, 300, 5000, Math.random);
    assert.ok(d >= 0 && d < ceiling);
  }
});

test('the default sleep really waits between attempts', async () => {
  const mock = mockFetch(sequence(new Response(null, { status: 503, headers: { 'Retry-After': '0' } }), new Response(null, { status: 503 }), rounds));
  const fetch = withRetry(mock.fetch, { baseDelayMs: 40, maxDelayMs: 40, random: () => 0.99 });
  const started = performance.now();
  const response = await fetch(new Request('https://api.example.test/v1/ppe/rounds'));
  assert.equal(response.status, 200);
  assert.equal(mock.calls.length, 3);
  assert.ok(performance.now() - started >= 35, 'waited about 0 + 39 ms');
});

test("a caller's abort is not retried and comes back as an AbortError", async () => {
  const controller = new AbortController();
  const { client, calls } = testClient(() => {
    controller.abort();
    return networkError();
  });
  await assert.rejects(client.GET('/ppe/rounds', { signal: controller.signal }), { name: 'AbortError' });
  assert.equal(calls.length, 1);
});

test("a caller's abort during the wait between attempts stops the retries", async () => {
  const controller = new AbortController();
  const { client, calls } = testClient(() => problem(503, 'service-unavailable'), {
    retry: { baseDelayMs: 10_000, maxDelayMs: 10_000, random: () => 0.99 },
  });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(client.GET('/ppe/rounds', { signal: controller.signal }), { name: 'AbortError' });
  assert.equal(calls.length, 1);
});
