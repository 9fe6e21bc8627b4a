import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './database';
import { migrate, migrations } from './migrations';
import { createSqliteStore } from './sqlite-store';
import { demoSeed } from '../../seed';
import { DEMO_NOW } from '@sportello/demo-data';

describe('SQLite storage', () => {
  it('creates the file and its folder, in WAL mode, and migrates once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sportello-db-'));
    try {
      const file = join(dir, 'nested', 'sportello.sqlite');
      const db = openDatabase(file);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 1);
      assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').pluck().all(), migrations.map((m) => m.version));
      assert.deepEqual(migrate(db), []);
      db.close();
      const again = openDatabase(file);
      assert.deepEqual(migrate(again), []);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('seeds a new database and knows when it is not new', async () => {
    const store = createSqliteStore(openDatabase(':memory:'));
    assert.equal(await store.isEmpty(), true);
    await store.seed(demoSeed(DEMO_NOW));
    assert.equal(await store.isEmpty(), false);
  });

  it('refuses, by constraint, a second active booking per person per round and stock below zero', async () => {
    const db = openDatabase(':memory:');
    await createSqliteStore(db).seed(demoSeed(DEMO_NOW));
    const existing = db.prepare("SELECT * FROM bookings WHERE state = 'confirmed' LIMIT 1").get() as Record<string, unknown>;
    const copy = { ...existing, code: 'PR-0000-0000-X' };
    const insert = db.prepare(`INSERT INTO bookings (${Object.keys(copy).join(', ')}) VALUES (${Object.keys(copy).map((k) => `@${k}`).join(', ')})`);
    assert.throws(() => insert.run(copy), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    assert.doesNotThrow(() => insert.run({ ...copy, state: 'cancelled' }));
    assert.throws(() => db.prepare('UPDATE rounds SET units_booked = stock_units + 1').run(), { code: 'SQLITE_CONSTRAINT_CHECK' });
    assert.throws(() => db.prepare('UPDATE events SET seats_taken = capacity + 1').run(), { code: 'SQLITE_CONSTRAINT_CHECK' });
  });
});

describe('group commit', () => {
  it('commits writes of one turn together, each atomic on its own', async () => {
    const { groupCommit } = await import('./group-commit');
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
    const write = groupCommit(db);
    const insert = db.prepare('INSERT INTO t (n) VALUES (?)');
    const a = write(() => insert.run(1).changes);
    const b = write(() => {
      insert.run(2);
      throw new Error('half done');
    });
    const c = write(() => insert.run(1).changes);
    const d = write(() => insert.run(3).changes);
    assert.equal(db.prepare('SELECT count(*) FROM t').pluck().get(), 0, 'nothing is written before the turn ends');
    assert.equal(await a, 1);
    await assert.rejects(b, /half done/);
    await assert.rejects(c, { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    assert.equal(await d, 1);
    assert.deepEqual(db.prepare('SELECT n FROM t ORDER BY n').pluck().all(), [1, 3]);
  });
});
