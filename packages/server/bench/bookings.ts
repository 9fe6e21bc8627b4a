/**
 * Benchmark (not a test): drives bookings over HTTP on loopback against the reference server in
 * its own process, then checks the database. `npm run bench:server -- --bookings 350000`.
 *
 *   --bookings <n>      people booking (default 20000); 1% more requests repeat an earlier person
 *   --concurrency <n>   requests in flight (default 64)
 *   --stock-ratio <r>   stock as a share of the units asked for (default 1: everyone fits;
 *                       0.98 leaves the last ~2% with round-full)
 *   --keep              keep the database (its path is printed)
 *   --profile <dir>     write the server's CPU profile (.cpuprofile) into <dir>
 *   --store <s>         sqlite (default) or postgres: a scratch database made from --database-url
 *                       (default $SPORTELLO_TEST_DATABASE_URL), dropped at the end unless --keep
 *   --processes <n>     server processes sharing the database (default 1); requests spread over them
 *   --rate <n>          open loop: start n requests per second whatever the answers (overload
 *                       test); 503s are counted apart, latencies given for admitted requests
 *   --max-in-flight <n> the servers' admission bound (default theirs, 256)
 *
 * Prints bookings/s and latency percentiles, then checks: units booked ≤ stock, units booked =
 * the sum of the bookings, no codice fiscale booked twice, one row per 201.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../src/store/sqlite/database';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store';
import { demoSeed } from '../src/seed';
import { syntheticTaxCode } from '../src/testing/tax-codes';
import { connectPostgres, type Sql } from '../src/store/postgres/database';
import { migratePostgres } from '../src/store/postgres/migrations';
import { createPostgresStore } from '../src/store/postgres/postgres-store';
import { dropDatabase } from '../src/testing/postgres';

const { values } = parseArgs({
  options: {
    bookings: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '64' },
    'stock-ratio': { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'string' },
    store: { type: 'string', default: 'sqlite' },
    processes: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    rate: { type: 'string' },
    'max-in-flight': { type: 'string' },
  },
});
const STORE = values.store === 'postgres' ? 'postgres' : 'sqlite';
const PROCESSES = Number(values.processes);
const RATE = values.rate ? Number(values.rate) : undefined;
const PEOPLE = Number(values.bookings);
const CONCURRENCY = Number(values.concurrency);
const STOCK_RATIO = Number(values['stock-ratio']);
const ROUND = 'bench-round';
const UNITS_PER_PERSON = 5;

// Household sizes 1-4, deterministic; every 100th request repeats an earlier person.
const household = (i: number) => 1 + ((i * 7) % 4);
const REQUESTS = PEOPLE + Math.floor(PEOPLE / 100);
const personOf = (r: number) => (r % 101 === 100 ? Math.floor(r / 101) * 100 : r - Math.floor(r / 101));

const dir = mkdtempSync(join(tmpdir(), 'sportello-bench-'));
const file = join(dir, 'bench.sqlite');
let demand = 0;
for (let i = 0; i < PEOPLE; i++) demand += household(i) * UNITS_PER_PERSON;
const roundRow = [ROUND, Date.now() - 3_600_000, Date.now() + 86_400_000, UNITS_PER_PERSON, Math.floor(demand * STOCK_RATIO)] as const;

// PostgreSQL: a scratch database, migrated and seeded here, dropped at the end.
const adminUrl = values['database-url'] ?? process.env.SPORTELLO_TEST_DATABASE_URL;
let pg: { url: string; name: string; admin: Sql } | undefined;
if (STORE === 'postgres') {
  if (!adminUrl) throw new Error('--store postgres needs --database-url or SPORTELLO_TEST_DATABASE_URL (a role that may CREATE DATABASE)');
  const name = `sportello_bench_${Date.now().toString(36)}`;
  const admin = connectPostgres(adminUrl, { max: 1 });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  pg = { url: u.toString(), name, admin };
  const sql = connectPostgres(pg.url, { max: 2 });
  await migratePostgres(sql);
  await createPostgresStore(sql).seed(demoSeed());
  await sql.begin(async (tx) => {
    await tx`INSERT INTO rounds (id, title_it, title_en, item_it, item_en, opens_at, closes_at, units_per_person, max_household_size, stock_units)
             VALUES (${roundRow[0]}, 'Benchmark', 'Benchmark', 'mascherine', 'masks', ${roundRow[1]}, ${roundRow[2]}, ${roundRow[3]}, 12, ${roundRow[4]})`;
  });
  await sql.end();
} else {
  const db = openDatabase(file);
  await createSqliteStore(db).seed(demoSeed());
  db.prepare(
    `INSERT INTO rounds (id, title_it, title_en, item_it, item_en, opens_at, closes_at, units_per_person, max_household_size, stock_units)
     VALUES (?, 'Benchmark', 'Benchmark', 'mascherine', 'masks', ?, ?, ?, 12, ?)`,
  ).run(...roundRow);
  db.close();
}

// The servers, each in its own process, as they run in production (rate limits off: one client IP here).
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
const storeArgs = pg ? ['--database-url', pg.url, '--database-pool', String(Math.max(2, Math.ceil(8 / PROCESSES)))] : ['--database', file];
const admission = values['max-in-flight'] ? ['--max-in-flight', values['max-in-flight']] : [];
const servers = Array.from({ length: PROCESSES }, () =>
  spawn(process.execPath, [...profile, '--conditions=source', '--import', 'tsx', main, '--port', '0', ...storeArgs, ...admission, '--rate-limits', 'off', '--log', 'warn', '--no-seed'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
const server = servers[0]!;
// Interrupted, the benchmark takes its servers down with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const s of servers) s.kill('SIGTERM');
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}
const bases = await Promise.all(
  servers.map(
    (srv) =>
      new Promise<URL>((ready, fail) => {
        let out = '';
        srv.stdout!.on('data', (c) => {
          out += c;
          const m = /Sportello API: http:\/\/[^:]+:(\d+)\/v1/.exec(out);
          if (m) ready(new URL(`http://127.0.0.1:${m[1]}`));
        });
        srv.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
      }),
  ),
);
const base = bases[0]!;

/** CPU seconds a process has used (Linux /proc), to tell the server's cost from the machine's load. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

const agents = bases.map(() => new http.Agent({ keepAlive: true, maxSockets: RATE ? Math.ceil(256 / PROCESSES) : Math.ceil(CONCURRENCY / PROCESSES) }));
const buildings = ['TO-0412', 'TO-0137', 'TO-0220', 'TO-0305', 'TO-0518', 'TO-0641'];

function post(body: string, to = 0): Promise<number> {
  const at = bases[to % bases.length]!;
  return new Promise((done, fail) => {
    const req = http.request(
      {
        host: at.hostname,
        port: at.port,
        path: '/v1/ppe/bookings',
        method: 'POST',
        agent: agents[to % bases.length]!,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Sportello-Partner-Key': 'pk_demo_torino',
          'Idempotency-Key': randomUUID(),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const latencies = new Float64Array(REQUESTS);
const statuses = new Map<number, number>();
let next = 0;
const serversCpu = () => servers.reduce((sum, srv) => sum + (cpuSeconds(srv.pid!) ?? NaN), 0);
const serverCpuBefore = serversCpu();
const refused: number[] = []; // latencies of 503s (admission control)
const clientCpuBefore = process.cpuUsage();
const started = performance.now();
let lastReport = started;

const bodyOf = (i: number) =>
  JSON.stringify({
    roundId: ROUND,
    applicant: { taxCode: syntheticTaxCode(i), givenName: 'Persona', familyName: `Numero ${i}` },
    householdSize: household(i),
    building: { buildingCode: buildings[i % buildings.length] },
    contact: { phone: `+39333${String(i).padStart(7, '0')}` },
    privacyConsent: true,
  });

async function one(r: number) {
  const t0 = performance.now();
  const status = await post(bodyOf(personOf(r)), r);
  const ms = performance.now() - t0;
  if (status === 503) refused.push(ms);
  latencies[r] = status === 503 ? NaN : ms;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  if (performance.now() - lastReport > 10_000) {
    lastReport = performance.now();
    process.stderr.write(`  … ${r} requests, ${((statuses.get(201) ?? 0) / ((lastReport - started) / 1000)).toFixed(0)} bookings/s\n`);
  }
}

async function worker() {
  for (;;) {
    const r = next++;
    if (r >= REQUESTS) return;
    await one(r);
  }
}

/** Open loop: a request every 1/RATE s, whatever the answers (a crowd does not wait for the server). */
async function openLoop(rate: number) {
  const inFlight: Promise<void>[] = [];
  for (let r = 0; r < REQUESTS; r++) {
    const due = started + (r * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((t) => setTimeout(t, wait));
    inFlight.push(one(r));
  }
  await Promise.all(inFlight);
}

console.log(
  `Booking ${PEOPLE} households (${REQUESTS} requests, ${RATE ? `open loop at ${RATE}/s` : `${CONCURRENCY} in flight`}) on ${STORE}, ${PROCESSES} server process${PROCESSES > 1 ? 'es' : ''} …`,
);
if (RATE) await openLoop(RATE);
else await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (performance.now() - started) / 1000;
const serverCpu = serversCpu() - serverCpuBefore;
const clientCpu = process.cpuUsage(clientCpuBefore);
for (const a of agents) a.destroy();

const sorted = latencies.filter((l) => !Number.isNaN(l)).sort();
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
const created = statuses.get(201) ?? 0;
console.log(`\n${REQUESTS} requests in ${seconds.toFixed(1)} s`);
console.log(`  bookings/s: ${(created / seconds).toFixed(0)}   requests/s: ${(REQUESTS / seconds).toFixed(0)}`);
console.log(`  latency ms${refused.length ? ' (admitted)' : ''}: p50 ${pct(50)}  p90 ${pct(90)}  p99 ${pct(99)}  max ${sorted[sorted.length - 1]!.toFixed(1)}`);
if (refused.length) {
  const r = refused.sort((a, b) => a - b);
  console.log(`  refused (503): ${r.length}, latency ms p50 ${r[Math.floor(r.length / 2)]!.toFixed(1)}  p99 ${r[Math.floor(r.length * 0.99)]!.toFixed(1)}`);
}
if (!Number.isNaN(serverCpu)) {
  const perRequest = (serverCpu * 1e6) / REQUESTS;
  console.log(`  server CPU: ${serverCpu.toFixed(1)} s (${perRequest.toFixed(0)} µs per request: one core sustains ~${(1e6 / perRequest).toFixed(0)} requests/s)`);
}
console.log(`  loader CPU: ${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s   load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`  answers: ${[...statuses].sort().map(([s, n]) => `${s} × ${n}`).join(', ')}`);

const exited = Promise.all(servers.map((srv) => new Promise((done) => srv.once('exit', done))));
for (const srv of servers) srv.kill('SIGTERM');
await exited;
void server;

let round: { stock_units: number; units_booked: number };
let booked: { n: number; units: number };
let twice: number;
if (pg) {
  const sql = connectPostgres(pg.url, { max: 1 });
  [round] = (await sql`SELECT stock_units, units_booked FROM rounds WHERE id = ${ROUND}`) as any;
  [booked] = (await sql`SELECT count(*)::int AS n, coalesce(sum(quantity), 0)::int AS units FROM bookings WHERE round_id = ${ROUND} AND state <> 'cancelled'`) as any;
  twice = Number((await sql`SELECT count(*)::int AS n FROM (SELECT tax_code FROM bookings WHERE round_id = ${ROUND} GROUP BY tax_code HAVING count(*) > 1) t`)[0]!.n);
  await sql.end();
  if (!values.keep) await dropDatabase(pg.admin as any, pg.name);
  await pg.admin.end();
} else {
  const db = openDatabase(file, { migrate: false });
  round = db.prepare('SELECT stock_units, units_booked FROM rounds WHERE id = ?').get(ROUND) as { stock_units: number; units_booked: number };
  booked = db.prepare("SELECT count(*) AS n, coalesce(sum(quantity), 0) AS units FROM bookings WHERE round_id = ? AND state <> 'cancelled'").get(ROUND) as { n: number; units: number };
  twice = db.prepare('SELECT count(*) FROM (SELECT tax_code FROM bookings WHERE round_id = ? GROUP BY tax_code HAVING count(*) > 1)').pluck().get(ROUND) as number;
  db.close();
}
const checks: Array<[string, boolean]> = [
  [`units booked ${round.units_booked} ≤ stock ${round.stock_units}`, round.units_booked <= round.stock_units],
  [`units booked = sum of the bookings (${booked.units})`, round.units_booked === booked.units],
  [`no codice fiscale booked twice (${twice} found)`, twice === 0],
  [`one row per 201 (${booked.n} rows, ${created} × 201)`, booked.n === created],
  ['no 5xx but admission control’s 503', ![...statuses.keys()].some((s) => (s >= 500 && s !== 503) || s === 0)],
];
console.log('\nDatabase:');
for (const [what, ok] of checks) console.log(`  ${ok ? '✓' : '✗'} ${what}`);
if (values.keep) console.log(`\nDatabase kept at ${pg ? pg.url.replace(/:[^:@/]*@/, ':***@') : file}`);
else rmSync(dir, { recursive: true, force: true });
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
