#!/usr/bin/env node
// `npm start`: the whole system as a partner sees it. Builds the widgets (the loader `sportello.js`,
// `embed/`, `sportello.all.js`) when `sportello.js` is
// missing or older than the sources and runs the reference API server, which serves the API under
// /v1, the demo partner site (packages/demo) at / and the widgets' dist folder at /sportello/.
// PORT, HOST, DATABASE and the server's other flags pass through (see packages/server/README.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bundle = join(root, 'packages/widgets/dist/sportello.js');
const demo = join(root, 'packages/demo');

/** The newest modification time of any file under the given folders. */
function newest(...dirs) {
  let latest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return latest;
}

const sources = ['packages/widgets/src', 'packages/sdk/src'].map((d) => join(root, d));
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(...sources)) {
  console.log('Building the widgets (sportello.js)…');
  const build = spawnSync(process.execPath, [join(root, 'packages/tooling/src/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The demo's operators sign in with the development identity provider (DEV_IDP=off to leave it out).
const devIdp = /^(0|off|false|no)$/i.test(process.env.DEV_IDP ?? '') ? [] : ['--dev-idp'];

const server = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', join(root, 'packages/server/src/main.ts'), '--static', demo, '--mount', `/sportello=${dirname(bundle)}`, ...devIdp, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: process.env.PORT ?? '8080' } },
);
// Ctrl-C reaches the server too (same process group); wait for it to close its database and exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
