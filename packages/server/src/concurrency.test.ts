import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type SqliteDatabase } from './store/sqlite/database';
import { harness, newKey } from './testing/harness';
import { listen } from './testing/http';
import { syntheticTaxCode } from './testing/tax-codes';
import { DEMO_NOW } from '@sportello/demo-data';

const ROUND = 'concurrency-test';
const HOUSEHOLDS = 50;
const ATTEMPTS = 200;

/** A round open around DEMO_NOW (and today) with stock for exactly 50 one-person households. */
function addRound(db: SqliteDatabase) {
  db.prepare(
    `INSERT INTO rounds (id, title_it, title_en, item_it, item_en, opens_at, closes_at, units_per_person, max_household_size, stock_units)
     VALUES (?, 'Prova', 'Test', 'mascherine', 'masks', ?, ?, 5, 12, ?)`,
  ).run(ROUND, DEMO_NOW.getTime() - 86_400_000, Date.now() + 86_400_000, HOUSEHOLDS * 5);
}

const body = (i: number) => ({
  roundId: ROUND,
  applicant: { taxCode: syntheticTaxCode(i), givenName: 'Persona', familyName: `Numero ${i}` },
  householdSize: 1,
  building: { buildingCode: 'TO-0412' },
  contact: { phone: `333${String(1_000_000 + i)}` },
  privacyConsent: true,
});

function checkDatabase(db: SqliteDatabase) {
  const round = db.prepare('SELECT stock_units, units_booked FROM rounds WHERE id = ?').get(ROUND) as { stock_units: number; units_booked: number };
  const bookings = db.prepare('SELECT count(*) AS n, count(DISTINCT tax_code) AS people, coalesce(sum(quantity), 0) AS units FROM bookings WHERE round_id = ?').get(ROUND) as {
    n: number;
    people: number;
    units: number;
  };
  assert.equal(round.units_booked, round.stock_units, 'all the stock is booked');
  assert.ok(round.stock_units - round.units_booked >= 0, 'stock never negative');
  assert.deepEqual(bookings, { n: HOUSEHOLDS, people: HOUSEHOLDS, units: HOUSEHOLDS * 5 });
}

function tally(answers: Array<{ status: number; body: any; problems: string[] }>) {
  for (const a of answers) assert.deepEqual(a.problems, []);
  const created = answers.filter((a) => a.status === 201).length;
  const full = answers.filter((a) => a.status === 409 && a.body.type === 'urn:sportello:problem:round-full').length;
  const errors = answers.filter((a) => a.status >= 500).length;
  return { created, full, errors };
}

describe('200 simultaneous bookings for a round with stock for 50 households', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sportello-concurrency-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('confirms exactly 50 over HTTP, the rest round-full, no 5xx', async () => {
    const db = openDatabase(join(dir, 'one.sqlite'));
    const h = harness({ db });
    addRound(db);
    const server = await listen(h.app);
    try {
      const answers = await Promise.all(
        Array.from({ length: ATTEMPTS }, (_, i) => server.call('POST', '/v1/ppe/bookings', { body: body(i), idempotencyKey: newKey() })),
      );
      assert.deepEqual(tally(answers), { created: HOUSEHOLDS, full: ATTEMPTS - HOUSEHOLDS, errors: 0 });
      checkDatabase(db);
    } finally {
      await server.close();
      db.close();
    }
  });

  it('still confirms exactly 50 when two server processes share the database file', { timeout: 60_000 }, async () => {
    const file = join(dir, 'two.sqlite');
    const db = openDatabase(file);
    harness({ db }); // seeds the demo data (buildings) into the file
    addRound(db);
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const children: ChildProcess[] = [];
    const start = () =>
      new Promise<string>((ready, fail) => {
        const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main, '--port', '0', '--database', file, '--rate-limits', 'off', '--log', 'warn', '--no-seed'], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        let out = '';
        child.stdout!.on('data', (chunk) => {
          out += chunk;
          const m = /Sportello API: (http:\/\/\S+)\/v1/.exec(out);
          if (m) ready(m[1]!.replace('localhost', '127.0.0.1'));
        });
        child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
      });
    try {
      const urls = await Promise.all([start(), start()]);
      const { buildRequest, toAnswer, contractProblems } = await import('./testing/harness');
      const answers = await Promise.all(
        Array.from({ length: ATTEMPTS }, async (_, i) => {
          const path = '/v1/ppe/bookings';
          const a = await toAnswer(await fetch(buildRequest('POST', path, { body: body(i), idempotencyKey: newKey() }, urls[i % 2])));
          return { ...a, problems: contractProblems('POST', path, a) };
        }),
      );
      assert.deepEqual(tally(answers), { created: HOUSEHOLDS, full: ATTEMPTS - HOUSEHOLDS, errors: 0 });
      checkDatabase(db);
      // SIGTERM stops each server cleanly.
      const exits = children.map((c) => new Promise<number | null>((done) => c.once('exit', (code) => done(code))));
      for (const c of children) c.kill('SIGTERM');
      assert.deepEqual(await Promise.all(exits), [0, 0]);
    } finally {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      db.close();
    }
  });
});
