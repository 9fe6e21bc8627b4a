/**
 * End-to-end harness: the real reference server on a temporary SQLite file, serving the demo
 * partner site and the built `sportello.js` exactly as `npm start` does, and headless Chromium
 * (playwright-core) driving it. No mock anywhere.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { startServer, DEMO_PARTNERS_FILE, type RunningServer } from '@sportello/server';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const bundle = join(root, 'packages/widgets/dist/sportello.js');


export interface Demo {
  url: string;
  server: RunningServer;
  /** A read-only view of the server's database, to check what a person's actions stored. */
  query<T>(sql: string, ...params: unknown[]): T[];
  close(): Promise<void>;
}

/** Starts the reference server with the demo data on a fresh database file (and, as `npm start` does, the development identity provider). */
export async function startDemo(): Promise<Demo> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first (npm test does)`);
  const dir = mkdtempSync(join(tmpdir(), 'sportello-e2e-'));
  const database = join(dir, 'sportello.sqlite');
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    database,
    partnersFile: DEMO_PARTNERS_FILE,
    logLevel: 'silent',
    seed: true,
    rateLimits: true,
    trustProxy: false,
    staticDir: join(root, 'packages/demo'),
    staticMounts: { '/sportello': dirname(bundle) },
    identity: { devIdp: true },
  });
  const reader = new Database(database, { readonly: true, fileMustExist: true });
  return {
    url: `http://127.0.0.1:${server.port}`,
    server,
    query: <T>(sql: string, ...params: unknown[]) => reader.prepare(sql).all(...params) as T[],
    async close() {
      reader.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium from Debian (or CHROME_PATH), never a downloaded one. */
export function launchChromium(options: { timezoneId?: string } = {}): Promise<Browser> {
  void options;
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** A page that fails the test on any page error or CSP/Trusted Types violation. */
export async function openPage(browser: Browser, url: string, options: { timezoneId?: string; locale?: string } = {}) {
  const context = await browser.newContext({ locale: options.locale ?? 'it-IT', ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}) });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // An HTTP error status is an answer the widgets handle (409 already booked…), not a page problem.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) problems.push(`console error: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, context, problems };
}

/** Collapses white space, as a person reads it. */
export const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Every request the page makes from now on (a live list). */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

let listeners = 0;

/** Calls `onEvent` for every one of the named events that reaches the document from now on. */
async function listen(page: Page, names: string[], onEvent: (name: string, detail: unknown) => void): Promise<void> {
  const fn = `sportelloOnEvent${++listeners}`;
  await page.exposeFunction(fn, onEvent);
  await page.evaluate(
    ({ fn, names }) => {
      const call = (window as unknown as Record<string, (n: string, d: unknown) => void>)[fn]!;
      for (const name of names) document.addEventListener(name, (e) => call(name, (e as CustomEvent).detail));
    },
    { fn, names },
  );
}

/** Every one of the named events from now on, as `[name, detail]` (a live list). */
export async function recordEvents(page: Page, names: string[]): Promise<Array<[string, unknown]>> {
  const seen: Array<[string, unknown]> = [];
  await listen(page, names, (name, detail) => seen.push([name, detail]));
  return seen;
}

/** The details of every `name` event from now on (a live list). */
export async function recordDetails(page: Page, name: string): Promise<unknown[]> {
  const details: unknown[] = [];
  await listen(page, [name], (_, detail) => details.push(detail));
  return details;
}
