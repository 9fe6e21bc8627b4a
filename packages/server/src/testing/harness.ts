/**
 * Test harness: a fresh in-memory database seeded with the demo data around a fixed instant, the
 * app on it, and `call()`, which sends a request and checks the answer against the contract before
 * handing it back. Used by the `*.test.ts` files only.
 */
import assert from 'node:assert/strict';
import { findOperation, validateResponse } from '@sportello/contract';
import { DEMO_NOW, demo } from '@sportello/demo-data';
import { createApp, type AppOptions } from '../app';
import { openDatabase, type SqliteDatabase } from '../store/sqlite/database';
import { createSqliteStore } from '../store/sqlite/sqlite-store';
import { demoSeed } from '../seed';
import { createLogger } from '../http/logger';
import type { Partner } from '../http/partners';

export { demo, DEMO_NOW };

export const DEMO_KEY = 'pk_demo_torino';
export const partners: Partner[] = [
  { id: 'demo-torino', key: DEMO_KEY, origins: ['http://localhost:*', 'http://127.0.0.1:*'] },
  { id: 'other-site', key: 'pk_other_site', origins: ['https://vicini.example.org'] },
];

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text of any other answer. */
  body: any;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** A raw body, sent as is (with `contentType`). */
  raw?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  /** The partner key; `null` to send none. */
  key?: string | null;
  lang?: string;
  idempotencyKey?: string;
}

/** Checks an answer against the contract (when the path is an operation); returns what is wrong. */
export function contractProblems(method: string, path: string, answer: Answer): string[] {
  let found: ReturnType<typeof findOperation>;
  try {
    found = findOperation(method, new URL(path, 'http://x').pathname.replace(/^\/v1/, ''));
  } catch {
    return []; // a path that is no operation (malformed escape)
  }
  if (!found) return [];
  const contentType = answer.headers.get('content-type') ?? '';
  return validateResponse(found.operation, { status: answer.status, headers: answer.headers, body: answer.body, contentType });
}

export async function toAnswer(res: Response): Promise<Answer> {
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, headers: res.headers, text, body: json && text ? JSON.parse(text) : text };
}

/** Builds the request `call` sends. */
export function buildRequest(method: string, path: string, o: CallOptions = {}, base = 'http://localhost'): Request {
  const headers = new Headers(o.headers);
  if (o.key !== null) headers.set('Sportello-Partner-Key', o.key ?? DEMO_KEY);
  if (o.lang) headers.set('Accept-Language', o.lang);
  if (o.idempotencyKey) headers.set('Idempotency-Key', o.idempotencyKey);
  let body: BodyInit | undefined;
  if (o.raw !== undefined) {
    body = o.raw as BodyInit;
    if (o.contentType) headers.set('Content-Type', o.contentType);
  } else if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers.set('Content-Type', o.contentType ?? 'application/json');
  }
  return new Request(new URL(path, base), { method, headers, ...(body !== undefined ? { body } : {}) });
}

export interface Harness {
  db: SqliteDatabase;
  app: ReturnType<typeof createApp>;
  logs: string[];
  /** The app's clock; move it with `clock.set(...)`. */
  clock: { now: Date; set(d: Date | string): void };
  /** Sends a request through the app and asserts the answer conforms to the contract. */
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
}

/** A fresh app on a fresh in-memory database with the demo data around {@link DEMO_NOW}. */
export function harness(options: Partial<Pick<AppOptions, 'rateLimits' | 'trustProxy' | 'bodyLimit' | 'staticDir' | 'staticMounts'>> & { db?: SqliteDatabase; seed?: boolean } = {}): Harness {
  const db = options.db ?? openDatabase(':memory:');
  if (options.seed !== false) createSqliteStore(db).seed(demoSeed(DEMO_NOW));
  const logs: string[] = [];
  const clock = { now: DEMO_NOW, set: (d: Date | string) => void (clock.now = new Date(d)) };
  const { db: _db, seed: _seed, ...rest } = options;
  const app = createApp({
    db,
    partners,
    now: () => clock.now,
    logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
    rateLimits: false,
    ...rest,
  });
  return {
    db,
    app,
    logs,
    clock,
    async call(method, path, o = {}) {
      const answer = await toAnswer(await app.fetch(buildRequest(method, path, o)));
      assert.deepEqual(contractProblems(method, path, answer), [], `${method} ${path} → ${answer.status} breaks the contract: ${answer.text.slice(0, 300)}`);
      return answer;
    },
  };
}

let keys = 0;
/** A fresh idempotency key. */
export const newKey = () => `test-key-${Date.now().toString(36)}-${(keys++).toString(36)}`;

/** A valid booking request in the demo's open round, for someone who has never booked. */
export function bookingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    roundId: demoSeed(DEMO_NOW).rounds[0]!.id,
    applicant: { taxCode: demo.taxCodes.free, givenName: 'Luigi', familyName: 'Verdi' },
    householdSize: 2,
    building: { buildingCode: demo.buildingCode },
    contact: { phone: '333 123 4567' },
    privacyConsent: true,
    ...overrides,
  };
}
