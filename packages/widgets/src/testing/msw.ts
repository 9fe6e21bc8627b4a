/**
 * msw in browser tests, under the test page's Trusted Types policy.
 *
 * `navigator.serviceWorker.register()` is a Trusted Types sink: with
 * `require-trusted-types-for 'script'` a plain string URL is refused. msw passes a string, so the
 * tests install a `default` policy that turns exactly the worker's URL into a `TrustedScriptURL`
 * and refuses anything else (it defines no `createHTML` nor `createScript`, so `innerHTML = '…'`
 * still throws). Widgets never depend on it: they only use Lit's `lit-html` policy.
 */
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/** The worker script, served by web-test-runner's middleware from the installed msw. */
export const WORKER_URL = '/mockServiceWorker.js';

const tt = (globalThis as { trustedTypes?: { defaultPolicy: unknown; createPolicy: (name: string, rules: object) => unknown } }).trustedTypes;
if (tt && !tt.defaultPolicy) {
  tt.createPolicy('default', {
    createScriptURL: (url: string) => {
      if (new URL(url, location.href).href === new URL(WORKER_URL, location.href).href) return url;
      throw new TypeError(`Trusted Types: refusing script URL ${url}`);
    },
  });
}

/** Starts an msw worker for the tests of one file; unhandled requests fail the test. */
export function startWorker(...handlers: RequestHandler[]) {
  const worker = setupWorker(...handlers);
  return {
    worker,
    start: () => worker.start({ quiet: true, onUnhandledRequest: 'error', serviceWorker: { url: WORKER_URL } }),
  };
}
