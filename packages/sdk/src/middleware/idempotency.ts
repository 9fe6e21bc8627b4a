import type { Middleware } from 'openapi-fetch';
import type { paths } from '../generated/api';

/** The header that makes a create safe to retry. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

type Method = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

type DeclaresKey<Op> = [NonNullable<Op>] extends [never]
  ? false
  : NonNullable<Op> extends { parameters: { header: { [IDEMPOTENCY_KEY_HEADER]: unknown } } }
    ? true
    : false;

/**
 * Every operation of the contract that declares the `Idempotency-Key` header, as `'POST /path'`,
 * computed from the generated `paths` type (the residents' three creates and the operators' four).
 */
export type IdempotentOperation = {
  [P in keyof paths]: {
    [M in Method]: DeclaresKey<paths[P][M]> extends true ? `${Uppercase<M>} ${P}` : never;
  }[Method];
}[keyof paths];

// A Record over exactly those operations: a create added to (or removed from) the contract and not
// listed here (or still listed) is a compile error, so this runtime list cannot drift.
const IDEMPOTENT: Record<IdempotentOperation, true> = {
  'POST /ppe/bookings': true,
  'POST /events/{eventId}/registrations': true,
  'POST /help/requests': true,
  'POST /operator/ppe/bookings': true,
  'POST /operator/vouchers/redemptions': true,
  'POST /operator/ppe/rounds': true,
  'POST /operator/vouchers': true,
};

/** Whether the operation at `schemaPath` (as written in the contract) takes an `Idempotency-Key`. */
export function requiresIdempotencyKey(method: string, schemaPath: string): boolean {
  return Object.hasOwn(IDEMPOTENT, `${method.toUpperCase()} ${schemaPath}`);
}

/**
 * A new idempotency key (a UUID v4). Make one per logical create — per form submission — and pass
 * it with every attempt of that submission, including the ones a person starts again after going
 * offline, so the server answers the first result instead of creating a second booking:
 * ```ts
 * const key = newIdempotencyKey(); // when the form is submitted, kept until it succeeds
 * await client.POST('/ppe/bookings', { body, params: { header: { 'Idempotency-Key': key } } });
 * ```
 * `crypto.randomUUID` exists only in secure contexts (https, localhost); elsewhere the key is
 * built from `crypto.getRandomValues`, which every browser has.
 */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Gives every create that declares `Idempotency-Key` a key when the caller did not pass one.
 * It runs once per call, before the retrying `fetch`, so every automatic retry of that call resends
 * the same key. A key the caller passes (`params.header['Idempotency-Key']`) is kept as it is.
 */
export function idempotencyMiddleware(makeKey: () => string = newIdempotencyKey): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (request.headers.has(IDEMPOTENCY_KEY_HEADER)) return;
      if (requiresIdempotencyKey(request.method, schemaPath)) request.headers.set(IDEMPOTENCY_KEY_HEADER, makeKey());
    },
  };
}
