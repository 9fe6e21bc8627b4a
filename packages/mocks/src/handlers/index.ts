/**
 * msw handlers for every operation of the contract, typed by its `paths` through openapi-msw (a
 * path the contract does not have fails to compile). Each one only hands the request to the
 * pipeline: the domain's services answer, on the in-memory store.
 */
import { HttpResponse, type HttpHandler } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '@sportello/sdk';
import { createFixtures, type Fixtures } from '@sportello/demo-data';
import { createStore, type Store } from '../store';
import type { RateLimitBucket, RateLimitPolicy } from '../rate-limit';
import { answer, type PipelineContext } from './pipeline';
import { scenarios, type ScenarioName } from './scenarios';

export interface HandlerOptions {
  /**
   * Where the API is mounted. Default: `/v1` on any origin (msw's `*` wildcard, then `/v1`), so the
   * same handlers serve a same-origin `/v1` in Storybook and web-test-runner, and
   * `http://localhost:8080/v1` in Node. Pass an absolute URL to match one origin only.
   */
  baseUrl?: string;
  /** A named scenario (default `'default'`). */
  scenario?: ScenarioName;
  /** The clock: fixtures are built around it and the store's time is frozen at it. Default: real time. */
  now?: Date;
  /** The data to start from (the scenario still transforms it). Default `createFixtures(now)`. */
  fixtures?: Fixtures;
  /** A store to serve from, e.g. one a test inspects; the scenario's data changes are then not applied. */
  store?: Store;
  /** Milliseconds before each answer; overrides the scenario's (e.g. 2500 for `slow`). Default 0. */
  latencyMs?: number;
  /** Rate limits of the store created here (see `createStore`), or `false` for none. */
  rateLimits?: Partial<Record<RateLimitBucket, RateLimitPolicy>> | false;
}

/** The handlers, with the store they serve from. */
export type SportelloHandlers = HttpHandler[] & {
  store: Store;
  scenario: ScenarioName;
  /**
   * Answers a request as these handlers do (`undefined` for a network error): for a test's own
   * handler that lets the mock server act, then drops the answer on the way back.
   */
  answer: (request: Request) => Promise<Response | undefined>;
};

/** Creates the handlers and a fresh store for them (nothing is shared between two calls). */
export function createHandlers(options: HandlerOptions = {}): SportelloHandlers {
  const name = options.scenario ?? 'default';
  const scenario = scenarios[name];
  const store =
    options.store ??
    createStore({
      fixtures: (scenario.fixtures ?? ((f) => f))(options.fixtures ?? createFixtures(options.now ?? new Date())),
      ...(options.now ? { now: options.now } : {}),
      ...(options.rateLimits !== undefined ? { rateLimits: options.rateLimits } : {}),
    });
  const ctx: PipelineContext = { store, scenario, latencyMs: options.latencyMs ?? scenario.latencyMs ?? 0 };
  const http = createOpenApiHttp<paths>({ baseUrl: options.baseUrl ?? '*/v1' });
  const respond = async ({ request }: { request: Request }) => (await answer(ctx, request)) ?? HttpResponse.error();

  const handlers: HttpHandler[] = [
    http.get('/status', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/ppe/rounds', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/ppe/building-lookups', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/ppe/bookings', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/ppe/booking-lookups', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/ppe/bookings/{bookingCode}/cancellation', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/vouchers/checks', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/vouchers/shops', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/events', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/events/{eventId}', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/events/{eventId}/calendar.ics', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/events/{eventId}/registrations', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/help/topics', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/help/requests', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/help/request-lookups', async ({ request, response }) => response.untyped(await respond({ request }))),
    // The operators' side (bearer token: `demoToken(name)` in the mocks).
    http.get('/operator/me', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/operator/ppe/bookings', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/ppe/bookings', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/ppe/delivery-updates', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/operator/ppe/delivery-list', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/vouchers/redemptions', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/operator/vouchers/redemptions', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/vouchers/redemptions/{redemptionId}/void', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/operator/help/requests', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/operator/help/requests/{ticketCode}', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/help/requests/{ticketCode}/assignment', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/help/requests/{ticketCode}/schedule', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/help/requests/{ticketCode}/closure', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/operator/events/{eventId}/attendance', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/registrations/{registrationCode}/check-in', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/registrations/{registrationCode}/cancellation', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/ppe/rounds', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/ppe/rounds/{roundId}/changes', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/vouchers', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.post('/operator/vouchers/{voucherCode}/revocation', async ({ request, response }) => response.untyped(await respond({ request }))),
    http.get('/operator/audit-log', async ({ request, response }) => response.untyped(await respond({ request }))),
  ];

  return Object.assign(handlers, { store, scenario: name, answer: (request: Request) => answer(ctx, request) });
}
