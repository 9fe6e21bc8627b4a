#!/usr/bin/env node
// Rebuilds every file generated from openapi/sportello.yaml. With --check, writes nothing and
// exits 1 when a committed file differs from what the contract generates (stale generation).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildRequestValidators } from './generate-requests.mjs';
import { buildEnums } from './generate-enums.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const contract = resolve(root, 'openapi/sportello.yaml');
const check = process.argv.includes('--check');

const header = `// Generated from openapi/sportello.yaml by \`npm run generate\`. Do not edit by hand.\n\n`;

/** @type {Array<{ path: string, build: () => Promise<string> }>} */
const targets = [
  {
    path: 'packages/sdk/src/generated/api.ts',
    build: async () => {
      const ast = await openapiTS(new URL(`file://${contract}`), { defaultNonNullable: false });
      return header + astToString(ast);
    },
  },
  {
    path: 'packages/sdk/src/generated/enums.ts',
    build: () => buildEnums(contract, header),
  },
  {
    path: 'packages/contract/src/generated/requests.ts',
    build: () => buildRequestValidators(contract, header),
  },
];

let stale = 0;
for (const target of targets) {
  const file = resolve(root, target.path);
  const next = await target.build();
  if (check) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== next) {
      stale++;
      console.error(`stale: ${target.path} does not match openapi/sportello.yaml — run \`npm run generate\` and commit the result`);
    } else {
      console.log(`up to date: ${target.path}`);
    }
  } else {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, next);
    console.log(`generated: ${target.path}`);
  }
}
process.exit(stale ? 1 : 0);
