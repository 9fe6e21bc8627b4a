/**
 * `@sportello/mocks`: the Sportello API in msw, for stories, browser tests and Node tests.
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
 * Fixtures without msw: `@sportello/mocks/fixtures`; the store without msw: `@sportello/mocks/store`.
 */
export { createHandlers, type HandlerOptions, type SportelloHandlers } from './handlers';
export { scenarioNames, scenarios, type Scenario, type ScenarioName } from './handlers/scenarios';
export { pickLang } from './store/lang';
export { createStore, type Store, type StoreOptions, type Outcome, type ProblemSpec, type ProblemSlug } from './store';
export * from './fixtures';
