import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../types';
import { json, testClient } from './mock-fetch';

test('Accept-Language carries the configured language', async () => {
  const { client, calls } = testClient(() => json(200, { items: [] }), { lang: 'en' });
  await client.GET('/ppe/rounds');
  assert.equal(calls[0]!.request.headers.get('Accept-Language'), 'en');
});

test('Accept-Language follows a function, so a widget can switch language later', async () => {
  let lang: Lang = 'it';
  const { client, calls } = testClient(() => json(200, { items: [] }), { lang: () => lang });
  await client.GET('/help/topics');
  lang = 'en';
  await client.GET('/help/topics');
  assert.deepEqual(
    calls.map((c) => c.request.headers.get('Accept-Language')),
    ['it', 'en'],
  );
});

test('Accept-Language given for one call wins over the client language', async () => {
  const { client, calls } = testClient(() => json(200, { items: [] }), { lang: 'it' });
  await client.GET('/help/topics', { params: { header: { 'Accept-Language': 'en' } } });
  assert.equal(calls[0]!.request.headers.get('Accept-Language'), 'en');
});

test('no Accept-Language is sent when no language is configured', async () => {
  const { client, calls } = testClient(() => json(200, { items: [] }));
  await client.GET('/help/topics');
  assert.equal(calls[0]!.request.headers.has('Accept-Language'), false);
});
