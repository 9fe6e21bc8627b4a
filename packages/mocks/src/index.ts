/**
 * `@sportello/mocks`: the Sportello API in msw, for stories, browser tests and Node tests — the
 * domain's services (`@sportello/domain`) on its in-memory store, over the demo city
 * (`@sportello/demo-data`). No rules of their own.
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createHandlers } from '@sportello/mocks';
 *
 * const handlers = createHandlers({ scenario: 'round-full', now: DEMO_NOW });
 * setupServer(...handlers).listen();
 * handlers.store.state.bookings.length; // what the mock server holds
 * ```
 *
 * Stories: `parameters: { msw: { handlers: createHandlers({ scenario: 'slow' }) } }`.
 */
export { createHandlers, type HandlerOptions, type SportelloHandlers } from './handlers';
export { CONTRACT_VERSION } from './handlers/pipeline';
export { demoToken, demoOperatorOf } from './demo-auth';
export { scenarioNames, scenarios, type Scenario, type ScenarioName } from './handlers/scenarios';
export { createStore, type Store, type StoreOptions } from './store';
export { RateLimiter, DEFAULT_RATE_LIMITS, type RateLimitBucket, type RateLimitPolicy } from './rate-limit';
export { createFixtures, DEMO_NOW, demo, operators, type DemoOperator, type Fixtures } from '@sportello/demo-data';
export type * from '@sportello/demo-data';
