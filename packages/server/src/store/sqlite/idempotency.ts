import type { SqliteDatabase } from './database';
import { IDEMPOTENCY_TTL_MS, type IdempotentWrite, type KeyHit } from '@sportello/domain';

interface KeyRow {
  fingerprint: string;
  status: number | null;
  body: string | null;
  expires_at: number;
}

/**
 * Idempotency keys on SQLite: one row per partner and key, written in the same transaction as the
 * create it answers (the caller runs `withKey` inside its write transaction), so the key, the
 * write and the stored answer commit together or not at all.
 */
export function sqliteIdempotency(db: SqliteDatabase) {
  const q = {
    get: db.prepare<[string, string], KeyRow>('SELECT fingerprint, status, body, expires_at FROM idempotency_keys WHERE partner_id = ? AND key = ?'),
    put: db.prepare<{ partner: string; key: string; fingerprint: string; status: number; body: string; now: number; expires: number }>(
      `INSERT INTO idempotency_keys (partner_id, key, fingerprint, status, body, created_at, expires_at)
       VALUES (@partner, @key, @fingerprint, @status, @body, @now, @expires)
       ON CONFLICT (partner_id, key) DO UPDATE
         SET fingerprint = excluded.fingerprint, status = excluded.status, body = excluded.body,
             created_at = excluded.created_at, expires_at = excluded.expires_at`,
    ),
    purge: db.prepare<[number]>('DELETE FROM idempotency_keys WHERE expires_at <= ?'),
  };

  return {
    /** Runs `write` under `idem`'s key: the first answer replayed, a different request refused, or the write with its answer stored. */
    withKey<O>(idem: IdempotentWrite<O> | undefined, nowMs: number, write: () => O): O | KeyHit {
      if (idem) {
        // A row without an answer was left by a version that claimed keys before writing: not an answer to replay.
        const row = q.get.get(idem.partnerId, idem.key);
        if (row && row.expires_at > nowMs && row.status !== null && row.body !== null) {
          return row.fingerprint === idem.fingerprint ? { ok: false, reason: 'key-replay', answer: { status: row.status, body: row.body } } : { ok: false, reason: 'key-mismatch' };
        }
      }
      const outcome = write();
      const answer = idem?.answer(outcome);
      if (idem && answer) {
        q.put.run({ partner: idem.partnerId, key: idem.key, fingerprint: idem.fingerprint, status: answer.status, body: answer.body, now: nowMs, expires: nowMs + IDEMPOTENCY_TTL_MS });
      }
      return outcome;
    },
    purge(nowMs: number): number {
      return q.purge.run(nowMs).changes;
    },
  };
}
