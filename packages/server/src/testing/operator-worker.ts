/**
 * A second (third, …) server process for the operators' PostgreSQL tests: the app on its own pool
 * to the database named by argv[2], operators signed in with the conformance suite's demo tokens
 * (`Bearer demo.<operator>`: the server's own sign-in is configured elsewhere). The parent sends
 * requests over IPC; they are fired all at once, on a signal, so that processes race for real.
 */
import { demoTokens } from '@sportello/conformance';
import { createApp } from '../app';
import { createLogger } from '../http/logger';
import { connectPostgres, isPostgresTransient } from '../store/postgres/database';
import { createPostgresStore } from '../store/postgres/postgres-store';
import { DEMO_KEY, partners } from './harness';

export interface WorkerRequest {
  method: string;
  path: string;
  as: string;
  body?: unknown;
  key?: string;
}

export interface WorkerAnswer {
  status: number;
  body: any;
}

const sql = connectPostgres(process.argv[2]!, { max: 8 });
const store = createPostgresStore(sql);
const app = createApp({ store, partners, isTransient: isPostgresTransient, rateLimits: false, logger: createLogger({ level: 'error', write: () => {} }), tokens: demoTokens });

let queued: WorkerRequest[] = [];
const send = (request: WorkerRequest): Promise<WorkerAnswer> => {
  const headers = new Headers({ 'Sportello-Partner-Key': DEMO_KEY, Authorization: `Bearer demo.${request.as}` });
  if (request.body !== undefined) headers.set('Content-Type', 'application/json');
  if (request.key) headers.set('Idempotency-Key', request.key);
  const init = { method: request.method, headers, ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}) };
  return Promise.resolve(app.fetch(new Request(`http://localhost/v1${request.path}`, init))).then(async (res) => {
    const text = await res.text();
    return { status: res.status, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
  });
};

process.on('message', async (m: { requests?: WorkerRequest[]; go?: true; stop?: true }) => {
  if (m.requests) {
    queued = m.requests;
    // Warm the pool first, so that the race is not decided by who connected sooner.
    await Promise.all(Array.from({ length: 8 }, () => sql`SELECT 1`));
    process.send!({ ready: true });
  } else if (m.go) {
    const answers = await Promise.all(queued.map(send));
    process.send!({ answers });
  } else if (m.stop) {
    await store.close();
    process.disconnect();
  }
});
process.send!({ started: true });
