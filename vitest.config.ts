/**
 * Vitest projects. `storybook`: every story in `stories/` rendered and played in real Chromium
 * (browser mode through Playwright), with axe checks that fail on any violation
 * (`parameters.a11y.test = 'error'` in `stories/.storybook/preview.ts`).
 * Run with `npm run test:stories` (`vitest run --project storybook`).
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './packages/tooling/src/chromium.mjs';


export default defineConfig({
  test: {
    // Lit's dev-mode banner, printed once per story file.
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
    projects: [
      {
        plugins: [storybookTest({ configDir: 'stories/.storybook', storybookScript: 'npm run storybook -- --ci' })],
        test: {
          name: 'storybook',
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
