/**
 * The city's side end to end: the real server (as `npm start` runs it, SQLite, the development
 * identity provider), each demo operator signing in through `/dev-idp/token` and doing their job
 * over HTTP; what comes back to the resident is checked through the residents' own operations, and
 * the database is checked too. (The operators' widgets are another issue; this is the API.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demo } from '@sportello/demo-data';
import { startDemo, type Demo } from './harness';

const KEY = 'pk_demo_torino';

describe('e2e: each operator does their job against the real server', () => {
  let d: Demo;
  before(async () => {
    d = await startDemo();
  });
  after(async () => {
    await d?.close();
  });

  /** Signs in as a demo operator with the development provider: a real, signed JWT. */
  async function signIn(operator: string): Promise<string> {
    const res = await fetch(`${d.url}/dev-idp/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operator }) });
    assert.equal(res.status, 200);
    const { access_token: token } = (await res.json()) as { access_token: string };
    assert.equal(token.split('.').length, 3, 'a JWT');
    return token;
  }
  async function call(method: string, path: string, o: { token?: string; body?: unknown; key?: string } = {}) {
    const headers: Record<string, string> = { 'Sportello-Partner-Key': KEY };
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    if (o.body !== undefined) headers['Content-Type'] = 'application/json';
    if (o.key) headers['Idempotency-Key'] = o.key;
    const res = await fetch(`${d.url}/v1${path}`, { method, headers, ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}) });
    const text = await res.text();
    return { status: res.status, body: (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
  }

  it('an administrator marks a booking delivered: the resident’s “manage my booking” shows delivered', async () => {
    const token = await signIn('administrator');
    const round = d.query<{ round_id: string }>('SELECT round_id FROM bookings WHERE code = ?', demo.bookingCodes.confirmed)[0]!.round_id;
    const mine = await call('GET', `/operator/ppe/bookings?roundId=${round}`, { token });
    assert.ok(mine.body.items.some((b: { bookingCode: string }) => b.bookingCode === demo.bookingCodes.confirmed));
    for (const state of ['assigned', 'delivered']) {
      const done = await call('POST', '/operator/ppe/delivery-updates', { token, body: { bookingCodes: [demo.bookingCodes.confirmed], state } });
      assert.equal(done.body.items[0].outcome, 'updated');
    }
    const resident = await call('POST', '/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.alreadyBooked } });
    assert.deepEqual([resident.body.state, resident.body.cancellable], ['delivered', false]);
    assert.equal(d.query<{ state: string }>('SELECT state FROM bookings WHERE code = ?', demo.bookingCodes.confirmed)[0]!.state, 'delivered');
    const shopToken = await signIn('shop');
    assert.equal((await call('GET', `/operator/ppe/bookings?roundId=${round}`, { token: shopToken })).status, 403);
  });

  it('a shop redeems € 12,50: the holder’s checker shows the new balance and the redemption', async () => {
    const token = await signIn('shop');
    const before = await call('POST', '/vouchers/checks', { body: demo.vouchers.active });
    const made = await call('POST', '/operator/vouchers/redemptions', { token, key: crypto.randomUUID(), body: { ...demo.vouchers.active, amountCents: 1250 } });
    assert.equal(made.status, 201);
    const after = await call('POST', '/vouchers/checks', { body: demo.vouchers.active });
    assert.equal(after.body.balanceCents, before.body.balanceCents - 1250);
    assert.deepEqual([after.body.redemptions[0].amountCents, after.body.redemptions[0].shopName], [1250, 'Alimentari San Salvario']);
    const row = d.query<{ amount_cents: number; shop_id: string }>('SELECT amount_cents, shop_id FROM redemptions WHERE public_id = ?', made.body.redemptionId)[0]!;
    assert.deepEqual(row, { amount_cents: 1250, shop_id: 'alimentari-san-salvario' });
  });

  it('the coordinator assigns, the volunteer schedules: the requester’s look-up shows the date', async () => {
    const coordinator = await signIn('coordinator');
    const volunteer = await signIn('volunteer');
    const assigned = await call('POST', `/operator/help/requests/${demo.tickets.received.ticketCode}/assignment`, { token: coordinator, body: { volunteer: 'demo-volunteer-luca', volunteerName: 'Luca Rosso' } });
    assert.equal(assigned.body.state, 'assigned');
    const when = new Date(Date.now() + 2 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const scheduled = await call('POST', `/operator/help/requests/${demo.tickets.received.ticketCode}/schedule`, { token: volunteer, body: { scheduledFor: when } });
    assert.equal(scheduled.status, 200);
    const requester = await call('POST', '/help/request-lookups', { body: demo.tickets.received });
    assert.deepEqual([requester.body.state, Date.parse(requester.body.scheduledFor)], ['scheduled', Date.parse(when)]);
  });

  it('the organiser cancels a registration: the first person waiting is registered', async () => {
    const token = await signIn('organiser');
    // One of the organiser's activities, filled up now by residents, with one more person waiting.
    const e = d.query<{ id: string; left: number }>(
      "SELECT id, capacity - seats_taken AS left FROM events WHERE series_id IN ('tai-chi-parco-ruffini', 'smartphone-senza-paura') AND starts_at > ? AND seats_taken < capacity AND waiting_list_length = 0 ORDER BY capacity - seats_taken, starts_at LIMIT 1",
      Date.now() + 86_400_000,
    )[0]!;
    assert.ok(e && e.left <= 15, 'an activity of the organiser’s with a few seats left');
    const register = (n: number, waitingList = false) =>
      call('POST', `/events/${e.id}/registrations`, { key: crypto.randomUUID(), body: { attendee: { givenName: 'Ospite', familyName: `Numero${n}`, contact: { email: `ospite${n}@example.org` } }, privacyConsent: true, waitingList } });
    const seated = [];
    for (let n = 0; n < e.left; n++) seated.push(await register(n));
    assert.ok(seated.every((r) => r.status === 201 && r.body.state === 'registered'));
    const waiting = await register(99, true);
    assert.deepEqual([waiting.body.state, waiting.body.waitingListPosition], ['waitlisted', 1]);

    const cancelled = await call('POST', `/operator/registrations/${seated[0]!.body.registrationCode}/cancellation`, { token, body: { reason: 'person-asked' } });
    assert.deepEqual(cancelled.body.promoted.map((p: { registrationCode: string }) => p.registrationCode), [waiting.body.registrationCode]);
    const rows = d.query<{ code: string; state: string }>('SELECT code, state FROM registrations WHERE code IN (?, ?) ORDER BY code', seated[0]!.body.registrationCode, waiting.body.registrationCode);
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.code, r.state])), { [seated[0]!.body.registrationCode]: 'cancelled', [waiting.body.registrationCode]: 'registered' });
    const event = d.query<{ seats_taken: number; capacity: number; waiting_list_length: number }>('SELECT seats_taken, capacity, waiting_list_length FROM events WHERE id = ?', e.id)[0]!;
    assert.deepEqual([event.seats_taken, event.waiting_list_length], [event.capacity, 0]);
  });

  it('a city operator reads the audit log: every action above, and no personal data', async () => {
    const token = await signIn('city');
    const log = await call('GET', '/operator/audit-log?pageSize=100', { token });
    const actions = new Set(log.body.items.map((e: { action: string }) => e.action));
    for (const a of ['update_ppe_deliveries', 'create_voucher_redemption', 'assign_help_request', 'schedule_help_request', 'cancel_event_registration']) assert.ok(actions.has(a), a);
    assert.doesNotMatch(JSON.stringify(log.body), /RSSMRA|Rossi|\+39|@example/);
  });
});
