/**
 * Idempotent creates: the first request with a key runs and its answer is stored for 24 hours per
 * partner; a retry with the same key and body gets that answer again, with a different body `422
 * idempotency-key-reused`, while the first is still running `409 idempotency-in-flight`.
 * Validation errors (400) and server errors are not stored: the key is released, so the same key
 * can be sent again once the input is fixed or the server is back.
 */
import { createHash } from 'node:crypto';
import type { IdempotencyStore } from '../store/store';
import { ProblemError } from './problem';

/** Operations that take an `Idempotency-Key`. */
export const IDEMPOTENT_OPERATIONS = new Set(['create_ppe_booking', 'create_event_registration', 'create_help_request']);

/** Object keys sorted, so that `{a,b}` and `{b,a}` are the same request. */
function canonical(value: unknown, depth = 0): unknown {
  if (depth > 32) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map((v) => canonical(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k], depth + 1)]));
  }
  return value;
}

/** A digest of what makes a request the same request: the operation, its path and its body. */
export function fingerprint(operationId: string, params: Record<string, string>, body: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(canonical([operationId, params, body]));
  } catch {
    text = JSON.stringify([operationId, params, 'too deep to compare']);
  }
  return createHash('sha256').update(text).digest('base64url');
}

export interface StoredAnswer {
  status: number;
  /** The JSON text sent. */
  body: string;
  replayed: boolean;
}

/**
 * Runs `produce` at most once per partner and key. `produce` returns the answer's status and
 * JSON text (problems included, already rendered); it may throw for unexpected failures.
 */
export async function once(
  store: IdempotencyStore,
  claim: { partnerId: string; key: string; fingerprint: string; nowMs: number },
  produce: () => Promise<{ status: number; body: string }>,
): Promise<StoredAnswer> {
  const found = await store.claim(claim.partnerId, claim.key, claim.fingerprint, claim.nowMs);
  if (found.kind === 'replay') return { status: found.status, body: found.body, replayed: true };
  if (found.kind === 'mismatch') throw new ProblemError('idempotency-key-reused', 422);
  if (found.kind === 'in-flight') throw new ProblemError('idempotency-in-flight', 409);
  let answer: { status: number; body: string };
  try {
    answer = await produce();
  } catch (error) {
    await store.release(claim.partnerId, claim.key).catch(() => undefined);
    throw error;
  }
  if (answer.status === 400 || answer.status >= 500) await store.release(claim.partnerId, claim.key);
  else await store.complete(claim.partnerId, claim.key, answer.status, answer.body);
  return { ...answer, replayed: false };
}
