/** Server processes for tests: `main.ts` started as it runs in production, its URL read from its output. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** DATA_KEYS for test processes (a fixed test key: sealing stays real, nothing is written beside a database). */
export const TEST_DATA_KEYS = `test:${Buffer.alloc(32, 7).toString('base64')}`;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string | null>;
}

/** Starts `main.ts` with `args` (`--port 0` added) and waits until it prints its URL. */
export function startProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', MAIN, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // One data key ring for every process of a test, as production gives them all the same DATA_KEYS.
    env: { DATA_KEYS: TEST_DATA_KEYS, ...process.env, ...env },
  });
  const exited = new Promise<number | string | null>((done) => child.once('exit', (code, signal) => done(code ?? signal)));
  return new Promise((ready, fail) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (c) => (err += c));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /Sportello API: (http:\/\/\S+)\/v1/.exec(out);
      if (m) ready({ url: m[1]!.replace('localhost', '127.0.0.1'), child, exited });
    });
    exited.then((code) => fail(new Error(`server exited with ${code}: ${err.slice(-2000)}`)));
  });
}

/** Ends the processes still running (SIGKILL), for `after` hooks. */
export async function killAll(processes: ServerProcess[]): Promise<void> {
  for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await Promise.all(processes.map((p) => p.exited));
}
