// @ts-check
/**
 * Builds, in one rollup run (`npm run build` calls it after the manifest, before the .d.ts):
 *  (a) `@sportello/sdk` as npm ESM: `packages/sdk/dist/index.js`, `dist/checks/index.js`;
 *  (b) `@sportello/widgets` as npm ESM: `dist/index.js` (classes, no side effects) and one
 *      `dist/define/<tag>.js` per file in `src/define/`, with lit, @lit/task and the SDK external;
 *  (c) `packages/widgets/dist/sportello.js`: one self-contained, minified module that registers
 *      every widget in `src/define/` (its entry is generated from the folder, so a new widget is
 *      picked up without editing anything), Lit's production build;
 *  (d) `packages/widgets/dist/standalone/<tag>.js`: the same, one widget alone (for `npm run size`);
 *  (e) `packages/widgets/dist/baseline/foundation.js`: the foundation's demo form alone — what Lit,
 *      the SDK and the shared controls cost before any product code (a reference for `npm run size`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './packages/tooling/src/minify-css-literals.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const sdk = `${root}packages/sdk/`;
const widgets = `${root}packages/widgets/`;
const extensions = ['.ts', '.mjs', '.js'];

/** Tags defined in `packages/widgets/src/define/` (one `<tag>.ts` each). */
export const tags = readdirSync(`${widgets}src/define`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

const ts = () => esbuild({ target: 'es2022', sourceMap: true, minify: false });

/** Resolves workspace packages to their TypeScript sources; `development` left out on purpose. */
const resolve = () => nodeResolve({ exportConditions: ['source', 'browser'], extensions });

/** Anything from these packages stays an import in the npm builds. */
const externalOf = (/** @type {string[]} */ packages) => (/** @type {string} */ id) =>
  packages.some((p) => id === p || id.startsWith(`${p}/`));

/** A virtual module that imports every `src/define/` file: the entry of `sportello.js`. */
function allWidgetsEntry() {
  const id = '\0sportello-all';
  return {
    name: 'sportello-all-widgets',
    resolveId: (/** @type {string} */ source) => (source === 'sportello:all' ? id : null),
    load: (/** @type {string} */ source) =>
      source === id
        ? `${tags.map((t) => `import ${JSON.stringify(`${widgets}src/define/${t}.ts`)};`).join('\n')}\nexport {};\n`
        : null,
  };
}

const minify = () =>
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } });

/** @type {import('rollup').RollupOptions[]} */
const configs = [
  // (a) SDK, npm ESM
  {
    input: { index: `${sdk}src/index.ts`, 'checks/index': `${sdk}src/checks/index.ts` },
    external: externalOf(['openapi-fetch']),
    plugins: [resolve(), ts()],
    output: { dir: `${sdk}dist`, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  // (b) widgets, npm ESM
  {
    input: {
      index: `${widgets}src/index.ts`,
      ...Object.fromEntries(tags.map((t) => [`define/${t}`, `${widgets}src/define/${t}.ts`])),
    },
    external: externalOf(['lit', '@lit/task', '@sportello/sdk']),
    // lit and the SDK are side-effect free: an unused import of them is dropped.
    treeshake: { moduleSideEffects: (_id, external) => !external },
    plugins: [resolve(), ts()],
    // hoistTransitiveImports off: a define file imports its class, not every module lit is made of.
    output: { dir: `${widgets}dist`, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js', hoistTransitiveImports: false },
  },
  // (c) everything, self-contained and minified, for <script type="module">
  {
    input: 'sportello:all',
    plugins: [allWidgetsEntry(), resolve(), ts(), minifyCssLiterals()],
    output: { file: `${widgets}dist/sportello.js`, format: 'es', sourcemap: true, plugins: [minify()] },
  },
  // (d) each widget alone, self-contained and minified
  ...tags.map((t) => ({
    input: `${widgets}src/define/${t}.ts`,
    plugins: [resolve(), ts(), minifyCssLiterals()],
    output: { file: `${widgets}dist/standalone/${t}.js`, format: /** @type {const} */ ('es'), sourcemap: true, plugins: [minify()] },
  })),
  // (e) the foundation baseline
  {
    input: `${widgets}src/shared/demo/define-demo-form.ts`,
    plugins: [resolve(), ts(), minifyCssLiterals()],
    output: { file: `${widgets}dist/baseline/foundation.js`, format: 'es', plugins: [minify()] },
  },
];

export default configs;
