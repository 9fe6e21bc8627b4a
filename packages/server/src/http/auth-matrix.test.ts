/**
 * The auth matrix, generated from the contract: every operation whose security requires
 * `bearerAuth`, each with a minimal valid request (path and query parameters from the contract's
 * examples or patterns, bodies from the request schema's `example`), sent with every kind of
 * missing or bad credential (→ 401) and with valid tokens that do not fit (→ 403). Every answer must
 * be problem+json and hold no data. A test issuer (jose keys, discovery + JWKS on 127.0.0.1)
 * signs the tokens.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contract, operations, validateRequest, type Operation } from '@sportello/contract';
import { OPERATOR_ROLES, type Operator, type OperatorRole } from '@sportello/domain';
import { operators } from '@sportello/demo-data';
import { createApp } from '../app';
import { createTokenVerifier, requiresBearer } from './auth';
import { createLogger } from './logger';
import { buildRequest, contractProblems, DEMO_NOW, partners, toAnswer, type Answer } from '../testing/harness';
import { openDatabase } from '../store/sqlite/database';
import { createSqliteStore } from '../store/sqlite/sqlite-store';
import { demoSeed } from '../seed';
import { startTestIssuer, TEST_AUDIENCE, type SignOptions, type TestIssuer } from '../testing/issuer';

type Json = Record<string, any>;
const deref = (node: any): any => {
  while (node && typeof node.$ref === 'string') node = node.$ref.replace(/^#\//, '').split('/').reduce((o: Json, k: string) => o[k], contract);
  return node;
};

/** A string matching the simple patterns of the contract: literals, `[...]` classes, `{n}` / `{n,m}`, `?`. */
export function sampleOf(pattern: string): string {
  let out = '';
  const src = pattern.replace(/^\^/, '').replace(/\$$/, '');
  for (let i = 0; i < src.length; ) {
    let unit: string;
    if (src[i] === '[') {
      const end = src.indexOf(']', i);
      // The first character of a class is always in it (the start of a range, or a literal).
      unit = src.slice(i + 1, end).replace(/^\\/, '')[0]!;
      i = end + 1;
    } else if (src[i] === '\\') {
      unit = src[i + 1]!;
      i += 2;
    } else {
      unit = src[i]!;
      i += 1;
    }
    const q = /^\{(\d+)(?:,(\d*))?\}|^\?|^\*|^\+/.exec(src.slice(i));
    let times = 1;
    if (q) {
      times = q[0] === '?' || q[0] === '*' ? 0 : q[0] === '+' ? 1 : Number(q[1]);
      i += q[0].length;
    }
    out += unit.repeat(times);
  }
  return out;
}

/** A value for a parameter: its example, its schema's example or enum, or a string matching its pattern. */
function valueOf(param: Json): string {
  const schema = deref(param.schema) ?? {};
  if (param.example !== undefined) return String(param.example);
  if (schema.example !== undefined) return String(schema.example);
  if (schema.enum) return String(schema.enum[0]);
  if (schema.pattern) return sampleOf(schema.pattern);
  if (schema.format === 'date') return '2026-10-12';
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  return 'x';
}

interface Probe {
  op: Operation;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  /** The operation declares 403. */
  forbids: boolean;
}

/** The minimal valid request of an operation, from the contract alone (plus the optional parameters named in `include`). */
function probeOf(op: Operation, include: string[] = []): Probe {
  const node = (contract.paths as Json)[op.path][op.method];
  let path = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  const params: Record<string, string> = {};
  for (const p of (node.parameters ?? []).map(deref)) {
    if (!p.required && p.in !== 'path' && !include.includes(p.name)) continue;
    const v = valueOf(p);
    if (p.in === 'path') {
      path = path.replace(`{${p.name}}`, encodeURIComponent(v));
      params[p.name] = v;
    } else if (p.in === 'query') query.set(p.name, v);
    else if (p.in === 'header') headers[p.name] = v;
  }
  const rb = node.requestBody ? deref(node.requestBody) : undefined;
  const body = rb ? deref(rb.content['application/json'].schema).example : undefined;
  // The probe itself must be valid, or a 400 could hide what the matrix is about.
  assert.deepEqual(validateRequest(op, { params, query, headers: new Headers(headers), body }), [], `${op.operationId}: the generated request is not valid`);
  const qs = query.toString();
  return { op, method: op.method.toUpperCase(), url: `/v1${path}${qs ? `?${qs}` : ''}`, headers, ...(body !== undefined ? { body } : {}), forbids: '403' in node.responses };
}

/**
 * Which roles may do what. The contract does not say it in a machine-readable way yet, so this one
 * table holds it; a test below fails when an operation that declares 403 is missing from it.
 */
const ROLES_FOR: Record<string, OperatorRole[]> = {
  list_operator_bookings: ['administrator'],
  create_ppe_booking_on_behalf: ['administrator'],
  update_ppe_deliveries: ['administrator'],
  show_ppe_delivery_list: ['administrator'],
  list_voucher_redemptions: ['shop'],
  create_voucher_redemption: ['shop'],
  void_voucher_redemption: ['shop'],
  list_operator_help_requests: ['coordinator', 'volunteer', 'support-professional'],
  show_operator_help_request: ['coordinator', 'volunteer', 'support-professional'],
  assign_help_request: ['coordinator'],
  schedule_help_request: ['coordinator', 'volunteer', 'support-professional'],
  close_help_request: ['coordinator', 'volunteer', 'support-professional'],
  show_event_attendance: ['organiser'],
  check_in_registration: ['organiser'],
  cancel_event_registration: ['organiser'],
  create_ppe_round: ['city'],
  change_ppe_round: ['city'],
  create_voucher: ['city'],
  revoke_voucher: ['city'],
  list_audit_entries: ['city'],
};

/** An operator holding exactly one role, with records that fit the probes (the demo's). */
const holding = (role: OperatorRole): Operator => ({
  subject: `matrix-${role}`,
  roles: [role],
  buildings: [...operators.administrator.buildings],
  ...(role === 'shop' ? { shopId: operators.shop.shopId } : {}),
  events: [...operators.organiser.events],
});

/** A credential to send and the statuses allowed in answer. */
interface Case {
  name: string;
  authorization: (idp: TestIssuer) => Promise<string | undefined>;
  expect: number[];
  /** Only for operations that declare 403 (and, when given, that this one applies to). */
  forbidden?: (p: Probe) => boolean;
  /** The request to send instead of the minimal one. */
  probe?: (p: Probe) => Probe;
}

const bearer = (token: string | Promise<string>) => Promise.resolve(token).then((t) => `Bearer ${t}`);
const city: SignOptions = { operator: { subject: 'attacker', roles: ['city'], buildings: [], events: [] } };

const UNAUTHENTICATED: Case[] = [
  { name: 'no token', authorization: async () => undefined, expect: [401] },
  { name: 'malformed bearer', authorization: async () => 'Bearer not.a.jwt', expect: [401] },
  { name: 'Basic admin:admin', authorization: async () => `Basic ${Buffer.from('admin:admin').toString('base64')}`, expect: [401] },
  { name: 'Basic, raw', authorization: async () => 'Basic admin:admin', expect: [401] },
  { name: 'empty bearer', authorization: async () => 'Bearer ', expect: [401] },
  { name: 'alg=none claiming the city role', authorization: async (idp) => `Bearer ${idp.unsigned(city)}`, expect: [401] },
  { name: 'signed by another key (same kid)', authorization: (idp) => bearer(idp.sign({ ...city, foreignKey: true })), expect: [401] },
  { name: 'expired', authorization: (idp) => bearer(idp.sign({ ...city, expiresIn: -3600 })), expect: [401] },
  { name: 'not yet valid', authorization: (idp) => bearer(idp.sign({ ...city, notBefore: 3600 })), expect: [401] },
  { name: 'no expiry', authorization: (idp) => bearer(idp.sign({ ...city, expiresIn: null })), expect: [401] },
  { name: 'wrong issuer', authorization: (idp) => bearer(idp.sign({ ...city, iss: 'https://evil.example' })), expect: [401] },
  { name: 'wrong audience', authorization: (idp) => bearer(idp.sign({ ...city, aud: 'another-api' })), expect: [401] },
  { name: 'HS256 keyed with the public key', authorization: (idp) => bearer(idp.hmacWithPublicKey(city)), expect: [401] },
];

/** Valid tokens that must not be enough: no role at all, each role that does not fit, someone else's records. */
function forbiddenCases(): Case[] {
  const cases: Case[] = [
    { name: 'valid token, no role', authorization: (idp) => bearer(idp.sign({ operator: { subject: 'nobody', roles: [], buildings: [], events: [] } })), expect: [403], forbidden: () => true },
  ];
  for (const role of OPERATOR_ROLES) {
    cases.push({
      name: `valid token, role ${role} (does not fit)`,
      authorization: (idp) => bearer(idp.sign({ operator: holding(role) })),
      expect: [403],
      forbidden: (p) => !(ROLES_FOR[p.op.operationId] ?? []).includes(role),
    });
  }
  // The right role, but none of the records the request names (a building, an activity).
  cases.push({
    name: "another administrator's building",
    authorization: (idp) => bearer(idp.sign({ operator: operators.otherAdministrator })),
    expect: [403],
    probe: (p) => probeOf(p.op, ['buildingCode']),
    forbidden: (p) => /buildingCode=|"buildingCode"/.test(JSON.stringify(probeOf(p.op, ['buildingCode']))) && ROLES_FOR[p.op.operationId]?.includes('administrator') === true,
  });
  cases.push({
    name: "another organiser's activity",
    authorization: (idp) => bearer(idp.sign({ operator: { subject: 'other-organiser', roles: ['organiser'], buildings: [], events: ['another-series'] } })),
    expect: [403],
    forbidden: (p) => p.op.operationId === 'show_event_attendance',
  });
  return cases;
}

const probes = operations.filter(requiresBearer).map((op) => probeOf(op));

describe('auth matrix (from the contract)', () => {
  let idp: TestIssuer;
  let app: ReturnType<typeof createApp>;
  const logs: string[] = [];

  before(async () => {
    idp = await startTestIssuer();
    const db = openDatabase(':memory:');
    createSqliteStore(db).seed(demoSeed(DEMO_NOW));
    app = createApp({
      db,
      partners,
      now: () => DEMO_NOW,
      rateLimits: false,
      logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
      tokens: createTokenVerifier({ issuer: idp.issuer, audience: TEST_AUDIENCE }),
    });
  });
  after(() => idp.close());

  it('finds the operator operations in the contract, each with a valid request', () => {
    assert.ok(probes.length >= 21, `only ${probes.length} operations need a bearer token`);
    for (const p of probes) assert.ok(p.op.path.startsWith('/operator/'), p.op.operationId);
  });

  it('knows the roles of every operation that can answer 403', () => {
    const missing = probes.filter((p) => p.forbids && !ROLES_FOR[p.op.operationId]).map((p) => p.op.operationId);
    assert.deepEqual(missing, [], 'add them to ROLES_FOR');
  });

  const send = async (p: Probe, authorization: string | undefined): Promise<Answer> => {
    const headers: Record<string, string> = { ...p.headers, ...(authorization !== undefined ? { Authorization: authorization } : {}) };
    return toAnswer(await app.fetch(buildRequest(p.method, p.url, { headers, ...(p.body !== undefined ? { body: p.body } : {}) })));
  };

  /** Only problem details, in the contract, naming no data. */
  const assertNoData = (p: Probe, c: Case, a: Answer) => {
    const label = `${p.op.operationId} / ${c.name}`;
    assert.ok(c.expect.includes(a.status), `${label}: ${a.status} (expected ${c.expect.join(' or ')}) ${a.text.slice(0, 200)}`);
    assert.match(a.headers.get('content-type') ?? '', /^application\/problem\+json/, label);
    assert.deepEqual(Object.keys(a.body).filter((k) => !['type', 'title', 'status', 'detail', 'instance'].includes(k)), [], `${label}: extra fields`);
    assert.equal(a.body.type, a.status === 401 ? 'urn:sportello:problem:unauthorized' : 'urn:sportello:problem:forbidden', label);
    assert.deepEqual(contractProblems(p.method, p.url, a), [], label);
    if (a.status === 401) assert.match(a.headers.get('www-authenticate') ?? '', /^Bearer realm="sportello"/, label);
  };

  describe('missing or invalid credentials → 401', () => {
    for (const c of UNAUTHENTICATED) {
      it(`${c.name} (${probes.length} operations)`, async () => {
        const authorization = await c.authorization(idp);
        for (const p of probes) assertNoData(p, c, await send(p, authorization));
      });
    }
    it('localizes the 401 and never logs the token', async () => {
      const token = await idp.sign({ ...city, expiresIn: -3600 });
      const a = toAnswer(await app.fetch(buildRequest('GET', '/v1/operator/me', { headers: { Authorization: `Bearer ${token}` }, lang: 'en' })));
      assert.equal((await a).body.title, 'Not authorized');
      const it = await toAnswer(await app.fetch(buildRequest('GET', '/v1/operator/me', { headers: { Authorization: `Bearer ${token}` }, lang: 'it' })));
      assert.equal(it.body.title, 'Accesso non autorizzato');
      assert.ok(!logs.some((l) => l.includes(token) || l.includes(token.split('.')[1]!)), 'a token reached the log');
      assert.ok(logs.some((l) => l.includes('"auth":"ERR_JWT_EXPIRED"')));
    });
  });

  describe('valid tokens that do not fit → 403 (needs the operator services)', () => {
    for (const c of forbiddenCases()) {
      const targets = probes.filter((p) => p.forbids && c.forbidden!(p));
      it(`${c.name} (${targets.length} operations)`, async () => {
        const authorization = await c.authorization(idp);
        const failures: string[] = [];
        for (const p of targets) {
          const probe = c.probe?.(p) ?? p;
          const a = await send(probe, authorization);
          try {
            assertNoData(probe, c, a);
          } catch (error) {
            failures.push((error as Error).message.split('\n')[0]!);
          }
        }
        assert.deepEqual(failures, []);
      });
    }
  });
});
