/**
 * Test helpers: an injectable `fetch` that answers from a handler and records what was asked,
 * and builders for the API's answers. Pass `fakeFetch(...)` to `createSportelloClient` per test
 * (as openapi-fetch's own tests do) instead of one global mock.
 */
import { createSportelloClient, type FieldError, type Problem, type SportelloClient } from '@sportello/sdk';

/** A request the fake fetch received, with its JSON body already read. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Answers a request; throw a `TypeError` to simulate a network failure. */
export type FetchHandler = (request: RecordedRequest) => Response | Promise<Response>;

/** A `fetch` that calls `handler` and keeps every request in `calls`. */
export function fakeFetch(handler: FetchHandler) {
  const calls: RecordedRequest[] = [];
  const fetch = async (input: Request): Promise<Response> => {
    const text = await input.clone().text();
    const recorded = { method: input.method, url: new URL(input.url), headers: input.headers, body: text ? JSON.parse(text) : undefined };
    calls.push(recorded);
    return handler(recorded);
  };
  return { fetch, calls };
}

/** A client over a fake fetch, with no retries so each test sees one request per call. */
export function testClient(handler: FetchHandler): { client: SportelloClient; calls: RecordedRequest[] } {
  const { fetch, calls } = fakeFetch(handler);
  return { client: createSportelloClient({ baseUrl: 'https://api.test/v1', fetch, retry: false }), calls };
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A problem details answer. */
export function problem(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A `validation-error` problem naming the given fields. */
export function validationProblem(errors: FieldError[]): Response {
  return problem({ type: 'urn:sportello:problem:validation-error', title: 'Dati non validi', status: 400, errors });
}

/** A `rate-limited` problem with `Retry-After`. */
export function rateLimitedProblem(seconds: number): Response {
  return problem(
    { type: 'urn:sportello:problem:rate-limited', title: 'Troppe richieste', status: 429, retryAfterSeconds: seconds },
    { 'Retry-After': String(seconds) },
  );
}
