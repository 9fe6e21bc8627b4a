#!/usr/bin/env node
// `npm run size`: the JavaScript a page downloads, from the built files (`npm run build` first).
// For a page with one widget, in Italian (the default): the loader `sportello.js`, the widget's
// module `embed/<tag>.js` and every chunk it imports, and the Italian text (the widget's and the
// shared) with theirs — what the loader fetches, following `embed/graph.json`. Then all four on one
// page, then the one-file `sportello.all.js` and the foundation baseline. Raw bytes, gzip -9 and
// brotli (quality 11), each file compressed on its own as a server sends it.
// `--json` prints the figures as JSON; `--check` also fails when a figure is over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = resolve(root, 'packages/widgets/dist');
const graphFile = resolve(dist, 'embed/graph.json');
if (!existsSync(resolve(dist, 'sportello.js')) || !existsSync(graphFile)) {
  console.error('size: packages/widgets/dist/sportello.js or embed/graph.json is missing; run `npm run build` first.');
  process.exit(1);
}

/**
 * Budgets in bytes of gzip -9 (deterministic, so a fair test). The targets are 20 KB for
 * one widget and 45 KB for four; Lit + @lit/task + the SDK + the shared foundation alone take
 * ~18 KB, so the widgets over 20 KB are held at their measured size plus a small margin instead
 * (see the README's "Size" section). Lower a budget when a change makes a widget lighter.
 */
export const budgets = {
  loader: 1.5 * 1024,
  'sportello-event-calendar': 32 * 1024,
  'sportello-help-request': 30.5 * 1024,
  'sportello-ppe-booking': 33 * 1024,
  'sportello-voucher-checker': 26 * 1024,
  'sportello-voucher-till': 26.5 * 1024,
  'sportello-delivery-desk': 25.5 * 1024,
  // Every tag in src/define/ (six since the operators' till and delivery desk), despite the key's name.
  'all four': 70 * 1024,
};

/** @type {Record<string, { imports: string[], dynamicImports: string[] }>} */
const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
const tags = Object.keys(graph).filter((f) => /^embed\/sportello-[\w-]+\.js$/.test(f)).map((f) => f.slice(6, -3)).sort();

/** A file and everything it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of graph[file]?.imports ?? []) closure(dep, seen);
  return seen;
}

/** What the loader fetches for these tags on a page in `lang`. */
function filesFor(list, lang = 'it') {
  const files = new Set(['sportello.js']);
  for (const entry of [...list.flatMap((t) => [`embed/${t}.js`, `embed/i18n/${t}.${lang}.js`]), `embed/i18n/shared.${lang}.js`]) closure(entry, files);
  return [...files];
}

const cache = new Map();
function measure(file) {
  if (!cache.has(file)) {
    const code = readFileSync(resolve(dist, file));
    cache.set(file, {
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length } }).length,
    });
  }
  return cache.get(file);
}

const sum = (files) =>
  files.map(measure).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const rows = [
  { name: 'loader', label: 'sportello.js (the loader alone)', files: ['sportello.js'] },
  ...tags.map((t) => ({ name: t, label: `${t} alone (loader + chunks + Italian)`, files: filesFor([t]) })),
  { name: 'all four', label: 'all four on one page', files: filesFor(tags) },
  { name: 'all-in-one', label: 'sportello.all.js (one file, both languages)', files: ['sportello.all.js'] },
  ...(existsSync(resolve(dist, 'baseline/foundation.js')) ? [{ name: 'baseline', label: 'baseline: Lit + SDK + shared (demo form)', files: ['baseline/foundation.js'] }] : []),
].map((r) => ({ ...r, requests: r.files.length, ...sum(r.files), budget: budgets[r.name] }));

const over = rows.filter((r) => r.budget !== undefined && r.gzip > r.budget);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const header = ['what a page downloads', 'files', 'raw', 'gzip -9', 'brotli', 'budget (gzip)'];
  const table = [header, ...rows.map((r) => [r.label, String(r.requests), kb(r.raw), kb(r.gzip), kb(r.brotli), r.budget ? `${kb(r.budget)}${r.gzip > r.budget ? ' OVER' : ''}` : ''])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
}

if (process.argv.includes('--check')) {
  for (const r of over) console.error(`size: ${r.label} is ${r.gzip} B gzip, over its budget of ${r.budget} B`);
  if (over.length) process.exit(1);
  console.log(`size: every budget holds (${rows.filter((r) => r.budget).length} checked)`);
}
