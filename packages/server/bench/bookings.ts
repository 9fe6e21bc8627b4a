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

const { values } = parseArgs({
  options: {
    bookings: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '64' },
    'stock-ratio': { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
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
{
  const db = openDatabase(file);
  await createSqliteStore(db).seed(demoSeed());
  let demand = 0;
  for (let i = 0; i < PEOPLE; i++) demand += household(i) * UNITS_PER_PERSON;
  db.prepare(
    `INSERT INTO rounds (id, title_it, title_en, item_it, item_en, opens_at, closes_at, units_per_person, max_household_size, stock_units)
     VALUES (?, 'Benchmark', 'Benchmark', 'mascherine', 'masks', ?, ?, ?, 12, ?)`,
  ).run(ROUND, Date.now() - 3_600_000, Date.now() + 86_400_000, UNITS_PER_PERSON, Math.floor(demand * STOCK_RATIO));
  db.close();
}

// The server, in its own process, as it runs in production (rate limits off: one client IP here).
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
const server = spawn(process.execPath, [...profile, '--conditions=source', '--import', 'tsx', main, '--port', '0', '--database', file, '--rate-limits', 'off', '--log', 'warn', '--no-seed'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
// Interrupted, the benchmark takes its server down with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.kill('SIGTERM');
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}
const base = await new Promise<URL>((ready, fail) => {
  let out = '';
  server.stdout!.on('data', (c) => {
    out += c;
    const m = /Sportello API: http:\/\/[^:]+:(\d+)\/v1/.exec(out);
    if (m) ready(new URL(`http://127.0.0.1:${m[1]}`));
  });
  server.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
});

/** CPU seconds a process has used (Linux /proc), to tell the server's cost from the machine's load. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const buildings = ['TO-0412', 'TO-0137', 'TO-0220', 'TO-0305', 'TO-0518', 'TO-0641'];

function post(body: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: '/v1/ppe/bookings',
        method: 'POST',
        agent,
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
const serverCpuBefore = cpuSeconds(server.pid!);
const clientCpuBefore = process.cpuUsage();
const started = performance.now();
let lastReport = started;

async function worker() {
  for (;;) {
    const r = next++;
    if (r >= REQUESTS) return;
    const i = personOf(r);
    const body = JSON.stringify({
      roundId: ROUND,
      applicant: { taxCode: syntheticTaxCode(i), givenName: 'Persona', familyName: `Numero ${i}` },
      householdSize: household(i),
      building: { buildingCode: buildings[i % buildings.length] },
      contact: { phone: `+39333${String(i).padStart(7, '0')}` },
      privacyConsent: true,
    });
    const t0 = performance.now();
    const status = await post(body);
    latencies[r] = performance.now() - t0;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      process.stderr.write(`  … ${r} requests, ${((statuses.get(201) ?? 0) / ((lastReport - started) / 1000)).toFixed(0)} bookings/s\n`);
    }
  }
}

console.log(`Booking ${PEOPLE} households (${REQUESTS} requests, ${CONCURRENCY} in flight) at ${base.origin} …`);
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (performance.now() - started) / 1000;
const serverCpu = (cpuSeconds(server.pid!) ?? NaN) - (serverCpuBefore ?? NaN);
const clientCpu = process.cpuUsage(clientCpuBefore);
agent.destroy();

const sorted = latencies.slice().sort();
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
const created = statuses.get(201) ?? 0;
console.log(`\n${REQUESTS} requests in ${seconds.toFixed(1)} s`);
console.log(`  bookings/s: ${(created / seconds).toFixed(0)}   requests/s: ${(REQUESTS / seconds).toFixed(0)}`);
console.log(`  latency ms: p50 ${pct(50)}  p90 ${pct(90)}  p99 ${pct(99)}  max ${sorted[sorted.length - 1]!.toFixed(1)}`);
if (!Number.isNaN(serverCpu)) {
  const perRequest = (serverCpu * 1e6) / REQUESTS;
  console.log(`  server CPU: ${serverCpu.toFixed(1)} s (${perRequest.toFixed(0)} µs per request: one core sustains ~${(1e6 / perRequest).toFixed(0)} requests/s)`);
}
console.log(`  loader CPU: ${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s   load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`  answers: ${[...statuses].sort().map(([s, n]) => `${s} × ${n}`).join(', ')}`);

const exited = new Promise((done) => server.once('exit', done));
server.kill('SIGTERM');
await exited;

const db = openDatabase(file, { migrate: false });
const round = db.prepare('SELECT stock_units, units_booked FROM rounds WHERE id = ?').get(ROUND) as { stock_units: number; units_booked: number };
const booked = db.prepare("SELECT count(*) AS n, coalesce(sum(quantity), 0) AS units FROM bookings WHERE round_id = ? AND state <> 'cancelled'").get(ROUND) as {
  n: number;
  units: number;
};
const twice = db.prepare('SELECT count(*) FROM (SELECT tax_code FROM bookings WHERE round_id = ? GROUP BY tax_code HAVING count(*) > 1)').pluck().get(ROUND) as number;
db.close();
const checks: Array<[string, boolean]> = [
  [`units booked ${round.units_booked} ≤ stock ${round.stock_units}`, round.units_booked <= round.stock_units],
  [`units booked = sum of the bookings (${booked.units})`, round.units_booked === booked.units],
  [`no codice fiscale booked twice (${twice} found)`, twice === 0],
  [`one row per 201 (${booked.n} rows, ${created} × 201)`, booked.n === created],
  ['no 5xx', ![...statuses.keys()].some((s) => s >= 500 || s === 0)],
];
console.log('\nDatabase:');
for (const [what, ok] of checks) console.log(`  ${ok ? '✓' : '✗'} ${what}`);
if (values.keep) console.log(`\nDatabase kept at ${file}`);
else rmSync(dir, { recursive: true, force: true });
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
