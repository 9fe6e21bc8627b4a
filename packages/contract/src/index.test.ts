import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contract, findOperation, operations, validateRequest, validateResponse } from './index';

const schemas = (contract.components as { schemas: Record<string, { example?: unknown }> }).schemas;
const example = (name: string) => structuredClone(schemas[name]!.example);
const rateLimit = () => new Headers({ 'RateLimit-Limit': '60', 'RateLimit-Remaining': '59', 'RateLimit-Reset': '30' });
const op = (method: string, path: string) => {
  const found = findOperation(method, path);
  assert.ok(found, `${method} ${path} should be an operation`);
  return found;
};
const bookingRequest = (body: unknown) => ({
  params: {},
  query: new URLSearchParams(),
  headers: new Headers({ 'Idempotency-Key': 'a1b2c3d4e5f6' }),
  body,
});

describe('findOperation', () => {
  it('matches templates and decodes path parameters', () => {
    const found = op('POST', '/ppe/bookings/PR-7K4M-9QX2-5/cancellation');
    assert.equal(found.operation.operationId, 'cancel_ppe_booking');
    assert.deepEqual(found.params, { bookingCode: 'PR-7K4M-9QX2-5' });
    assert.equal(op('get', '/events/tai-chi-1/calendar.ics').operation.operationId, 'show_event_calendar_file');
    assert.equal(op('get', '/events/tai-chi-1').operation.operationId, 'show_event');
  });
  it('finds nothing for unknown paths or methods', () => {
    assert.equal(findOperation('GET', '/ppe/bookings'), undefined);
    assert.equal(findOperation('GET', '/nowhere'), undefined);
  });
  it('lists every operation once', () => {
    assert.equal(new Set(operations.map((o) => o.operationId)).size, operations.length);
    assert.ok(operations.length >= 14);
  });
});

describe('validateRequest', () => {
  const create = op('post', '/ppe/bookings').operation;
  it('accepts the contract example', () => {
    assert.deepEqual(validateRequest(create, bookingRequest(example('BookingRequest'))), []);
  });
  it('puts each invalid field on its own pointer with the contract code', () => {
    const body = example('BookingRequest') as Record<string, any>;
    body.applicant.taxCode = 'RSSMRA8';
    body.householdSize = 13;
    delete body.applicant.givenName;
    body.privacyConsent = false;
    body.building = { buildingCode: 'nope' };
    const errors = validateRequest(create, bookingRequest(body));
    const byPointer = Object.fromEntries(errors.map((e) => [e.pointer, e.code]));
    assert.deepEqual(byPointer, {
      '/applicant/taxCode': 'too-short',
      '/applicant/givenName': 'required',
      '/householdSize': 'out-of-range',
      '/privacyConsent': 'consent-required',
      '/building/buildingCode': 'format',
    });
  });
  it('reports a missing contact against the contact', () => {
    const body = example('BookingRequest') as Record<string, any>;
    body.contact = {};
    const errors = validateRequest(create, bookingRequest(body));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.pointer, /^\/contact\/(phone|email)$/);
    assert.equal(errors[0]!.code, 'required');
  });
  it('requires the Idempotency-Key header on creates', () => {
    const errors = validateRequest(create, { ...bookingRequest(example('BookingRequest')), headers: new Headers() });
    assert.deepEqual(errors, [{ pointer: '/header/Idempotency-Key', code: 'required' }]);
  });
  it('checks and coerces query parameters', () => {
    const list = op('get', '/events').operation;
    const ok = new URLSearchParams({ from: '2026-12-01T00:00:00+01:00', to: '2027-01-01T00:00:00+01:00', district: '3,6', freeSeats: 'true' });
    assert.deepEqual(validateRequest(list, { params: {}, query: ok, headers: new Headers() }), []);
    const bad = new URLSearchParams({ from: 'yesterday', district: '9', category: 'dancing' });
    const codes = Object.fromEntries(validateRequest(list, { params: {}, query: bad, headers: new Headers() }).map((e) => [e.pointer, e.code]));
    assert.deepEqual(codes, { '/query/from': 'format', '/query/to': 'required', '/query/category': 'not-allowed', '/query/district': 'out-of-range' });
  });
});

describe('validateResponse', () => {
  const create = op('post', '/ppe/bookings').operation;
  it('accepts a conforming answer', () => {
    const res = { status: 201, headers: rateLimit(), body: example('Booking'), contentType: 'application/json' };
    assert.deepEqual(validateResponse(create, res), []);
  });
  it('rejects undeclared statuses, missing headers, wrong media types and bodies', () => {
    assert.match(validateResponse(create, { status: 200, headers: rateLimit(), body: {}, contentType: 'application/json' })[0]!, /not declared/);
    assert.match(validateResponse(create, { status: 201, headers: new Headers(), body: example('Booking'), contentType: 'application/json' }).join(), /RateLimit-Limit is missing/);
    assert.match(validateResponse(create, { status: 409, headers: rateLimit(), body: example('Problem'), contentType: 'application/json' })[0]!, /content type/);
    const broken = { ...(example('Booking') as object), quantity: 'fifteen' };
    assert.match(validateResponse(create, { status: 201, headers: rateLimit(), body: broken, contentType: 'application/json' }).join(), /quantity/);
  });
  it('requires Retry-After on 429', () => {
    const problem = { type: 'urn:sportello:problem:rate-limited', title: 'Troppi tentativi', status: 429 };
    const res = { status: 429, headers: rateLimit(), body: problem, contentType: 'application/problem+json' };
    assert.match(validateResponse(create, res).join(), /Retry-After is missing/);
    res.headers.set('Retry-After', '30');
    assert.deepEqual(validateResponse(create, res), []);
  });
});

describe('the contract', () => {
  it('has a valid example for every named schema', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      assert.ok('example' in schema, `${name} has no example`);
    }
  });
});
