/**
 * Idempotent creates, decided once for every store. A create sent with a key runs at most once per
 * partner and key: its answer — success or problem — is stored in the same transaction as the
 * write (see `IdempotentWrite` in the ports), and a retry with the same key and the same request
 * gets that answer again, byte for byte, with `Idempotent-Replayed: true`; the same key with another
 * request is `422 idempotency-key-reused`. Requests refused by validation (400) write nothing and
 * keep no key, so a person can correct a form and send it again with the same key (as Stripe does).
 * A write that fails unexpectedly rolls back with its key: the retry runs again.
 */
import { ProblemError, problemBody } from './problems';
import type { IdempotentWrite, KeyHit } from './ports';
import type { Reply, ServiceContext } from './services/context';

/** JSON with object keys sorted, so that `{a,b}` and `{b,a}` are the same body. */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > 32) return '"too deep to compare"';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, depth + 1)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Two independent 32-bit FNV-1a style hashes of a text, as 16 hex digits (synchronous, browser-safe). */
function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** What makes a request the same request: the operation, its path parameters and its body. */
export function fingerprint(operationId: string, params: Record<string, string>, body: unknown): string {
  const text = canonicalJson([operationId, params, body]);
  return `${text.length.toString(36)}-${hash64(text)}`;
}

type Failure<O> = Extract<O, { ok: false }>;
type Success<O> = Extract<O, { ok: true }>;

/**
 * Runs a create through the store: with the context's key claimed in the write's transaction, a
 * fresh random code on each attempt (a clash between random codes, `code-taken`, is retried up to
 * three times and never stored), the key's first answer replayed, a different request under the
 * same key refused.
 */
export async function createOnce<O extends { ok: true } | { ok: false; reason: string }>(
  ctx: ServiceContext<unknown>,
  write: (idem: IdempotentWrite<O> | undefined) => Promise<O | KeyHit>,
  success: (outcome: Success<O>) => Reply,
  failure: (outcome: Failure<O>) => ProblemError,
): Promise<Reply> {
  const idem: IdempotentWrite<O> | undefined = ctx.idempotency && {
    ...ctx.idempotency,
    answer: (outcome) => {
      if (outcome.ok) {
        const reply = success(outcome as Success<O>);
        return { status: reply.status, body: JSON.stringify(reply.body) };
      }
      if ((outcome as Failure<O>).reason === 'code-taken') return undefined;
      const problem = failure(outcome as Failure<O>);
      return { status: problem.status, body: JSON.stringify(problemBody(problem, ctx.lang, ctx.requestId)) };
    },
  };
  let result: O | KeyHit = { ok: false, reason: 'code-taken' } as O;
  for (let attempt = 0; attempt < 3 && !result.ok && result.reason === 'code-taken'; attempt++) result = await write(idem);
  if (result.ok) return success(result as Success<O>);
  if (result.reason === 'key-replay') {
    const { answer } = result as Extract<KeyHit, { reason: 'key-replay' }>;
    return { status: answer.status, body: answer.body, replayed: true, contentType: answer.status >= 400 ? 'application/problem+json' : 'application/json' };
  }
  if (result.reason === 'key-mismatch') throw new ProblemError('idempotency-key-reused', 422);
  if (result.reason === 'code-taken') throw new Error('no free code after three attempts');
  throw failure(result as Failure<O>);
}
