// How every browser run here starts Chromium (web-test-runner, Storybook's vitest, e2e, benchmarks):
// Debian's Chromium (or CHROME_PATH), never a downloaded browser, with the flags this closed
// network needs (without the background-networking ones it floods refused connections).
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];
