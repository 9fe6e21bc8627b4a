import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SportelloApiError } from '../errors';
import { json, mockFetch, problem, testClient } from './mock-fetch';
import { anySignal, anySignalFallback } from './signals';
import { withTimeout } from './timeout';

/** A server that never answers: the request only ends when its signal aborts. */
const hang = (request: Request) =>
  new Promise<Response>((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

test('a call with no answer within timeoutMs is aborted and reported as a timeout', async () => {
  let seen: Request | undefined;
  const { client } = testClient(
    (request) => {
      seen = request;
      return hang(request);
    },
    { timeoutMs: 30 },
  );
  const started = performance.now();
  const error = await client.GET('/ppe/rounds').then(
    () => assert.fail('should throw'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof SportelloApiError);
  assert.equal(error.type, 'timeout');
  assert.equal(error.status, 0);
  assert.equal(error.isTransport, true);
  assert.equal(seen?.signal.aborted, true, 'the request was really aborted');
  assert.ok(performance.now() - started < 1000);
});

test('a timed-out attempt is not retried; the deadline covers the whole call', async () => {
  const { client, calls } = testClient((request) => hang(request), { timeoutMs: 20 });
  await assert.rejects(client.GET('/ppe/rounds'), { name: 'SportelloApiError', type: 'timeout' });
  assert.equal(calls.length, 1);
});

test('the deadline also ends the wait between retries', async () => {
  const { client, calls } = testClient(() => problem(503, 'service-unavailable'), {
    timeoutMs: 30,
    retry: { baseDelayMs: 10_000, maxDelayMs: 10_000, random: () => 0.99 },
  });
  await assert.rejects(client.GET('/ppe/rounds'), { name: 'SportelloApiError', type: 'timeout' });
  assert.equal(calls.length, 1);
});

test("a caller's abort is told apart from a timeout", async () => {
  const controller = new AbortController();
  const { client, calls } = testClient((request) => hang(request), { timeoutMs: 5000 });
  setTimeout(() => controller.abort(), 10);
  const error = await client.GET('/ppe/rounds', { signal: controller.signal }).then(
    () => assert.fail('should throw'),
    (e: unknown) => e,
  );
  assert.ok(!(error instanceof SportelloApiError));
  assert.equal((error as Error).name, 'AbortError');
  assert.equal(calls.length, 1);
});

test("a caller's signal aborted before the call sends nothing", async () => {
  const { client, calls } = testClient(() => json(200, { items: [] }));
  await assert.rejects(client.GET('/ppe/rounds', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.equal(calls.length, 0);
});

test('an answer in time is returned and the timer does not linger', async () => {
  const { client } = testClient(() => json(200, { items: [] }), { timeoutMs: 50 });
  const { data } = await client.GET('/ppe/rounds');
  assert.deepEqual(data, { items: [] });
});

test('timeoutMs 0 means no deadline', async () => {
  const mock = mockFetch(async () => {
    await new Promise((r) => setTimeout(r, 30));
    return json(200, {});
  });
  const response = await withTimeout(mock.fetch, 0)(new Request('https://api.example.test/v1/status'));
  assert.equal(response.status, 200);
});

for (const [name, any] of [
  ['anySignal', anySignal],
  ['anySignalFallback', anySignalFallback],
] as const) {
  test(`${name} aborts with the reason of the first signal that aborts`, () => {
    const a = new AbortController();
    const b = new AbortController();
    const both = any([a.signal, b.signal]);
    assert.equal(both.aborted, false);
    b.abort('second');
    a.abort('first');
    assert.equal(both.aborted, true);
    assert.equal(both.reason, 'second');
    assert.equal(any([new AbortController().signal, AbortSignal.abort('already')]).reason, 'already');
  });
}
