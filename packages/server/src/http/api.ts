/**
 * The API under `/v1`: one dispatcher driven by the contract. For each request: CORS, rate limit,
 * the operation (`findOperation`), the partner key, the body (size, media type, JSON), the
 * contract's request validation, then the operation's handler — through the idempotency store for
 * creates. Every answer carries the `RateLimit-*` headers; every problem is problem+json.
 */
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { findOperation, methodsFor, validateRequest, type Operation } from '@sportello/contract';
import type { Lang } from '../types';
import { fingerprint, IDEMPOTENT_OPERATIONS, ProblemError, problemBody, validationError, type ServiceContext, type Services, type Store } from '@sportello/domain';
import { readJsonBody } from './body';
import { describeError, type LogFields, type Logger } from './logger';
import type { PartnerRegistry } from './partners';
import { categoryOf, type RateLimiter, type RateState } from './rate-limit';
import type { Admission } from './admission';
import type { SharedRateLimiter } from './shared-rate-limit';
import { bearerToken, requiresBearer, TokenRefused, type TokenVerifier } from './auth';
import type { Operator } from '@sportello/domain';

export interface ApiDeps {
  store: Store;
  services: Services;
  /** Whether an error means the database is busy or unreachable for a moment (answered 503). */
  isTransient: (error: unknown) => boolean;
  partners: PartnerRegistry;
  /** In this process's memory, or shared by every process (`SharedRateLimiter`, on PostgreSQL). */
  limiter: RateLimiter | SharedRateLimiter | undefined;
  logger: Logger;
  now: () => number;
  bodyLimit: number;
  trustProxy: boolean;
  /** Admission control: the bound on requests in progress (none when absent). */
  admission?: Admission | undefined;
  /** Verifies operators' bearer tokens; without it every bearer token is refused (401). See `http/auth.ts`. */
  tokens?: TokenVerifier | undefined;
}

export type AppEnv = { Bindings: HttpBindings; Variables: { reqId: string; lang: Lang; log: LogFields } };

/** Security headers of every API answer. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

const ALLOWED_HEADERS = 'Sportello-Partner-Key, Idempotency-Key, Authorization, Accept-Language, Content-Type';
const EXPOSED_HEADERS = 'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed, X-Request-Id, WWW-Authenticate';
const UNLIMITED: RateState = { limit: 1_000_000, remaining: 1_000_000, reset: 0, exceeded: false };

/** The caller's address, for rate limits only (never logged). */
function clientOf(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}

/** The operation a request addresses; `null` for a path with a malformed %-escape. */
function find(method: string, pathname: string): { operation: Operation; params: Record<string, string> } | undefined | null {
  try {
    return findOperation(method === 'HEAD' ? 'GET' : method, pathname);
  } catch {
    return null;
  }
}

const hasBody = (op: Operation) => op.method === 'post' || op.method === 'put' || op.method === 'patch';

/** The request handler for everything under `/v1`. */
export function createApi(deps: ApiDeps) {
  const render = (problem: ProblemError, lang: Lang, reqId: string) => JSON.stringify(problemBody(problem, lang, reqId));

  // --- operators (bearer tokens) ---
  /**
   * The operator of the request's bearer token: `undefined` without one (unless the contract
   * requires one), else a verified token's operator or a problem (401; 503 when the provider is
   * unreachable). Never logs the token or its claims, only the subject.
   */
  const authenticate = async (header: string | undefined, op: Operation, log: LogFields, reqId: string): Promise<Operator | undefined> => {
    try {
      const token = bearerToken(header);
      if (token === null) throw new TokenRefused('not a bearer token');
      if (token === undefined) {
        if (requiresBearer(op)) throw new TokenRefused('no token', false);
        return undefined;
      }
      if (!deps.tokens) throw new TokenRefused('no identity provider configured');
      const operator = await deps.tokens.verify(token);
      log.operator = operator.subject;
      return operator;
    } catch (error) {
      if (error instanceof TokenRefused) log.auth = error.reason;
      else if (error instanceof ProblemError && error.status === 503) deps.logger.warn('identity provider unreachable', { reqId });
      throw error;
    }
  };

  return async (c: Context<AppEnv>): Promise<Response> => {
    const reqId = c.get('reqId');
    const lang = c.get('lang');
    const log = c.get('log');
    const nowMs = deps.now();
    const method = c.req.method;
    const pathname = c.req.path.slice('/v1'.length) || '/';
    const found = find(method, pathname);
    // A plain object, not a Headers: @hono/node-server writes it to the socket as it is.
    const headers: Record<string, string> = { ...API_HEADERS, Vary: 'Origin', 'X-Request-Id': reqId };
    if (found) {
      log.operation = found.operation.operationId;
      log.route = `/v1${found.operation.path}`;
    }

    // CORS: only for the origins of the partner whose key is sent (any partner's, for preflights).
    const origin = c.req.header('origin');
    const partner = deps.partners.byKey(c.req.header('sportello-partner-key'));
    if (partner) log.partner = partner.id;
    const corsAllowed = origin !== undefined && (partner ? deps.partners.allows(partner, origin) : deps.partners.allowsAny(origin));
    if (corsAllowed) {
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
    }

    const category = categoryOf(found?.operation.operationId);
    const client = clientOf(c, deps.trustProxy);
    const preflight = method === 'OPTIONS';
    const rate = deps.limiter ? await deps.limiter.hit(category, client, partner, nowMs, !preflight) : UNLIMITED;
    headers['RateLimit-Limit'] = String(rate.limit);
    headers['RateLimit-Remaining'] = String(rate.remaining);
    headers['RateLimit-Reset'] = String(rate.reset);

    const send = (status: number, body: string | null, contentType?: string) => {
      if (contentType) headers['Content-Type'] = contentType;
      log.status = status;
      return new Response(body, { status, headers });
    };
    const sendProblem = (problem: ProblemError) => {
      Object.assign(headers, problem.headers);
      log.problem = problem.slug;
      return send(problem.status, render(problem, lang, reqId), 'application/problem+json');
    };

    if (preflight) {
      const allowed = methodsFor(pathname);
      headers.Allow = [...allowed, 'OPTIONS'].join(', ');
      const asked = c.req.header('access-control-request-method')?.toUpperCase();
      if (corsAllowed && asked && allowed.includes(asked)) {
        headers['Access-Control-Allow-Methods'] = allowed.join(', ');
        headers['Access-Control-Allow-Headers'] = ALLOWED_HEADERS;
        headers['Access-Control-Max-Age'] = '600';
        headers.Vary = 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers';
      }
      return send(allowed.length ? 204 : 404, null);
    }

    // Admission control: past the bound, answer at once instead of queueing (status always answers).
    const admitted = !deps.admission || found?.operation.operationId === 'show_status' || deps.admission.enter();
    if (!admitted) {
      const wait = String(deps.admission!.retryAfterSeconds);
      return sendProblem(new ProblemError('service-unavailable', 503, { retryAfterSeconds: deps.admission!.retryAfterSeconds }, { 'Retry-After': wait }));
    }
    const counted = admitted && deps.admission !== undefined && found?.operation.operationId !== 'show_status';

    try {
      if (rate.exceeded) {
        throw new ProblemError('rate-limited', 429, { retryAfterSeconds: rate.reset }, { 'Retry-After': String(Math.max(1, rate.reset)) });
      }
      if (!found) {
        const allowed = found === null ? [] : methodsFor(pathname);
        if (allowed.length) headers.Allow = allowed.join(', ');
        throw new ProblemError('not-found', allowed.length ? 405 : 404);
      }
      const op = found.operation;
      if (op.operationId !== 'show_status') {
        if (!partner) throw new ProblemError('unauthorized', 401);
        if (origin !== undefined && !corsAllowed) throw new ProblemError('forbidden-origin', 401);
      }
      const operator = await authenticate(c.req.header('authorization'), op, log, reqId);
      const body = hasBody(op) ? await readJsonBody(c.req.raw, deps.bodyLimit, c.env?.incoming) : undefined;
      const query = new URL(c.req.url).searchParams;
      const errors = validateRequest(op, { params: found.params, query, headers: c.req.raw.headers, body });
      if (errors.length) throw validationError(errors);

      // The body was checked against the operation's schema just above: the service's type holds.
      const service = deps.services[op.operationId as keyof Services] as (ctx: ServiceContext) => ReturnType<Services['show_status']>;
      const key = IDEMPOTENT_OPERATIONS.has(op.operationId) && partner ? c.req.header('idempotency-key') : undefined;
      const reply = await service({
        store: deps.store,
        now: nowMs,
        lang,
        requestId: reqId,
        params: found.params,
        query,
        body,
        ...(key && partner ? { idempotency: { partnerId: partner.id, key, fingerprint: fingerprint(op.operationId, found.params, body) } } : {}),
        ...(operator ? { operator } : {}),
        ...(partner ? { partnerId: partner.id } : {}),
        operationId: op.operationId,
      });
      if (reply.replayed) {
        headers['Idempotent-Replayed'] = 'true';
        log.replayed = true;
        return send(reply.status, reply.body as string, reply.contentType);
      }
      Object.assign(headers, reply.headers);
      const text = typeof reply.body === 'string' && reply.contentType && !reply.contentType.includes('json') ? reply.body : JSON.stringify(reply.body);
      return send(reply.status, text, reply.contentType ?? 'application/json');
    } catch (error) {
      if (error instanceof ProblemError) return sendProblem(error);
      if (deps.isTransient(error)) {
        deps.logger.warn('database busy', { reqId, error: describeError(error) });
        return sendProblem(new ProblemError('service-unavailable', 503, { retryAfterSeconds: 1 }, { 'Retry-After': '1' }));
      }
      deps.logger.error('unexpected error', { reqId, ...(log.operation ? { operation: log.operation } : {}), error: describeError(error) });
      return sendProblem(new ProblemError('internal-error', 500));
    } finally {
      if (counted) deps.admission!.leave();
    }
  };
}
