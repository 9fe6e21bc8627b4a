import type { SqliteDatabase } from './database';

interface Job {
  fn: () => unknown;
  resolve: (value: any) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes asked for in the same turn of the event loop run one after the other in a
 * single `BEGIN IMMEDIATE` transaction, each inside its own savepoint, and their promises settle
 * once that transaction has committed. Each write is still atomic on its own (a write that throws
 * rolls back to its savepoint and rejects alone) and no answer is sent before its write is
 * durable; but a burst of bookings costs one commit instead of one each, which is what lets one
 * SQLite file take hundreds of thousands of bookings in minutes.
 */
export function groupCommit(db: SqliteDatabase) {
  let queue: Job[] = [];
  let scheduled = false;
  const savepoint = db.transaction((fn: () => unknown) => fn());
  const batch = db.transaction((jobs: Job[]) =>
    jobs.map((job) => {
      try {
        return { ok: true as const, value: savepoint(job.fn) };
      } catch (error) {
        return { ok: false as const, error };
      }
    }),
  );

  const flush = () => {
    scheduled = false;
    const jobs = queue;
    queue = [];
    let results;
    try {
      results = batch.immediate(jobs);
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    results.forEach((r, i) => (r.ok ? jobs[i]!.resolve(r.value) : jobs[i]!.reject(r.error)));
  };

  /** Runs `fn` (synchronous, touching only this database) in the next group commit. */
  return function write<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}
