import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, testClient } from './mock-fetch';

test('the partner key is sent in Sportello-Partner-Key on every call', async () => {
  const { client, calls } = testClient(() => json(200, { items: [] }), { partnerKey: 'pk_quartiere' });
  await client.GET('/ppe/rounds');
  await client.POST('/vouchers/checks', { body: { voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J' } });
  assert.deepEqual(
    calls.map((c) => c.request.headers.get('Sportello-Partner-Key')),
    ['pk_quartiere', 'pk_quartiere'],
  );
});

test('no partner key header without a partner key', async () => {
  const { client, calls } = testClient(() => json(200, { items: [] }));
  await client.GET('/ppe/rounds');
  assert.equal(calls[0]!.request.headers.has('Sportello-Partner-Key'), false);
});
