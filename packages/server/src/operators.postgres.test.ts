/**
 * The operators' invariants across processes on one PostgreSQL database (real processes, a real
 * database): a voucher's balance never goes below zero however many tills in however many
 * processes redeem on it at once. Skipped, saying why, when SPORTELLO_TEST_DATABASE_URL is not set.
 */
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { demo } from '@sportello/demo-data';
import { generateCode } from '@sportello/sdk/checks';
import { PG_SKIP, scratchDatabase, type ScratchDatabase } from './testing/postgres';
import type { WorkerAnswer, WorkerRequest } from './testing/operator-worker';
import { connectPostgres, type Sql } from './store/postgres/database';
import { migratePostgres } from './store/postgres/migrations';
import { createPostgresStore } from './store/postgres/postgres-store';
import { demoSeed } from './seed';

const WORKER = fileURLToPath(new URL('./testing/operator-worker.ts', import.meta.url));

interface Worker {
  child: ChildProcess;
  next: (kind: 'started' | 'ready' | 'answers') => Promise<any>;
}

function startWorker(url: string): Worker {
  const child = fork(WORKER, [url], { execArgv: ['--conditions=source', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const inbox: any[] = [];
  const waiting: Array<() => void> = [];
  child.on('message', (m) => {
    inbox.push(m);
    waiting.splice(0).forEach((w) => w());
  });
  const next = async (kind: string) => {
    for (;;) {
      const i = inbox.findIndex((m) => kind in m);
      if (i >= 0) return inbox.splice(i, 1)[0][kind];
      if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}`);
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  return { child, next };
}

if (PG_SKIP) {
  test('operators across server processes on one PostgreSQL database', { skip: PG_SKIP }, () => {});
} else {
  describe('operators across server processes on one PostgreSQL database', { timeout: 120_000 }, () => {
    let db: ScratchDatabase;
    let sql: Sql;
    const workers: Worker[] = [];

    before(async () => {
      db = await scratchDatabase('operators');
      sql = connectPostgres(db.url, { max: 2 });
      await migratePostgres(sql);
      const seeding = createPostgresStore(connectPostgres(db.url, { max: 1 }));
      await seeding.seed(demoSeed());
      await seeding.close();
    });
    after(async () => {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
      await sql?.end();
      await db?.drop();
    });

    it('20 tills redeem € 10 at once on a € 50 voucher, spread over two processes: exactly 5 go through, balance 0, never below', async () => {
      const code = generateCode('BS');
      await sql`INSERT INTO vouchers (code, holder_tax_code, face_value_cents, balance_cents, expires_on, revoked, district)
                VALUES (${code}, ${demo.taxCodes.free}, 5000, 5000, '2099-12-31', false, 8)`;
      const two = [startWorker(db.url), startWorker(db.url)];
      workers.push(...two);
      await Promise.all(two.map((w) => w.next('started')));
      const requests = (p: number): WorkerRequest[] =>
        Array.from({ length: 10 }, (_, i) => ({
          method: 'POST',
          path: '/operator/vouchers/redemptions',
          as: (p + i) % 2 ? 'shop' : 'otherShop',
          body: { voucherCode: code, taxCode: demo.taxCodes.free, amountCents: 1000 },
          key: `two-processes-${p}-${i}-${code}`,
        }));
      two.forEach((w, p) => w.child.send({ requests: requests(p) }));
      await Promise.all(two.map((w) => w.next('ready')));
      two.forEach((w) => w.child.send({ go: true }));
      const answers: WorkerAnswer[][] = await Promise.all(two.map((w) => w.next('answers')));

      const all = answers.flat();
      assert.equal(all.length, 20);
      const ok = all.filter((a) => a.status === 201);
      const refused = all.filter((a) => a.status !== 201);
      assert.equal(ok.length, 5, `exactly five redemptions: ${JSON.stringify(all.map((a) => a.status))}`);
      assert.ok(refused.every((a) => a.status === 409 && ['insufficient-balance', 'voucher-not-active'].includes(String(a.body.type).replace('urn:sportello:problem:', ''))), JSON.stringify(refused.map((a) => a.body.type)));
      assert.ok(answers.every((a) => a.length === 10), 'ten requests answered by each process');
      assert.deepEqual(ok.map((a) => a.body.balanceBeforeCents).sort((a, b) => a - b), [1000, 2000, 3000, 4000, 5000], 'each euro taken once');
      assert.deepEqual(ok.map((a) => a.body.balanceAfterCents).sort((a, b) => a - b), [0, 1000, 2000, 3000, 4000]);

      const [v] = await sql<{ balance_cents: number }[]>`SELECT balance_cents FROM vouchers WHERE code = ${code}`;
      const [r] = await sql<{ n: number; total: number }[]>`SELECT count(*)::int AS n, coalesce(sum(amount_cents), 0)::int AS total FROM redemptions WHERE voucher_code = ${code}`;
      assert.deepEqual([v!.balance_cents, r!.n, r!.total], [0, 5, 5000]);
      const [audited] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'create_voucher_redemption' AND record = ${code}`;
      assert.equal(audited!.n, 5, 'each redemption audited once, in whichever process made it');

      two.forEach((w) => w.child.send({ stop: true }));
      await Promise.all(two.map((w) => new Promise((r) => (w.child.exitCode !== null ? r(null) : w.child.once('exit', r)))));
    });

    it('the audit log is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
      await sql`INSERT INTO audit_log (at, subject, roles, partner_id, action, record) VALUES (${Date.now()}, 'test', ${['city']}::text[], 'demo-torino', 'test', 'x')`;
      await assert.rejects(sql`UPDATE audit_log SET subject = 'someone else'`, /append-only/);
      await assert.rejects(sql`DELETE FROM audit_log`, /append-only/);
      await assert.rejects(sql`TRUNCATE audit_log`, /append-only/);
      const [n] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_log WHERE subject = 'test'`;
      assert.equal(n!.n, 1);
    });

    it('a help request’s description is sealed at rest; the store opens it with the ring, and not without it', async () => {
      const ring = [{ id: 'k1', key: Buffer.alloc(32, 1) }];
      const store = createPostgresStore(connectPostgres(db.url, { max: 1 }), { dataKeys: ring });
      const words = 'Non riesco a dormire da settimane.';
      const filed = await store.createHelpRequest(
        { code: generateCode('PC'), topic: 'psychological-support', description: words, forWhom: 'myself', contact: { phone: '+393337654321', preferredChannel: 'phone', preferredTime: 'evening' }, district: 2, healthDataConsent: true, lang: 'it' },
        Date.now(),
      );
      assert.ok(filed.ok && 'ticket' in filed);
      const code = filed.ticket.ticketCode;
      const [raw] = await sql<{ description: string }[]>`SELECT description FROM help_requests WHERE ticket_code = ${code}`;
      assert.match(raw!.description, /^v1\.k1\./);
      assert.equal(raw!.description.includes('dormire'), false);
      assert.equal((await store.findOperatorHelpRequest(code))?.description, words);
      await store.close();
      const stranger = createPostgresStore(connectPostgres(db.url, { max: 1 }), { dataKeys: [{ id: 'k2', key: Buffer.alloc(32, 2) }] });
      await assert.rejects(stranger.findOperatorHelpRequest(code));
      await stranger.close();
    });
  });
}
