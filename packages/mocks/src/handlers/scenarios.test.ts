import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_NOW, demo } from '@sportello/demo-data';
import { bookingBody, registrationBody, taxCodeNumber } from './test-helpers';
import { createHandlers } from './index';
import { scenarioNames, scenarios, type ScenarioName } from './scenarios';
import { everyOperation, fixtures, newKey, send, server, type Received, type Sent } from './test-client';

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

const use = (scenario: ScenarioName) => {
  const handlers = createHandlers({ now: DEMO_NOW, scenario });
  server.resetHandlers(...handlers);
  return handlers;
};

/** Sends every operation (concurrently, so that `slow` takes one latency, not fifteen). */
async function sendAll(requests: Sent[]): Promise<Received[]> {
  return Promise.all(requests.map((r) => send(r)));
}

test('the scenario list: every name has a description', () => {
  assert.deepEqual(Object.keys(scenarios).sort(), [...scenarioNames].sort());
  for (const name of scenarioNames) assert.ok(scenarios[name].description.length > 10, name);
});

for (const name of ['server-error', 'unavailable', 'rate-limited', 'unauthorized'] as const) {
  test(`${name}: every operation answers the same problem, conforming to the contract`, async () => {
    use(name);
    const results = await sendAll(everyOperation());
    const expected = { 'server-error': 500, unavailable: 503, 'rate-limited': 429, unauthorized: 401 }[name];
    for (const r of results) {
      const status = name === 'unauthorized' && r.operationId === 'show_status' ? 200 : expected;
      assert.equal(r.status, status, r.operationId);
    }
    if (name === 'rate-limited') {
      assert.ok(results.every((r) => r.headers.get('Retry-After') === '30' && r.headers.get('RateLimit-Remaining') === '0'));
      assert.equal(results[0]!.body.detail, 'Riprova tra 30 secondi.');
    }
    if (name === 'unavailable') assert.ok(results.every((r) => r.headers.get('Retry-After') === '120'));
  });
}

test('offline: every operation fails as a network error', async () => {
  use('offline');
  for (const req of everyOperation()) {
    await assert.rejects(send(req), TypeError, req.path);
  }
});

test('slow: every operation still answers, after the latency', async () => {
  use('slow');
  const started = performance.now();
  const results = await sendAll(everyOperation());
  const elapsed = performance.now() - started;
  assert.ok(elapsed >= 2400, `took ${Math.round(elapsed)} ms`);
  assert.ok(results.every((r) => r.status < 300));
});

test('default: every operation succeeds (and every one is checked against the contract)', async () => {
  use('default');
  for (const r of await sendAll(everyOperation())) assert.ok(r.status === 200 || r.status === 201, `${r.operationId} ${r.status}`);
});

test('empty: no rounds to book, no activities, no topics, no shops', async () => {
  use('empty');
  const results = Object.fromEntries((await sendAll(everyOperation())).map((r) => [r.operationId, r]));
  assert.deepEqual(results.list_ppe_rounds!.body.items, []);
  assert.deepEqual(results.list_events!.body.items, []);
  assert.equal(results.list_events!.body.page.total, 0);
  assert.deepEqual(results.list_help_topics!.body.items, []);
  assert.deepEqual(results.list_voucher_shops!.body.items, []);
  assert.equal(results.create_ppe_booking!.body.type, 'urn:sportello:problem:round-not-found');
  assert.equal(results.check_voucher!.body.type, 'urn:sportello:problem:voucher-not-found');
  assert.equal(results.show_event!.status, 404);
});

test('round-full: the open round shows no units left and booking answers round-full', async () => {
  use('round-full');
  const rounds = await send({ method: 'GET', path: '/ppe/rounds', query: { state: 'open' } });
  assert.equal(rounds.body.items.length, 1);
  assert.equal(rounds.body.items[0].unitsLeft, 0);
  const res = await send({ method: 'POST', path: '/ppe/bookings', body: bookingBody(rounds.body.items[0].id, { householdSize: 1 }), headers: { 'Idempotency-Key': newKey() } });
  assert.equal(res.status, 409);
  assert.equal(res.body.type, 'urn:sportello:problem:round-full');
  await sendAll(everyOperation());
});

test('last-units: a household of 3 does not fit, one of 2 does, then the round is full', async () => {
  const { store } = use('last-units');
  const id = store.state.rounds[0]!.id;
  const book = (n: number, householdSize: number) =>
    send({ method: 'POST', path: '/ppe/bookings', body: bookingBody(id, { applicant: { taxCode: taxCodeNumber(n), givenName: 'A', familyName: 'B' }, householdSize }), headers: { 'Idempotency-Key': newKey() } });
  assert.equal((await book(1, 3)).status, 409);
  assert.equal((await book(2, 2)).status, 201);
  assert.equal((await book(3, 1)).body.type, 'urn:sportello:problem:round-full');
});

test('window-closed: only the upcoming round is listed; booking says when it opens', async () => {
  use('window-closed');
  const rounds = await send({ method: 'GET', path: '/ppe/rounds' });
  assert.deepEqual(rounds.body.items.map((r: { state: string }) => r.state), ['upcoming']);
  const res = await send({ method: 'POST', path: '/ppe/bookings', body: bookingBody(fixtures.rounds[0]!.id), headers: { 'Idempotency-Key': newKey() } });
  assert.equal(res.body.type, 'urn:sportello:problem:window-closed');
  assert.equal(res.body.nextRoundOpensAt, rounds.body.items[0].opensAt);
  await sendAll(everyOperation());
});

test('already-booked: whoever books is told a booking exists, and nothing of it', async () => {
  use('already-booked');
  const body = bookingBody(fixtures.rounds[0]!.id, { applicant: { taxCode: taxCodeNumber(42), givenName: 'Nuovo', familyName: 'Utente' } });
  const res = await send({ method: 'POST', path: '/ppe/bookings', body, headers: { 'Idempotency-Key': newKey() } });
  assert.equal(res.status, 409);
  assert.equal(res.body.type, 'urn:sportello:problem:already-booked');
  assert.doesNotMatch(JSON.stringify(res.body), /PR-[0-9A-Z]{4}-/, 'no booking code in the answer');
  assert.deepEqual(Object.keys(res.body).sort(), ['detail', 'instance', 'status', 'title', 'type']);
  await sendAll(everyOperation());
});

test('not-in-network: no building resolves, by code or address', async () => {
  use('not-in-network');
  const byCode = await send({ method: 'POST', path: '/ppe/building-lookups', body: { buildingCode: demo.buildingCode } });
  const byAddress = await send({ method: 'POST', path: '/ppe/building-lookups', body: demo.addresses.inNetwork });
  assert.deepEqual([byCode.status, byAddress.status], [404, 404]);
  assert.equal(byCode.body.type, 'urn:sportello:problem:building-not-in-network');
  await sendAll(everyOperation());
});

test('events-full: registering answers event-full, then the waiting list takes the person', async () => {
  use('events-full');
  const event = fixtures.events.find((e) => Date.parse(e.startsAt) > DEMO_NOW.getTime())!;
  const path = `/events/${event.id}/registrations`;
  const full = await send({ method: 'POST', path, body: registrationBody(), headers: { 'Idempotency-Key': newKey() } });
  assert.equal(full.status, 409);
  assert.equal(full.body.type, 'urn:sportello:problem:event-full');
  assert.ok(full.body.waitingListLength >= 1);
  const waiting = await send({ method: 'POST', path, body: registrationBody({ waitingList: true }), headers: { 'Idempotency-Key': newKey() } });
  assert.equal(waiting.status, 201);
  assert.deepEqual([waiting.body.state, waiting.body.waitingListPosition], ['waitlisted', full.body.waitingListLength + 1]);
  await sendAll(everyOperation());
});
