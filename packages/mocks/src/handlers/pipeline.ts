/**
 * What every mocked request goes through before and after the store: language, rate limits,
 * scenario overrides, latency, body parsing (415, 413, malformed JSON), idempotency keys still
 * in flight, then the answer with its headers.
 */
import { delay } from 'msw';
import type { Lang, Problem } from '../fixtures/types';
import { pickLang, rateLimitHeaders, toProblem, type Outcome, type ProblemSpec, type RateLimitBucket, type Store } from '../store';
import { problem } from '../store/problems';
import type { Scenario } from './scenarios';


const MAX_BODY = 16 * 1024;

/** The answer for a handler to send: an error on the wire, a problem, or a body. */
export type Answer<T, S extends number, OK extends number> =
  | { kind: 'network-error' }
  | { kind: 'problem'; status: S | 401 | 429 | 500 | 503; problem: Problem; headers: Headers }
  | { kind: 'ok'; status: OK; body: T; headers: Headers };

/** Statuses the pipeline itself may add: body problems (JSON operations), a key in flight (creates). */
type PipelineStatus<J extends boolean, K> = (J extends true ? 400 | 413 | 415 : never) | (K extends undefined ? never : 409);

export interface PipelineContext {
  store: Store;
  scenario: Scenario;
  latencyMs: number;
  inFlight: Set<string>;
}

export interface Call<T, S extends number, OK extends 200 | 201, J extends boolean, K extends string | null | undefined> {
  operationId: string;
  bucket?: RateLimitBucket;
  /** Read and parse a JSON body first (POST operations). */
  json?: J;
  /** The idempotency key, for creates: a second request with it while the first runs is `409`. */
  idempotencyKey?: K;
  run: (body: unknown, lang: Lang) => Outcome<T, S, OK>;
}

async function readJson(request: Request): Promise<{ body?: unknown; problem?: ProblemSpec<400 | 413 | 415> }> {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) {
    return { problem: problem(415, 'unsupported-media-type') };
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY) return { problem: problem(413, 'payload-too-large') };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { problem: problem(400, 'malformed-request') };
  }
}

/** Runs one request through the pipeline and the store. */
export async function answer<T, S extends number, OK extends 200 | 201, J extends boolean = false, K extends string | null | undefined = undefined>(
  ctx: PipelineContext,
  request: Request,
  call: Call<T, S, OK, J, K>,
): Promise<Answer<T, S | PipelineStatus<J, K>, OK>> {
  const lang = pickLang(request.headers.get('Accept-Language'));
  const limit = ctx.store.rateLimiter.take(call.bucket ?? 'default');
  const headers = new Headers(rateLimitHeaders(limit));
  const override = ctx.scenario.override?.(call.operationId);
  if (override?.kind === 'network-error') return { kind: 'network-error' };

  // The statuses here are the ones PipelineStatus and Answer declare for this call.
  const sendProblem = (spec: ProblemSpec): Answer<T, S | PipelineStatus<J, K>, OK> => {
    headers.set('Content-Type', 'application/problem+json');
    if (spec.retryAfterSeconds !== undefined) headers.set('Retry-After', String(spec.retryAfterSeconds));
    return { kind: 'problem', status: spec.status as S, problem: toProblem(spec, lang), headers };
  };

  const parsed = call.json ? await readJson(request) : {};
  const key = call.idempotencyKey ? `${call.operationId} ${call.idempotencyKey}` : undefined;
  if (key && ctx.inFlight.has(key)) return sendProblem(problem(409, 'idempotency-in-flight'));
  if (key) ctx.inFlight.add(key);
  try {
    if (ctx.latencyMs > 0) await delay(ctx.latencyMs);
    if (override?.kind === 'status') {
      if (override.status === 429) {
        headers.set('RateLimit-Remaining', '0');
        headers.set('RateLimit-Reset', String(override.retryAfterSeconds ?? 30));
      }
      const slug = ({ 401: 'unauthorized', 429: 'rate-limited', 500: 'internal-error', 503: 'service-unavailable' } as const)[override.status];
      return sendProblem(problem(override.status, slug, override.retryAfterSeconds !== undefined ? { retryAfterSeconds: override.retryAfterSeconds } : {}));
    }
    if (limit.retryAfter !== undefined) return sendProblem(problem(429, 'rate-limited', { retryAfterSeconds: limit.retryAfter }));
    if (parsed.problem) return sendProblem(parsed.problem);
    ctx.scenario.prepare?.(ctx.store, call.operationId, parsed.body);
    let outcome: Outcome<T, S, OK>;
    try {
      outcome = call.run(parsed.body, lang);
    } catch (error) {
      // A bug in the mocks must look like what it is to the widget: a server error.
      console.error('[@sportello/mocks]', call.operationId, error);
      return sendProblem(problem(500, 'internal-error'));
    }
    if (!outcome.ok) return sendProblem(outcome.problem);
    return { kind: 'ok', status: outcome.status, body: outcome.body, headers };
  } finally {
    if (key) ctx.inFlight.delete(key);
  }
}
