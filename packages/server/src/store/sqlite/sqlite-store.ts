import type { SqliteDatabase } from './database';
import type { Store } from '../store';
import type { SeedData } from '@sportello/domain';
import { sqlitePpe } from './ppe';
import { sqliteVouchers } from './vouchers';
import { sqliteEvents } from './events';
import { sqliteHelp } from './help';
import { sqliteIdempotency } from './idempotency';
import { sqliteOperators } from './operators';
import { ephemeralKeyRing, sealer, type KeyRing } from './sealed';
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
export interface SqliteStoreOptions {
  /** The keys that seal help-request descriptions at rest (see `sealed.ts`); default one random key (lost on restart: for `:memory:` and tests). */
  dataKeys?: KeyRing;
}

export function createSqliteStore(db: SqliteDatabase, options: SqliteStoreOptions = {}): Store {
  const sealed = sealer(options.dataKeys ?? ephemeralKeyRing());
  const ppe = sqlitePpe(db);
  const vouchers = sqliteVouchers(db);
  const events = sqliteEvents(db);
  const help = sqliteHelp(db, sealed);
  const keys = sqliteIdempotency(db);
  const ops = sqliteOperators(db, sealed, (code, nowMs) => vouchers.voucherByCode(code, nowMs), (id, nowMs) => ppe.roundById(id, nowMs));
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

    listOperatorBookings: (query) => run(() => ops.listOperatorBookings(query)),
    updateDeliveries: (codes, to, buildings, nowMs) => write(() => ops.updateDeliveries(codes, to, buildings, nowMs)),
    redeemVoucher: (input, nowMs, idem) => write(() => keys.withKey(idem, nowMs, () => ops.redeemVoucher(input, nowMs))),
    voidRedemption: (id, shopId, nowMs) => write(() => ops.voidRedemption(id, shopId, nowMs)),
    listRedemptions: (shopId, fromMs, toMs) => run(() => ops.listRedemptions(shopId, fromMs, toMs)),
    issueVoucher: (input, idem) => write(() => keys.withKey(idem, Date.now(), () => ops.issueVoucher(input))),
    revokeVoucher: (code, nowMs) => write(() => ops.revokeVoucher(code, nowMs)),
    createRound: (input, nowMs, idem) => write(() => keys.withKey(idem, nowMs, () => ops.createRound(input, nowMs))),
    changeRound: (id, change, nowMs) => write(() => ops.changeRound(id, change, nowMs)),
    listOperatorHelpRequests: (query) => run(() => ops.listOperatorHelpRequests(query)),
    findOperatorHelpRequest: (code) => run(() => ops.findOperatorHelpRequest(code)),
    assignHelpRequest: (code, volunteer, nowMs) => write(() => ops.assignHelpRequest(code, volunteer, nowMs)),
    scheduleHelpRequest: (code, at, nowMs) => write(() => ops.scheduleHelpRequest(code, at, nowMs)),
    closeHelpRequest: (code, outcome, nowMs) => write(() => ops.closeHelpRequest(code, outcome, nowMs)),
    listAttendance: (eventId) => run(() => ops.listAttendance(eventId)),
    registrationEvent: (code) => run(() => ops.registrationEvent(code)),
    checkIn: (code, nowMs) => write(() => ops.checkIn(code, nowMs)),
    cancelRegistration: (code, nowMs) => write(() => ops.cancelRegistration(code, nowMs)),
    appendAudit: (entry) => write(() => ops.appendAudit(entry)),
    listAudit: (query) => run(() => ops.listAudit(query)),
    close: () => run(() => void db.close()),
  };
}
