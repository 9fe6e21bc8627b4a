import type { SeedData } from '@sportello/domain';
import type { Store } from '../store';
import { isPostgresTransient, type Sql } from './database';
import { postgresPpe } from './ppe';
import { postgresVouchers } from './vouchers';
import { postgresEvents } from './events';
import { postgresHelp } from './help';
import { purgeKeys } from './keys';
import { seedPostgres } from './seed';
import { postgresOperators } from './operators';
import { ephemeralKeyRing, sealer, type KeyRing } from '../sqlite/sealed';

/**
 * The {@link Store} on PostgreSQL (the `postgres` driver). Every invariant is held by the database,
 * whatever number of server processes share it: each write runs in one transaction that claims its
 * idempotency key first (`INSERT … ON CONFLICT`), locks the rows its decision reads (`FOR UPDATE`),
 * calls the domain's decision and applies it, with `CHECK`s and partial unique indexes behind it.
 * Bookings — the hot path, every one touching one round's stock row — go in groups (see `ppe.ts`).
 * Nothing in the process changes an answer: a second process sees exactly what this one sees.
 */
export interface PostgresStoreOptions {
  /** Bookings decided together in one transaction, at most (default 256). */
  maxGroup?: number;
  /**
   * The keys that seal help-request descriptions at rest (`../sqlite/sealed.ts`). Every process
   * sharing the database must hold the same ring (DATA_KEYS); default one random key, lost when the
   * process ends — for tests only.
   */
  dataKeys?: KeyRing;
}

export function createPostgresStore(sql: Sql, options: PostgresStoreOptions = {}): Store {
  const sealed = sealer(options.dataKeys ?? ephemeralKeyRing());
  const ppe = postgresPpe(sql, { maxGroup: options.maxGroup, isTransient: isPostgresTransient });
  const vouchers = postgresVouchers(sql);
  const events = postgresEvents(sql);
  const help = postgresHelp(sql, sealed);
  const ops = postgresOperators(sql, sealed);

  return {
    // Within 2 s, so that a health check answers fast even when the network to the database hangs.
    ping: () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((done) => (timer = setTimeout(() => done(false), 2000)));
      const up = sql`SELECT 1 AS up`.then((r) => r.length === 1);
      return Promise.race([up, late]).finally(() => clearTimeout(timer));
    },
    isEmpty: async () => {
      const [row] = await sql<{ n: number }[]>`SELECT (SELECT count(*) FROM rounds) + (SELECT count(*) FROM events) + (SELECT count(*) FROM help_topics) AS n`;
      return Number(row!.n) === 0;
    },
    seed: (data: SeedData) => seedPostgres(sql, data, Date.now()),
    listRounds: ppe.listRounds,
    findBuilding: ppe.findBuilding,
    createBooking: ppe.createBooking,
    findBooking: ppe.findBooking,
    cancelBooking: ppe.cancelBooking,
    findVoucher: vouchers.findVoucher,
    listShops: vouchers.listShops,
    listEvents: events.listEvents,
    findEvent: events.findEvent,
    createRegistration: events.createRegistration,
    listHelpTopics: help.listHelpTopics,
    createHelpRequest: help.createHelpRequest,
    findHelpRequest: help.findHelpRequest,
    purgeIdempotencyKeys: (nowMs) => purgeKeys(sql, nowMs),
    ...ops,
    close: () => sql.end({ timeout: 5 }),
  };
}
