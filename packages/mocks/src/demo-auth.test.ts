import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operators } from '@sportello/demo-data';
import { DEMO_NOW } from '@sportello/demo-data';
import { createHandlers } from './handlers';
import { demoOperatorOf, demoToken } from './demo-auth';

const call = async (authorization?: string) => {
  const handlers = createHandlers({ now: DEMO_NOW });
  const headers: Record<string, string> = { 'Sportello-Partner-Key': 'pk_demo_torino', ...(authorization ? { Authorization: authorization } : {}) };
  return (await handlers.answer(new Request('http://localhost:8080/v1/ppe/rounds', { headers })))!;
};

test('demoToken(name) stands for that demo operator; no header for nobody', () => {
  assert.equal(demoToken('shop'), 'demo:shop');
  assert.deepEqual(demoOperatorOf(`Bearer ${demoToken('administrator')}`), operators.administrator);
  assert.equal(demoOperatorOf(null), undefined);
});

test('any other Authorization is a 401 problem, as the server answers a token it cannot verify', async () => {
  assert.equal((await call(`Bearer ${demoToken('city')}`)).status, 200);
  assert.equal((await call()).status, 200);
  for (const bad of ['Bearer not.a.jwt', 'Basic admin:admin', 'Bearer demo:root', 'Bearer demo:__proto__', 'demo:city']) {
    const res = await call(bad);
    assert.equal(res.status, 401, bad);
    assert.equal(res.headers.get('Content-Type'), 'application/problem+json');
    assert.match(res.headers.get('WWW-Authenticate') ?? '', /error="invalid_token"/);
    assert.equal(((await res.json()) as { type: string }).type, 'urn:sportello:problem:unauthorized');
  }
});
