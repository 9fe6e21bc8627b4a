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
import { existsSync, readdirSync } from 'node:fs';
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

/** The widget folder of a tag: `sportello-ppe-booking` → `ppe-booking`. */
const folderOf = (/** @type {string} */ tag) => tag.replace(/^sportello-/, '');
const LANGS = ['it', 'en'];

/** The embed's entries: a module per tag, and per language each widget's text and the shared text. */
const embedInput = {
  ...Object.fromEntries(tags.map((t) => [`embed/${t}`, `${widgets}src/define/${t}.ts`])),
  ...Object.fromEntries(
    LANGS.flatMap((lang) => [
      [`embed/i18n/shared.${lang}`, `${widgets}src/shared/messages.${lang}.ts`],
      ...tags.map((t) => [`embed/i18n/${t}.${lang}`, `${widgets}src/${folderOf(t)}/${folderOf(t)}.messages.${lang}.ts`]),
    ]),
  ),
};
for (const file of Object.values(embedInput)) {
  if (!existsSync(file)) throw new Error(`rollup.config.mjs: ${file} is missing (every widget keeps its text in <folder>/<folder>.messages.<lang>.ts)`);
}

/** The loader's entry: `startLoader` with the tag list, resolving against the loader's own URL. */
function loaderEntry() {
  const id = '\0sportello-loader';
  return {
    name: 'sportello-loader',
    resolveId: (/** @type {string} */ source) => (source === 'sportello:loader' ? id : null),
    load: (/** @type {string} */ source) =>
      source === id
        ? `import { startLoader } from ${JSON.stringify(`${widgets}src/loader.ts`)};\nstartLoader(${JSON.stringify(tags)}, import.meta.url);\n`
        : null,
  };
}

/** Lit, the SDK and the shared foundation (its text aside: each language is an entry of its own). */
const isCore = (/** @type {string} */ id) =>
  id.includes('/node_modules/') || id.startsWith(sdk) || (id.startsWith(`${widgets}src/shared/`) && !/\.messages\.\w+\.ts$|\/messages\.\w+\.ts$/.test(id));

/** Writes `embed/graph.json`: each emitted module and the modules it imports, statically and lazily. */
function importGraph() {
  return {
    name: 'sportello-import-graph',
    /** @param {unknown} _ @param {import('rollup').OutputBundle} bundle */
    generateBundle(_, bundle) {
      /** @type {Record<string, { imports: string[], dynamicImports: string[] }>} */
      const graph = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') graph[chunk.fileName] = { imports: chunk.imports, dynamicImports: chunk.dynamicImports };
      }
      // @ts-ignore: rollup's plugin context
      this.emitFile({ type: 'asset', fileName: 'embed/graph.json', source: `${JSON.stringify(graph, null, 2)}\n` });
    },
  };
}

/** A virtual module that imports every `src/define/` file: the entry of `sportello.all.js`. */
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

/**
 * Squeezes the whitespace out of Lit's html`…` templates (terser leaves template text alone): a
 * run of whitespace that holds a line break becomes one space. HTML collapses such runs anyway
 * (no widget template has `<pre>` or `white-space: pre` text), so nothing a person sees changes.
 * Works on the parsed JavaScript (after esbuild), so `${…}` expressions, nested templates and
 * strings are never touched.
 * @returns {import('rollup').Plugin}
 */
export function minifyHtmlLiterals() {
  return {
    name: 'sportello-minify-html-literals',
    transform(code, id) {
      if (!/\.(ts|js|mjs)$/.test(id) || !code.includes('html`')) return null;
      /** @type {Array<[number, number, string]>} */
      const edits = [];
      /** @param {any} node */
      const walk = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          for (const q of node.quasi.quasis) {
            const raw = q.value.raw;
            const next = raw.replace(/\s*\n\s*/g, ' ');
            if (next !== raw) edits.push([q.start, q.end, next]);
          }
        }
        for (const key in node) {
          const value = node[key];
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value);
        }
      };
      walk(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      // A quasi's range is its raw text, without the backticks or `${` / `}`.
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
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
  // (c) the embed: the loader alone, then every tag's module and text with their shared chunks
  {
    input: 'sportello:loader',
    plugins: [loaderEntry(), resolve(), ts()],
    output: { file: `${widgets}dist/sportello.js`, format: 'es', sourcemap: true, plugins: [minify()] },
  },
  {
    input: embedInput,
    plugins: [resolve(), ts(), minifyCssLiterals(), minifyHtmlLiterals(), importGraph()],
    output: {
      dir: `${widgets}dist`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'embed/chunks/[name]-[hash].js',
      // One core chunk (Lit, @lit/task, the SDK, the shared foundation) rather than a chunk per set of
      // widgets that share a module: a few hundred bytes of gzip overhead saved per tiny chunk.
      manualChunks: (id) => (isCore(id) ? 'core' : undefined),
      plugins: [minify()],
    },
  },
  // (d) everything in one file, for those who want one request
  {
    input: 'sportello:all',
    plugins: [allWidgetsEntry(), resolve(), ts(), minifyCssLiterals(), minifyHtmlLiterals()],
    output: { file: `${widgets}dist/sportello.all.js`, format: 'es', sourcemap: true, inlineDynamicImports: true, plugins: [minify()] },
  },
  // (e) the foundation baseline
  {
    input: `${widgets}src/shared/demo/define-demo-form.ts`,
    plugins: [resolve(), ts(), minifyCssLiterals(), minifyHtmlLiterals()],
    output: { file: `${widgets}dist/baseline/foundation.js`, inlineDynamicImports: true, format: 'es', plugins: [minify()] },
  },
];

export default configs;
