import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { createSportelloClient } from './client';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

test('without a fetch option, the global fetch is looked up on each call (a mock installed later is used)', async () => {
  const client = createSportelloClient({ baseUrl: 'https://api.example.test/v1/', partnerKey: 'pk_demo', lang: 'it' });
  const seen: Request[] = [];
  globalThis.fetch = async (input) => {
    seen.push(input as Request);
    return Response.json({ status: 200, title: 'OK' });
  };
  const { data } = await client.GET('/status');
  assert.deepEqual(data, { status: 200, title: 'OK' });
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.url, 'https://api.example.test/v1/status');
  assert.equal(seen[0]!.headers.get('Sportello-Partner-Key'), 'pk_demo');
  assert.equal(seen[0]!.headers.get('Accept-Language'), 'it');
});

test('query parameters reach the URL as the contract serializes them; personal data stays in the body', async () => {
  const seen: Array<{ url: string; body: string }> = [];
  const client = createSportelloClient({
    baseUrl: 'https://api.example.test/v1',
    fetch: async (request) => {
      seen.push({ url: request.url, body: await request.text() });
      return Response.json({ items: [] });
    },
  });
  await client.GET('/vouchers/shops', { params: { query: { district: 3, cap: '10138' } } });
  await client.POST('/vouchers/checks', { body: { voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J' } });
  assert.equal(seen[0]!.url, 'https://api.example.test/v1/vouchers/shops?district=3&cap=10138');
  assert.equal(seen[1]!.url, 'https://api.example.test/v1/vouchers/checks');
  assert.match(seen[1]!.body, /BNCGNN50A41L219J/);
});
