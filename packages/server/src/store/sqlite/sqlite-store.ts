import type { SqliteDatabase } from './database';
import type { Store } from '../store';
import type { SeedData } from '@sportello/domain';
import { sqlitePpe } from './ppe';
import { sqliteVouchers } from './vouchers';
import { sqliteEvents } from './events';
import { sqliteHelp } from './help';
import { sqliteIdempotency } from './idempotency';
import { seedSqlite } from './seed';
import { groupCommit } from './group-commit';

/**
 * The {@link Store} on SQLite (better-sqlite3). Statements are prepared once; every write that must
 * respect a domain rule runs in a `BEGIN IMMEDIATE` transaction, which takes the database's write
 * lock at once, so concurrent writers — in this process or another sharing the file — queue up
 * instead of deciding on stale reads. better-sqlite3 is synchronous: each method does its work
 * before returning its (already settled) promise. A create's idempotency key is claimed, and its
 * answer stored, inside the create's own transaction.
 */
export function createSqliteStore(db: SqliteDatabase): Store {
  const ppe = sqlitePpe(db);
  const vouchers = sqliteVouchers(db);
  const events = sqliteEvents(db);
  const help = sqliteHelp(db);
  const keys = sqliteIdempotency(db);
  const ping = db.prepare('SELECT 1');
  const empty = db.prepare<[], { n: number }>(
    'SELECT (SELECT count(*) FROM rounds) + (SELECT count(*) FROM events) + (SELECT count(*) FROM help_topics) AS n',
  );
  // Reads run at once (a thrown error becomes a rejected promise, as an async store's would);
  // writes go through the group commit.
  const run = async <T>(fn: () => T): Promise<T> => fn();
  const write = groupCommit(db);

  return {
    ping: () => run(() => ping.get() !== undefined),
    isEmpty: () => run(() => empty.get()!.n === 0),
    seed: (data: SeedData) => run(() => seedSqlite(db, data, Date.now())),
    listRounds: (lang, nowMs, state) => run(() => ppe.listRounds(lang, nowMs, state)),
    findBuilding: (key) => run(() => ppe.findBuilding(key)),
    createBooking: (input, nowMs, idem) => write(() => keys.withKey(idem, nowMs, () => ppe.createBooking(input, nowMs))),
    findBooking: (code, taxCode) => run(() => ppe.findBooking(code, taxCode)),
    cancelBooking: (code, taxCode, nowMs) => write(() => ppe.cancelBooking(code, taxCode, nowMs)),
    findVoucher: (code, taxCode, nowMs) => run(() => vouchers.findVoucher(code, taxCode, nowMs)),
    listShops: (query) => run(() => vouchers.listShops(query)),
    listEvents: (query, lang) => run(() => events.listEvents(query, lang)),
    findEvent: (id, lang) => run(() => events.findEvent(id, lang)),
    createRegistration: (input, nowMs, idem) => write(() => keys.withKey(idem, nowMs, () => events.createRegistration(input, nowMs))),
    listHelpTopics: (lang) => run(() => help.listHelpTopics(lang)),
    createHelpRequest: (input, nowMs, idem) => write(() => keys.withKey(idem, nowMs, () => help.createHelpRequest(input, nowMs))),
    findHelpRequest: (code, contact) => run(() => help.findHelpRequest(code, contact)),
    purgeIdempotencyKeys: (nowMs) => write(() => keys.purge(nowMs)),
    close: () => run(() => void db.close()),
  };
}
