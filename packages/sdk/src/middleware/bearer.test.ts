import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, sequence, testClient } from './mock-fetch';

const ok = () => json(200, { items: [] });

test('a token from a synchronous getToken is sent as a bearer token', async () => {
  const { client, calls } = testClient(ok, { getToken: () => 'tok-sync' });
  await client.GET('/ppe/rounds');
  assert.equal(calls[0]!.request.headers.get('Authorization'), 'Bearer tok-sync');
});

test('a token from an asynchronous getToken is awaited and sent', async () => {
  const { client, calls } = testClient(ok, {
    getToken: async () => {
      await new Promise((r) => setTimeout(r, 1));
      return 'tok-async';
    },
  });
  await client.GET('/ppe/rounds');
  assert.equal(calls[0]!.request.headers.get('Authorization'), 'Bearer tok-async');
});

test('no Authorization header when getToken returns nothing (not signed in)', async () => {
  for (const none of [undefined, null, '']) {
    const { client, calls } = testClient(ok, { getToken: async () => none });
    await client.GET('/ppe/rounds');
    assert.equal(calls[0]!.request.headers.has('Authorization'), false, `getToken → ${String(none)}`);
  }
});

test('no Authorization header without getToken', async () => {
  const { client, calls } = testClient(ok);
  await client.GET('/ppe/rounds');
  assert.equal(calls[0]!.request.headers.has('Authorization'), false);
});

test('the token is asked for once per call and resent unchanged on each retry', async () => {
  let asked = 0;
  const { client, calls } = testClient(sequence(json(503, {}), ok()), { getToken: () => `tok-${++asked}` });
  await client.GET('/ppe/rounds');
  assert.equal(asked, 1);
  assert.deepEqual(
    calls.map((c) => c.request.headers.get('Authorization')),
    ['Bearer tok-1', 'Bearer tok-1'],
  );
});
