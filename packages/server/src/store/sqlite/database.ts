import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating it if needed) the SQLite database at `path` — `:memory:` for a private
 * in-memory one — tuned for many short write transactions: WAL (readers never block the writer),
 * `synchronous = NORMAL` (durable at each checkpoint, never corrupt), a busy timeout so that a
 * second process waits for the write lock instead of failing. Applies pending migrations.
 */
export function openDatabase(path: string, options: { migrate?: boolean } = {}): SqliteDatabase {
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  if (path !== ':memory:' && path !== '') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  if (options.migrate !== false) migrate(db);
  return db;
}
