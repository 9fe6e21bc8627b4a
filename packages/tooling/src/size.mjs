#!/usr/bin/env node
// `npm run size`: what a page downloads for each widget alone (`dist/standalone/<tag>.js`) and for
// all of them (`dist/sportello.js`): raw bytes, gzip -9 and brotli (quality 11). Run `npm run
// build` first. `--json` prints the figures as JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = resolve(root, 'packages/widgets/dist');
const all = resolve(dist, 'sportello.js');
if (!existsSync(all)) {
  console.error('size: packages/widgets/dist/sportello.js is missing; run `npm run build` first.');
  process.exit(1);
}

const standalone = resolve(dist, 'standalone');
const files = [
  ...(existsSync(standalone) ? readdirSync(standalone).filter((f) => f.endsWith('.js')).sort() : []).map((f) => [f.slice(0, -3), resolve(standalone, f)]),
  ['sportello.js (all widgets)', all],
  ...(existsSync(resolve(dist, 'baseline/foundation.js')) ? [['baseline: Lit + SDK + shared (demo form)', resolve(dist, 'baseline/foundation.js')]] : []),
];

const rows = files.map(([name, file]) => {
  const code = readFileSync(file);
  return {
    name,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length } }).length,
  };
});

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const header = ['module', 'raw', 'gzip -9', 'brotli'];
  const table = [header, ...rows.map((r) => [r.name, kb(r.raw), kb(r.gzip), kb(r.brotli)])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
  if (!files.some(([, f]) => f.includes('/standalone/'))) console.log('(no widget in packages/widgets/src/define/ yet)');
}
