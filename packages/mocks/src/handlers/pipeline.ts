/**
 * What every mocked request goes through, in the reference server's order: language, rate limit,
 * scenario overrides, latency, the body (415, 413, malformed JSON), the contract's request
 * validation (the generated validators), then the domain's service on the in-memory store. The
 * answer is a plain `Response` with the headers the server would send.
 */
import { delay } from 'msw';
import { findOperation, validateRequest } from '@sportello/contract/requests';
import {
  createServices,
  fingerprint,
  IDEMPOTENT_OPERATIONS,
  pickLang,
  problem,
  ProblemError,
  problemBody,
  validationError,
  type ProblemSpec,
  type ServiceContext,
  type Services,
} from '@sportello/domain';
import type { Lang } from '@sportello/sdk';
import type { Store } from '../store';
import { bucketOf, rateLimitHeaders } from '../rate-limit';
import type { Scenario } from './scenarios';
import { demoOperatorOf } from '../demo-auth';

/** The contract version the mocks implement. */
export const CONTRACT_VERSION = '1.0.0';

const MAX_BODY = 16 * 1024;
const services: Services = createServices({ version: CONTRACT_VERSION });
let requests = 0;

export interface PipelineContext {
  store: Store;
  scenario: Scenario;
  latencyMs: number;
}

async function readJson(request: Request): Promise<unknown> {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) throw ProblemError.of(problem(415, 'unsupported-media-type'));
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY) throw ProblemError.of(problem(413, 'payload-too-large'));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw ProblemError.of(problem(400, 'malformed-request'));
  }
}

/** Answers one request as the reference server would, or `undefined` for a network error. */
export async function answer(ctx: PipelineContext, request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  const pathname = url.pathname.slice(url.pathname.indexOf('/v1') + 3) || '/';
  const found = findOperation(request.method, pathname)!;
  const operationId = found.operation.operationId;
  const lang: Lang = pickLang(request.headers.get('Accept-Language'));
  const requestId = `mock-${(++requests).toString(36).padStart(6, '0')}`;
  const limit = ctx.store.rateLimiter.take(bucketOf(operationId));
  const headers = new Headers(rateLimitHeaders(limit));
  const override = ctx.scenario.override?.(operationId);
  if (override?.kind === 'network-error') return undefined;

  const sendProblem = (p: ProblemError) => {
    for (const [k, v] of Object.entries(p.headers)) headers.set(k, v);
    headers.set('Content-Type', 'application/problem+json');
    return new Response(JSON.stringify(problemBody(p, lang, requestId)), { status: p.status, headers });
  };

  try {
    if (ctx.latencyMs > 0) await delay(ctx.latencyMs);
    if (override?.kind === 'status') {
      if (override.status === 429) {
        headers.set('RateLimit-Remaining', '0');
        headers.set('RateLimit-Reset', String(override.retryAfterSeconds ?? 30));
      }
      const slug = ({ 401: 'unauthorized', 429: 'rate-limited', 500: 'internal-error', 503: 'service-unavailable' } as const)[override.status];
      const spec: ProblemSpec = problem(override.status, slug, override.retryAfterSeconds !== undefined ? { retryAfterSeconds: override.retryAfterSeconds } : {});
      return sendProblem(ProblemError.of(spec));
    }
    if (limit.retryAfter !== undefined) return sendProblem(ProblemError.of(problem(429, 'rate-limited', { retryAfterSeconds: limit.retryAfter })));
    const post = request.method === 'POST';
    const body = post ? await readJson(request) : undefined;
    const errors = validateRequest(found.operation, { params: found.params, query: url.searchParams, headers: request.headers, body });
    if (errors.length) throw validationError(errors);
    ctx.scenario.prepare?.(ctx.store, operationId, body);
    const key = IDEMPOTENT_OPERATIONS.has(operationId) ? request.headers.get('Idempotency-Key') : null;
    const partnerId = request.headers.get('Sportello-Partner-Key') ?? 'anonymous';
    const service = services[operationId as keyof Services] as (c: ServiceContext) => ReturnType<Services['show_status']>;
    const operator = demoOperatorOf(request.headers.get('Authorization'));
    const reply = await service({
      store: ctx.store,
      now: ctx.store.clock().getTime(),
      lang,
      requestId,
      params: found.params,
      query: url.searchParams,
      body,
      ...(operator ? { operator, partnerId } : {}),
      ...(key ? { idempotency: { partnerId, key, fingerprint: fingerprint(operationId, found.params, body) } } : {}),
      ...(operator ? { operator } : {}),
      partnerId,
      operationId,
    });
    if (reply.replayed) headers.set('Idempotent-Replayed', 'true');
    for (const [k, v] of Object.entries(reply.headers ?? {})) headers.set(k, v);
    const contentType = reply.contentType ?? 'application/json';
    headers.set('Content-Type', contentType);
    const text = typeof reply.body === 'string' && (reply.replayed || !contentType.includes('json')) ? reply.body : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status, headers });
  } catch (error) {
    if (error instanceof ProblemError) return sendProblem(error);
    // A bug in the mocks must look like what it is to the widget: a server error.
    console.error('[@sportello/mocks]', operationId, error);
    return sendProblem(new ProblemError('internal-error', 500));
  }
}
