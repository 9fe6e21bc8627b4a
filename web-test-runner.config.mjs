// @ts-check
/**
 * @web/test-runner: every `packages/widgets/src/**\/*.test.ts` in real Chromium, one file at a
 * time, under a strict Content-Security-Policy with Trusted Types enforced.
 *
 * CSP: the test page starts with a `<meta http-equiv="Content-Security-Policy">` placed before
 * `<head>` so that it governs everything after it, including the two inline module scripts that
 * the runner injects right after `<head>` (its console tracker and `window.__WTR_CONFIG__`). Those
 * two scripts change per session, so they are allowed with a per-response nonce that the `csp`
 * middleware below adds (no hash is stable, no 'unsafe-inline'). Everything else — the mocha
 * bundle, the test files, the widgets, Lit, axe — loads from 'self' as module files, with no eval
 * and no inline style. Trusted Types are required for script sinks. Allowed policies: `lit-html`
 * (Lit's own) and `default`, which only `src/testing/msw.ts` creates, to hand msw's worker URL to
 * `navigator.serviceWorker.register()` (a TrustedScriptURL sink); it defines no `createHTML` nor
 * `createScript`, so a widget that writes `innerHTML` or calls `eval` still fails its tests.
 * Findings: a runtime `style` attribute is refused (Lit's `styleMap` writes one on first render:
 * use `styleProps` from `src/shared/style-props.ts`); two copies of Lit need
 * `trusted-types lit-html 'allow-duplicates'` on a page that enforces Trusted Types.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, chromiumPath } from './packages/tooling/src/chromium.mjs';

const require = createRequire(import.meta.url);
const mswWorkerPath = require.resolve('msw/mockServiceWorker.js');


/**
 * `executeServerCommand('emulate-timezone', { timezoneId })` from a test sets the browser's time
 * zone (CDP `Emulation.setTimezoneOverride` through puppeteer); no `timezoneId` restores it. The
 * event calendar's tests show Turin times to a viewer in New York or Tokyo with it.
 */
const timezonePlugin = {
  name: 'emulate-timezone',
  /** @param {{ command: string, payload?: { timezoneId?: string }, session: any }} args */
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-timezone') return undefined;
    await session.browser.getPage(session.id).emulateTimezone(payload?.timezoneId);
    return true;
  },
};

const NONCE_PLACEHOLDER = '__SPORTELLO_CSP_NONCE__';

/** The policy the widgets must live with; `'nonce-…'` only covers the runner's injected bootstrap. */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'nonce-${NONCE_PLACEHOLDER}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html default',
].join('; ');

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  // `*.logic.test.ts` are pure-logic tests for Node's runner (`npm run test:node`), not for the browser.
  files: ['packages/widgets/src/**/*.test.ts', '!packages/widgets/src/**/*.logic.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
  // The meta comes before `<head>` on purpose: the runner injects its scripts right after `<head>`.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html lang="it"><meta http-equiv="Content-Security-Policy" content="${csp}"><head><meta charset="utf-8"><title>Sportello tests</title></head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) =>
    !args.some((a) => typeof a === 'string' && a.includes('Lit is in dev mode')),
  middleware: [
    /** Serves msw's service worker from the installed package. */
    async function mswWorker(ctx, next) {
      if (ctx.path !== '/mockServiceWorker.js') return next();
      ctx.type = 'application/javascript';
      ctx.set('Service-Worker-Allowed', '/');
      ctx.body = await readFile(mswWorkerPath, 'utf8');
    },
    /** Gives the runner's own inline bootstrap scripts a fresh nonce and puts it in the policy. */
    async function cspNonce(ctx, next) {
      await next();
      if (!ctx.response.is('html') || typeof ctx.body !== 'string') return;
      if (!ctx.body.includes(NONCE_PLACEHOLDER)) return;
      const nonce = randomBytes(16).toString('base64');
      ctx.body = ctx.body
        .replaceAll(NONCE_PLACEHOLDER, nonce)
        .replace(/<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)/g, `<script nonce="${nonce}"`);
    },
  ],
  plugins: [
    timezonePlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./packages/widgets/tsconfig.json', import.meta.url)),
    }),
  ],
};
