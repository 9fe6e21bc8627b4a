#!/usr/bin/env node
// `npm test`: every check Sportello has, in order, each step's output streamed, then one summary.
// Exits 1 when any step fails. `npm test -- --only=node,browser` runs a subset (names below).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const italianRules = resolve(root, '../shared/oas-rules/italian-guidelines.spectral.yml');

/** Test files for Node's runner: every `*.test.ts` but the widgets' browser tests. */
function nodeTestFiles() {
  const files = [];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', pkg, 'src');
    if (!existsSync(src)) continue;
    for (const entry of readdirSync(src, { recursive: true })) {
      const file = String(entry);
      if (!file.endsWith('.test.ts')) continue;
      if (pkg === 'widgets' && !file.endsWith('.logic.test.ts')) continue;
      files.push(relative(root, join(src, file)));
    }
  }
  return files.sort();
}

/** Counts from the closing lines of the runners we use. */
function countsOf(kind, output) {
  const num = (re) => Number(re.exec(output)?.[1] ?? 0);
  switch (kind) {
    case 'node':
      return { passed: num(/^ℹ pass (\d+)/m), failed: num(/^ℹ fail (\d+)/m) };
    case 'wtr': {
      // The progress bar repeats the line as files finish: the last one is the total.
      const last = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
      return { passed: Number(last?.[1] ?? 0), failed: Number(last?.[2] ?? 0) };
    }
    case 'vitest':
      return { passed: num(/Tests\s+(?:\d+ failed \| )?(\d+) passed/), failed: num(/Tests\s+(\d+) failed/) };
    default:
      return undefined;
  }
}

const steps = [
  { name: 'generated', title: 'Generated files match the contract', cmd: ['node', 'packages/tooling/src/generate.mjs', '--check'] },
  {
    name: 'contract',
    title: 'Contract: Italian API guidelines ruleset',
    cmd: [bin('spectral'), 'lint', 'openapi/sportello.yaml', '-r', italianRules, '--fail-severity', 'error', '-F', 'hint'],
    skipUnless: () => existsSync(italianRules) || 'ruleset not found at ../shared/oas-rules (it ships beside the repo in CI)',
  },
  {
    name: 'contract',
    title: "Contract: spectral:oas + Sportello's own rules",
    cmd: [bin('spectral'), 'lint', 'openapi/sportello.yaml', '-r', 'openapi/.spectral.yml', '--fail-severity', 'warn', '-F', 'hint'],
  },
  { name: 'typecheck', title: 'TypeScript, strict, every package', cmd: [bin('tsc'), '-p', 'tsconfig.json'] },
  { name: 'build', title: 'Build (rollup, manifest, types)', cmd: ['node', 'packages/tooling/src/build.mjs'] },
  { name: 'build', title: 'README embed docs match the custom-elements manifest', cmd: ['node', 'packages/tooling/src/embed-docs.mjs', '--check'] },
  { name: 'build', title: 'Size budgets (gzip -9: loader + chunks + text per widget, all four)', cmd: ['node', 'packages/tooling/src/size.mjs', '--check'] },
  {
    name: 'node',
    title: 'Node tests (SDK, checks, contract, mocks, server, widget logic, e2e)',
    kind: 'node',
    cmd: () => ['node', '--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...nodeTestFiles()],
  },
  { name: 'browser', title: 'Widget tests in Chromium (@web/test-runner)', kind: 'wtr', cmd: [bin('web-test-runner')] },
  { name: 'stories', title: 'Story tests in Chromium (Storybook + a11y)', kind: 'vitest', cmd: [bin('vitest'), 'run', '--project', 'storybook'] },
];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

function run(cmd) {
  return new Promise((done) => {
    const [command, ...args] = cmd;
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const tee = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('error', (err) => done({ code: 1, output: String(err) }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const results = [];
for (const step of steps) {
  if (only && !only.includes(step.name)) continue;
  const skip = step.skipUnless?.();
  if (typeof skip === 'string') {
    results.push({ ...step, status: 'skipped', note: skip });
    continue;
  }
  const cmd = typeof step.cmd === 'function' ? step.cmd() : step.cmd;
  console.log(`\n━━ ${step.title}\n$ ${cmd.map((c) => relative(root, c) || c).join(' ')}\n`);
  const started = Date.now();
  const { code, output } = await run(cmd);
  const counts = step.kind ? countsOf(step.kind, output) : undefined;
  const ranNothing = counts && counts.passed + counts.failed === 0;
  results.push({ ...step, status: code === 0 && !ranNothing ? 'passed' : 'failed', counts, seconds: (Date.now() - started) / 1000, note: ranNothing ? 'ran no test' : '' });
}

console.log('\n━━ Summary');
let passed = 0;
let failed = 0;
for (const r of results) {
  const counts = r.counts ? ` ${r.counts.passed} passed, ${r.counts.failed} failed` : '';
  const time = r.seconds !== undefined ? ` (${r.seconds.toFixed(1)} s)` : '';
  console.log(`${r.status === 'passed' ? '✔' : r.status === 'skipped' ? '-' : '✘'} ${r.title}:${counts || ` ${r.status}`}${time}${r.note ? ` — ${r.note}` : ''}`);
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
  }
  if (r.status === 'failed' && !(r.counts && r.counts.failed)) failed += 1;
}
const anyFailed = results.some((r) => r.status === 'failed');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(anyFailed ? 1 : 0);
