/**
 * msw handlers for every operation of the contract, typed by its `paths` through openapi-msw: a
 * contract change that a handler no longer matches (a path, a status, a body) fails to compile.
 */
import { HttpResponse, type HttpHandler } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '@sportello/sdk';
import { createFixtures, type Fixtures } from '../fixtures';
import { createStore, type RateLimitBucket, type RateLimitPolicy, type Store } from '../store';
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
export type SportelloHandlers = HttpHandler[] & { store: Store; scenario: ScenarioName };

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
  const ctx: PipelineContext = { store, scenario, latencyMs: options.latencyMs ?? scenario.latencyMs ?? 0, inFlight: new Set() };
  const http = createOpenApiHttp<paths>({ baseUrl: options.baseUrl ?? '*/v1' });
  const problemJson = { 'Content-Type': 'application/problem+json' };

  const handlers: HttpHandler[] = [
    http.get('/status', async ({ request, response }) => {
      const a = await answer(ctx, request, { operationId: 'show_status', run: () => ({ ok: true, status: 200, body: store.status() }) });
      if (a.kind === 'network-error') return HttpResponse.error();
      // The status endpoint declares no 401; no scenario answers it with one.
      if (a.kind === 'problem') return response(a.status as 429 | 500 | 503).json(a.problem, { headers: a.headers });
      a.headers.set('Content-Type', problemJson['Content-Type']);
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.get('/ppe/rounds', async ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      const a = await answer(ctx, request, { operationId: 'list_ppe_rounds', run: (_b, lang) => store.listRounds(query, lang) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.post('/ppe/building-lookups', async ({ request, response }) => {
      const a = await answer(ctx, request, { operationId: 'resolve_ppe_building', json: true, run: (body) => store.resolveBuilding(body) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.post('/ppe/bookings', async ({ request, response }) => {
      const key = request.headers.get('Idempotency-Key');
      const a = await answer(ctx, request, { operationId: 'create_ppe_booking', json: true, idempotencyKey: key, run: (body) => store.createBooking(body, key) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.post('/ppe/booking-lookups', async ({ request, response }) => {
      const a = await answer(ctx, request, { operationId: 'find_ppe_booking', bucket: 'lookups', json: true, run: (body) => store.findBooking(body) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.post('/ppe/bookings/{bookingCode}/cancellation', async ({ request, params, response }) => {
      const a = await answer(ctx, request, { operationId: 'cancel_ppe_booking', json: true, run: (body) => store.cancelBooking(params.bookingCode, body) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.post('/vouchers/checks', async ({ request, response }) => {
      const a = await answer(ctx, request, { operationId: 'check_voucher', bucket: 'lookups', json: true, run: (body) => store.checkVoucher(body) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.get('/vouchers/shops', async ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      const a = await answer(ctx, request, { operationId: 'list_voucher_shops', run: () => store.listShops(query) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.get('/events', async ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      const a = await answer(ctx, request, { operationId: 'list_events', run: (_b, lang) => store.listEvents(query, lang) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.get('/events/{eventId}', async ({ request, params, response }) => {
      const a = await answer(ctx, request, { operationId: 'show_event', run: (_b, lang) => store.showEvent(params.eventId, lang) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.get('/events/{eventId}/calendar.ics', async ({ request, params, response }) => {
      const a = await answer(ctx, request, { operationId: 'show_event_calendar_file', run: (_b, lang) => store.eventCalendar(params.eventId, lang) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      a.headers.set('Content-Type', 'text/calendar; charset=utf-8');
      a.headers.set('Content-Disposition', `attachment; filename="${a.body.filename}"`);
      return response(a.status).text(a.body.ics, { headers: a.headers });
    }),

    http.post('/events/{eventId}/registrations', async ({ request, params, response }) => {
      const key = request.headers.get('Idempotency-Key');
      const a = await answer(ctx, request, {
        operationId: 'create_event_registration',
        json: true,
        idempotencyKey: key,
        run: (body) => store.register(params.eventId, body, key),
      });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.get('/help/topics', async ({ request, response }) => {
      const a = await answer(ctx, request, { operationId: 'list_help_topics', run: (_b, lang) => store.listTopics(lang) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.post('/help/requests', async ({ request, response }) => {
      const key = request.headers.get('Idempotency-Key');
      const a = await answer(ctx, request, { operationId: 'create_help_request', json: true, idempotencyKey: key, run: (body) => store.createRequest(body, key) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),

    http.post('/help/request-lookups', async ({ request, response }) => {
      const a = await answer(ctx, request, { operationId: 'find_help_request', bucket: 'lookups', json: true, run: (body) => store.findRequest(body) });
      if (a.kind === 'network-error') return HttpResponse.error();
      if (a.kind === 'problem') return response(a.status).json(a.problem, { headers: a.headers });
      return response(a.status).json(a.body, { headers: a.headers });
    }),
  ];

  return Object.assign(handlers, { store, scenario: name });
}
