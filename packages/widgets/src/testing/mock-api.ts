/**
 * The whole mock API (`@sportello/mocks`) in browser tests: one msw worker per test file, a fresh
 * store per test (`serve`), and a log of the requests that reached it.
 *
 * ```ts
 * const api = mockApi();
 * before(() => api.start());
 * after(() => api.stop());
 * it('…', async () => {
 *   const mock = api.serve({ scenario: 'offline' });
 *   const el = await fixture(html`<sportello-x .client=${api.client}></sportello-x>`);
 *   …
 *   expect(mock.store.state.helpTickets).to.have.length(5);
 *   expect(api.count('POST', '/v1/help/requests')).to.equal(1);
 * });
 * ```
 */
import { createHandlers, type HandlerOptions, type SportelloHandlers } from '@sportello/mocks';
import { createSportelloClient, type SportelloClient } from '@sportello/sdk';
import { startWorker } from './msw';

/** A request the mock API received. */
export interface LoggedRequest {
  method: string;
  path: string;
  /** The `Idempotency-Key` header, for creates. */
  idempotencyKey: string | null;
}

export function mockApi() {
  const { worker, start } = startWorker();
  const requests: LoggedRequest[] = [];
  worker.events.on('request:start', ({ request }) => {
    requests.push({ method: request.method, path: new URL(request.url).pathname, idempotencyKey: request.headers.get('Idempotency-Key') });
  });
  /** A client on the same origin, with no retries: each call is one request. */
  const client: SportelloClient = createSportelloClient({ baseUrl: `${location.origin}/v1`, retry: false });
  return {
    worker,
    client,
    requests,
    start: () => start(),
    stop: () => worker.stop(),
    /** Serves a fresh mock API (no rate limits unless asked) and forgets the logged requests. */
    serve(options: HandlerOptions = {}): SportelloHandlers {
      const handlers = createHandlers({ rateLimits: false, ...options });
      worker.resetHandlers(...handlers);
      requests.length = 0;
      return handlers;
    },
    /** How many requests reached `method path` (e.g. `'POST', '/v1/help/requests'`). */
    count(method: string, path: string): number {
      return requests.filter((r) => r.method === method && r.path === path).length;
    },
  };
}
