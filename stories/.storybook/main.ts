import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type Plugin } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const widgets = `${root}packages/widgets`;
const MANIFEST_ID = 'virtual:custom-elements-manifest';

/**
 * `virtual:custom-elements-manifest`: the widgets' manifest, analysed fresh from the sources
 * (~1 s) whenever Storybook or the story tests start, so it never depends on a previous build.
 */
function customElementsManifest(): Plugin {
  // cem joins --outdir to its working directory, so it must be relative.
  const outdir = '../../node_modules/.cache/sportello-cem';
  return {
    name: 'sportello-custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : null),
    load(id) {
      if (id !== `\0${MANIFEST_ID}`) return null;
      execFileSync(`${root}node_modules/.bin/cem`, ['analyze', '--quiet', '--config', '../../custom-elements-manifest.config.mjs', '--outdir', outdir], { cwd: widgets });
      return `export default ${readFileSync(`${widgets}/${outdir}/custom-elements.json`, 'utf8')};`;
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../**/*.mdx', '../**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    return {
      ...vite,
      // Workspace packages resolve to their TypeScript sources; the spread keeps Vite's defaults.
      resolve: { ...vite.resolve, conditions: ['source', ...defaultClientConditions] },
      plugins: [...(vite.plugins ?? []), customElementsManifest()],
    };
  },
};

export default config;
