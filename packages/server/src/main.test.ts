import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Starts main.ts on a free port with a throw-away database; resolves with the URL it prints. */
function start(args: string[] = []) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main, '--port', '0', '--database', ':memory:', '--log', 'warn', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = new Promise<string>((ready, fail) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /Sportello API: (http:\/\/\S+)\/v1/.exec(out);
      if (m) ready(m[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => fail(new Error(`exited with ${code}: ${out}`)));
  });
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, url, exit };
}

describe('main.ts', () => {
  it('migrates, seeds the demo data, prints the URL and serves', { timeout: 30_000 }, async () => {
    const server = start();
    const url = await server.url;
    const status = await fetch(`${url}/v1/status`);
    assert.equal(status.status, 200);
    const rounds = await fetch(`${url}/v1/ppe/rounds`, { headers: { 'Sportello-Partner-Key': 'pk_demo_torino' } });
    assert.equal(rounds.status, 200);
    assert.ok(((await rounds.json()) as { items: unknown[] }).items.length >= 2, 'the demo rounds are there');
    server.child.kill('SIGTERM');
    assert.equal(await server.exit, 0);
  });

  it('stops cleanly on a Ctrl-C that arrives twice at once, as under npm start', { timeout: 30_000 }, async () => {
    const server = start();
    await server.url;
    server.child.kill('SIGINT');
    server.child.kill('SIGINT');
    assert.equal(await server.exit, 0);
  });

  it('explains a bad option and exits 2', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main, '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (c) => (err += c));
    const code = await new Promise((done) => child.once('exit', done));
    assert.equal(code, 2);
    assert.match(err, /invalid port/);
    assert.match(err, /--database/);
  });
});
