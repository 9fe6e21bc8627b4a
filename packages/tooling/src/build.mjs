#!/usr/bin/env node
// `npm run build`: the custom-elements manifest, then rollup (SDK and widgets as npm ESM, the
// embed loader `sportello.js` with `embed/`, the one-file `sportello.all.js`), then the .d.ts files of the
// SDK and the widgets with `tsc --emitDeclarationOnly`. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

/** @type {Array<[string, string, string[], string?]>} label, command, args, cwd */
const steps = [
  ['custom-elements manifest', bin('cem'), ['analyze', '--quiet', '--config', '../../custom-elements-manifest.config.mjs'], resolve(root, 'packages/widgets')],
  ['rollup', bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']],
  ['sdk .d.ts', bin('tsc'), ['-p', 'packages/sdk/tsconfig.build.json']],
  ['widgets .d.ts', bin('tsc'), ['-p', 'packages/widgets/tsconfig.build.json']],
];

// Every define file must guard its registration: two copies of sportello.js on a page are harmless.
const defineDir = resolve(root, 'packages/widgets/src/define');
for (const file of readdirSync(defineDir).filter((f) => f.endsWith('.ts'))) {
  const code = readFileSync(resolve(defineDir, file), 'utf8');
  if (!code.includes('customElements.get(') || !code.includes('HTMLElementTagNameMap')) {
    console.error(`build: src/define/${file} must guard customElements.define with customElements.get() and declare the tag in HTMLElementTagNameMap`);
    process.exit(1);
  }
}

for (const dir of ['packages/sdk/dist', 'packages/widgets/dist']) rmSync(resolve(root, dir), { recursive: true, force: true });

const started = Date.now();
for (const [label, command, args, cwd = root] of steps) {
  const t = Date.now();
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build: ${label} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
  console.log(`build: ${label} ${Date.now() - t} ms`);
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s → packages/sdk/dist, packages/widgets/dist (sportello.js + embed/, sportello.all.js, define/)`);
