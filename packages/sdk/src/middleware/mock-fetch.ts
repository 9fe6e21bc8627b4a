/**
 * Test helpers (not exported by the package): a recording `fetch` to inject per test, as
 * openapi-fetch's own tests do, and canned answers.
 */
import { createSportelloClient, type SportelloClientOptions } from '../client';
import type { BookingRequest, Problem, ProblemType } from '../types';
import type { FetchLike } from './fetch';

/** One request the mock received, with its body read. */
export interface Call {
  request: Request;
  body: string;
}

/** What the mock answers to the n-th call (0-based): a response, or an error to throw. */
export type Responder = (request: Request, n: number) => Response | Error | Promise<Response | Error>;

/** A `fetch` that records every request and answers with `responder`. */
export function mockFetch(responder: Responder = () => json(200, {})): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: FetchLike = async (request) => {
    calls.push({ request, body: await request.clone().text() });
    const answer = await responder(request, calls.length - 1);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, calls };
}

/** Answers from a list, one per call; the last one repeats. */
export function sequence(...answers: Array<Response | Error | (() => Response | Error)>): Responder {
  return (_request, n) => {
    const a = answers[Math.min(n, answers.length - 1)]!;
    return typeof a === 'function' ? a() : a;
  };
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** An `application/problem+json` answer of the given slug. */
export function problem(status: number, slug: string, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): Response {
  const body = { type: `urn:sportello:problem:${slug}` as ProblemType, title: 'Titolo', status, ...extra } satisfies Problem;
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

/** A `sleep` that waits for nothing and records each delay asked for. */
export function recordingSleep(): { sleep: (ms: number, signal: AbortSignal) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms, signal) => {
      delays.push(ms);
      if (signal.aborted) throw signal.reason;
    },
  };
}

/** A `fetch` failure as browsers and Node report it. */
export const networkError = (): TypeError => new TypeError('fetch failed');

/** A client over a mock fetch, retries without waiting. */
export function testClient(responder?: Responder, options: Partial<SportelloClientOptions> = {}) {
  const mock = mockFetch(responder);
  const sleeper = recordingSleep();
  const client = createSportelloClient({
    baseUrl: 'https://api.example.test/v1',
    fetch: mock.fetch,
    retry: { sleep: sleeper.sleep },
    ...options,
  });
  return { client, calls: mock.calls, delays: sleeper.delays };
}

/** A valid booking request body, for the creates. */
export const bookingBody = {
  roundId: 'ffp2-2026-12',
  applicant: { taxCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' },
  householdSize: 3,
  building: { buildingCode: 'TO-0412' },
  contact: { phone: '+393331234567' },
  privacyConsent: true,
} satisfies BookingRequest;
