import type { SqliteDatabase } from './database';
import type { IdempotencyClaim } from '../store';

/** How long a key and its answer are kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim older than this with no answer is taken to be abandoned (its process died), and may be taken over. */
export const IN_FLIGHT_LEASE_MS = 60 * 1000;

interface KeyRow {
  fingerprint: string;
  status: number | null;
  body: string | null;
}

/** Idempotency keys on SQLite: one row per partner and key. */
export function sqliteIdempotency(db: SqliteDatabase) {
  const q = {
    // Inserts a new claim, or takes over an expired key or an abandoned claim; otherwise changes nothing.
    claim: db.prepare<{ partner: string; key: string; fingerprint: string; now: number; expires: number; abandoned: number }>(
      `INSERT INTO idempotency_keys (partner_id, key, fingerprint, status, body, created_at, expires_at)
       VALUES (@partner, @key, @fingerprint, NULL, NULL, @now, @expires)
       ON CONFLICT (partner_id, key) DO UPDATE
         SET fingerprint = excluded.fingerprint, status = NULL, body = NULL, created_at = excluded.created_at, expires_at = excluded.expires_at
         WHERE idempotency_keys.expires_at <= @now OR (idempotency_keys.status IS NULL AND idempotency_keys.created_at <= @abandoned)`,
    ),
    get: db.prepare<[string, string], KeyRow>('SELECT fingerprint, status, body FROM idempotency_keys WHERE partner_id = ? AND key = ?'),
    complete: db.prepare<[number, string, string, string]>('UPDATE idempotency_keys SET status = ?, body = ? WHERE partner_id = ? AND key = ?'),
    release: db.prepare<[string, string]>('DELETE FROM idempotency_keys WHERE partner_id = ? AND key = ? AND status IS NULL'),
    purge: db.prepare<[number]>('DELETE FROM idempotency_keys WHERE expires_at <= ?'),
  };

  return {
    claim(partnerId: string, key: string, fingerprint: string, nowMs: number): IdempotencyClaim {
      const params = { partner: partnerId, key, fingerprint, now: nowMs, expires: nowMs + IDEMPOTENCY_TTL_MS, abandoned: nowMs - IN_FLIGHT_LEASE_MS };
      if (q.claim.run(params).changes === 1) return { kind: 'claimed' };
      const row = q.get.get(partnerId, key);
      if (!row) return q.claim.run(params).changes === 1 ? { kind: 'claimed' } : { kind: 'in-flight' };
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.status === null || row.body === null) return { kind: 'in-flight' };
      return { kind: 'replay', status: row.status, body: row.body };
    },
    complete(partnerId: string, key: string, status: number, body: string): void {
      q.complete.run(status, body, partnerId, key);
    },
    release(partnerId: string, key: string): void {
      q.release.run(partnerId, key);
    },
    purge(nowMs: number): number {
      return q.purge.run(nowMs).changes;
    },
  };
}
