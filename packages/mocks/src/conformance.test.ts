/** The msw mocks pass the API conformance suite (the same one the server passes). */
import { after, before } from 'node:test';
import { setupServer } from 'msw/node';
import { runApiConformance } from '@sportello/conformance';
import { createHandlers, createStore, demoToken } from './index';

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

runApiConformance({
  name: 'msw mocks (domain on the in-memory store)',
  start: async (seed, now) => {
    server.resetHandlers(...createHandlers({ baseUrl: 'http://localhost:8080/v1', store: createStore({ seed, now }) }));
    return { fetch: (request) => fetch(request), close: async () => server.resetHandlers() };
  },
  token: async (name) => demoToken(name),
});
