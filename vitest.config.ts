/**
 * Vitest projects. `storybook`: every story in `stories/` rendered and played in real Chromium
 * (browser mode through Playwright), with axe checks that fail on any violation
 * (`parameters.a11y.test = 'error'` in `stories/.storybook/preview.ts`).
 * Run with `npm run test:stories` (`vitest run --project storybook`).
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Chromium flags for this closed network (see TOOLCHAIN.md). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

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
              launchOptions: { executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
