#!/usr/bin/env node
// `npm run bench:calendar`: <sportello-event-calendar> next to FullCalendar 7 in headless Chromium,
// in the same run, on the same 1,000 events a month: time to render December 2026, then to switch
// to January 2027, then at once to February (each: DOM drawn and laid out, "+N more" on the last
// day). Each load is a fresh page; the two alternate. Prints the medians and the ratios. A
// benchmark, not a test: it never fails on the numbers. Our widget gets its months from an
// in-memory `fetch` (JSON it must parse); FullCalendar gets the same events as objects.
//
//   npm run bench:calendar [-- --loads=15]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../src/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const require = createRequire(import.meta.url);
const loads = Math.max(10, Number(process.argv.find((a) => a.startsWith('--loads='))?.slice(8) ?? 12));

/** Chromium flags for this closed network (TOOLCHAIN.md). */

/** One minified ES module per page (Lit's production build: no `development` condition). */
async function bundle(entry) {
  const result = await build({
    entryPoints: [resolve(here, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    conditions: ['source', 'browser'],
    tsconfig: resolve(root, 'packages/widgets/tsconfig.json'),
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const fcDir = dirname(require.resolve('fullcalendar/package.json'));
const fcCss = (await Promise.all(['skeleton.css', 'themes/classic/theme.css', 'themes/classic/palette.css'].map((f) => readFile(resolve(fcDir, f), 'utf8')))).join('\n');

const pages = {
  sportello: { js: await bundle('sportello-page.ts'), css: '' },
  fullcalendar: { js: await bundle('fullcalendar-page.ts'), css: fcCss },
};

const html = (name) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="/${name}.css"><style>body{margin:0;font:16px system-ui,sans-serif}#calendar{width:1100px;margin:16px}</style></head>
<body><div id="calendar"></div><script type="module" src="/${name}.js"></script></body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
await context.route('http://bench.local/**', (route) => {
  const path = new URL(route.request().url()).pathname.slice(1);
  const [name, ext] = path.split('.');
  const page = pages[name];
  if (!page) return route.fulfill({ status: 404, body: '' });
  if (!ext) return route.fulfill({ contentType: 'text/html', body: html(name) });
  return route.fulfill({ contentType: ext === 'js' ? 'text/javascript' : 'text/css', body: page[ext] });
});

/** One fresh page: load, render, switch. */
async function measure(name) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('crash', () => console.error(`${name}: the page crashed`));
  if (process.env.BENCH_DEBUG) {
    page.on('console', (m) => console.error(`${name}: ${m.text()}`));
    page.on('close', () => console.error(`${name}: closed`));
    page.on('framenavigated', (f) => console.error(`${name}: navigated ${f.url()}`));
    browser.on('disconnected', () => console.error('browser disconnected'));
  }
  await page.goto(`http://bench.local/${name}`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 10_000 }).catch(() => {
    throw new Error(`${name}: the page did not start${errors.length ? `: ${errors.join('; ')}` : ''}`);
  });
  const render = await page.evaluate(() => window.bench.render());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const next = await page.evaluate(() => window.bench.next());
  const again = await page.evaluate(() => window.bench.nextAgain());
  await page.close();
  return { render, next, again };
}

const times = { sportello: { render: [], next: [], again: [] }, fullcalendar: { render: [], next: [], again: [] } };
// One warm-up load each (compile caches, fonts), not counted.
await measure('sportello');
await measure('fullcalendar');
for (let i = 0; i < loads; i++) {
  for (const name of i % 2 ? ['fullcalendar', 'sportello'] : ['sportello', 'fullcalendar']) {
    const t = await measure(name);
    times[name].render.push(t.render);
    times[name].next.push(t.next);
    times[name].again.push(t.again);
  }
}
await browser.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);
const row = (label, key) => {
  const s = median(times.sportello[key]);
  const f = median(times.fullcalendar[key]);
  return `${label.padEnd(30)}${ms(s)}${ms(f)}   ${(s / f).toFixed(3)}×`;
};
const fcVersion = JSON.parse(await readFile(resolve(fcDir, 'package.json'), 'utf8')).version;
const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
console.log(`Calendar benchmark: 1,000 events a month, median of ${loads} fresh loads each, headless Chromium`);
console.log(`bundles: sportello ${kb(pages.sportello.js)}, FullCalendar ${fcVersion} ${kb(pages.fullcalendar.js)} (minified, with the bench page)\n`);
console.log(`${''.padEnd(30)}${'sportello'.padStart(9)}${'FullCal.'.padStart(9)}   ratio (aim ≤ 0.25×)`);
console.log(row('render December 2026', 'render'));
console.log(row('switch to January 2027', 'next'));
console.log(row('then at once to February 2027', 'again'));
console.log('\nJanuary: the widget fetched it while idle after drawing December (FullCalendar holds every event in');
console.log('memory from the start). February: asked for, parsed and indexed on the click (no idle time before).');
