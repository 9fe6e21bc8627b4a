import type { RateCounter, WindowCount } from '../../http/shared-rate-limit';
import type { Sql } from './database';

interface Pending {
  keys: readonly string[];
  nowMs: number;
  windowMs: number;
  by: number;
  resolve: (w: WindowCount[]) => void;
  reject: (e: unknown) => void;
}

/**
 * Rate-limit windows in PostgreSQL (`rate_windows`, an UNLOGGED table: counters need no crash
 * safety), shared by every process. The hits asked for in one turn of the event loop go as ONE
 * upsert (`INSERT … ON CONFLICT DO UPDATE`, keys sorted so that processes cannot deadlock), each
 * key counted once with the sum of its hits; every caller then gets its own position in the
 * window. A partner's window is one row every request touches: one statement per turn, not one
 * per request, keeps that row's lock short.
 */
export function postgresRateCounter(sql: Sql): RateCounter {
  let queue: Pending[] = [];
  let nextSweep = 0;

  const flush = async () => {
    const jobs = queue;
    queue = [];
    const nowMs = Math.max(...jobs.map((j) => j.nowMs));
    const windowMs = jobs[0]!.windowMs;
    const totals = new Map<string, number>();
    for (const j of jobs) for (const k of j.keys) totals.set(k, (totals.get(k) ?? 0) + j.by);
    const keys = [...totals.keys()].sort();
    try {
      const rows = await sql<{ key: string; count: number; reset_at: number }[]>`
        INSERT INTO rate_windows (key, count, reset_at)
        SELECT k, n, ${nowMs}::bigint + ${windowMs}::bigint FROM unnest(${keys}::text[], ${keys.map((k) => totals.get(k)!)}::int[]) AS t(k, n)
        ORDER BY k
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_windows.reset_at <= ${nowMs} THEN excluded.count ELSE rate_windows.count + excluded.count END,
          reset_at = CASE WHEN rate_windows.reset_at <= ${nowMs} THEN excluded.reset_at ELSE rate_windows.reset_at END
        RETURNING key, count, reset_at`;
      const after = new Map(rows.map((r) => [r.key, { count: r.count, resetAt: r.reset_at }]));
      // Hand each caller the count as it stood after its own hit, in the order they asked.
      const seen = new Map<string, number>(keys.map((k) => [k, after.get(k)!.count - totals.get(k)!]));
      for (const j of jobs) {
        j.resolve(
          j.keys.map((k) => {
            const n = seen.get(k)! + j.by;
            seen.set(k, n);
            return { count: n, resetAt: after.get(k)!.resetAt };
          }),
        );
      }
    } catch (error) {
      for (const j of jobs) j.reject(error);
    }
    if (nowMs >= nextSweep) {
      nextSweep = nowMs + windowMs;
      sql`DELETE FROM rate_windows WHERE reset_at < ${nowMs - windowMs}`.catch(() => {});
    }
  };

  return {
    hit(keys, nowMs, windowMs, by) {
      return new Promise((resolve, reject) => {
        queue.push({ keys, nowMs, windowMs, by, resolve, reject });
        if (queue.length === 1) setImmediate(flush);
      });
    },
  };
}
