import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCode } from '@sportello/sdk/checks';
import { demo, harness, newKey } from '../testing/harness';

const request = (overrides: Record<string, unknown> = {}) => ({
  topic: 'apps-and-accounts',
  description: "Mia madre deve installare l'app IO e creare lo SPID.",
  forWhom: 'someone-i-care-for',
  contact: { phone: '333 222 1111', preferredChannel: 'phone', preferredTime: 'afternoon' },
  district: 8,
  privacyConsent: true,
  ...overrides,
});
const file = (h: ReturnType<typeof harness>, body: unknown) => h.call('POST', '/v1/help/requests', { body, idempotencyKey: newKey() });

describe('GET /help/topics', () => {
  it('lists the topics in Italian or English, psychological support as health data', async () => {
    const h = harness();
    const it_ = await h.call('GET', '/v1/help/topics');
    assert.equal(it_.status, 200);
    assert.deepEqual(it_.body.items.map((t: { id: string }) => t.id), ['homework', 'apps-and-accounts', 'everyday-tasks', 'psychological-support', 'other']);
    assert.equal(it_.body.items[0].title, 'Aiuto compiti');
    assert.equal(it_.body.items.find((t: { id: string }) => t.id === 'psychological-support').healthData, true);
    const en = await h.call('GET', '/v1/help/topics', { lang: 'en' });
    assert.equal(en.body.items[0].title, 'Homework help');
  });
});

describe('POST /help/requests', () => {
  it('files a request and answers its ticket, never the description', async () => {
    const h = harness();
    const res = await file(h, request());
    assert.equal(res.status, 201);
    assert.equal(res.body.state, 'received');
    assert.equal(res.body.topic, 'apps-and-accounts');
    assert.match(res.body.ticketCode, /^PC-/);
    assert.doesNotMatch(res.text, /SPID|madre|333/);
    const row = h.db.prepare('SELECT phone, description, state FROM help_requests WHERE ticket_code = ?').get(res.body.ticketCode) as { phone: string; description: string; state: string };
    assert.deepEqual([row.phone, row.state], ['+393332221111', 'received']);
    // Kept for the volunteer, sealed at rest (AES-256-GCM; see sealed.test.ts for reading it back).
    assert.match(row.description, /^v1\.[A-Za-z0-9_-]+\./);
    assert.doesNotMatch(row.description, /madre|SPID/);
  });
  it('asks for the health-data consent for psychological support', async () => {
    const h = harness();
    const without = await file(h, request({ topic: 'psychological-support' }));
    assert.equal(without.status, 400);
    assert.deepEqual(without.body.errors, [{ pointer: '/healthDataConsent', code: 'consent-required' }]);
    const withIt = await file(h, request({ topic: 'psychological-support', healthDataConsent: true }));
    assert.equal(withIt.status, 201);
  });
  it('needs the contact of the preferred channel and at least one contact', async () => {
    const h = harness();
    const res = await file(h, request({ contact: { email: 'a@example.org', preferredChannel: 'phone', preferredTime: 'any' } }));
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors, [{ pointer: '/contact/phone', code: 'required' }]);
    const none = await file(h, request({ contact: { preferredChannel: 'phone', preferredTime: 'any' } }));
    assert.equal(none.status, 400);
    const short = await file(h, request({ description: '   aiuto   ' }));
    assert.deepEqual(short.body.errors, [{ pointer: '/description', code: 'too-short' }]);
  });
});

describe('POST /help/request-lookups', () => {
  it('finds a ticket by code and the phone or e-mail given with it', async () => {
    const h = harness();
    const byPhone = await h.call('POST', '/v1/help/request-lookups', { body: { ticketCode: demo.tickets.received.ticketCode, phone: '333 1234567' } });
    assert.equal(byPhone.status, 200);
    assert.equal(byPhone.body.state, 'received');
    const byEmail = await h.call('POST', '/v1/help/request-lookups', { body: { ...demo.tickets.scheduled, email: 'Famiglia.Ferrero@example.org' } });
    assert.equal(byEmail.status, 200);
    assert.equal(byEmail.body.state, 'scheduled');
    assert.ok(byEmail.body.scheduledFor);
  });
  it('answers a wrong contact and an unknown ticket alike', async () => {
    const h = harness();
    const wrong = await h.call('POST', '/v1/help/request-lookups', { body: { ticketCode: demo.tickets.received.ticketCode, phone: '+393339999999' } });
    const unknown = await h.call('POST', '/v1/help/request-lookups', { body: { ticketCode: formatCode('PC', '00000000'), phone: '+393331234567' } });
    assert.equal(wrong.status, 404);
    assert.equal(unknown.status, 404);
    assert.equal(wrong.body.type, 'urn:sportello:problem:ticket-not-found');
    assert.equal(wrong.body.detail, unknown.body.detail);
  });
  it('finds a ticket just filed', async () => {
    const h = harness();
    const filed = await file(h, request({ contact: { email: 'x.y@example.org', preferredChannel: 'email', preferredTime: 'morning' } }));
    const found = await h.call('POST', '/v1/help/request-lookups', { body: { ticketCode: filed.body.ticketCode, email: 'x.y@example.org' } });
    assert.equal(found.status, 200);
    assert.deepEqual(found.body, filed.body);
  });
});
