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
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** Starts the reference server with the demo data on a fresh database file. */
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
