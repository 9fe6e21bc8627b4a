import { IDEMPOTENCY_TTL_MS, type IdempotentWrite, type KeyHit, type StoredAnswer } from '@sportello/domain';
import type { Sql, Tx } from './database';
import { isRetryable } from './database';

/** What claiming a key gave: the key is ours (or there was none), the key's earlier answer, or "try again later". */
export type Claim = { claimed: boolean } | KeyHit | { again: true };

interface KeyRow {
  partner_id: string;
  key: string;
  fingerprint: string;
  status: number | null;
  body: string | null;
  expires_at: number;
}

const id = (partner: string, key: string) => `${partner}\u0000${key}`;

/**
 * Claims the idempotency keys of a group of creates at the start of their transaction, in one
 * `INSERT … ON CONFLICT DO NOTHING` (sorted, so that two groups sharing keys cannot deadlock). A
 * key another transaction has claimed and not yet committed makes this statement wait for it;
 * once it commits, its answer is read here and replayed. An expired key is taken over. A key
 * repeated inside the group is claimed by its first request; the later ones are asked to come
 * again (in the next transaction they find the first one's answer).
 */
export async function claimKeys(tx: Tx, idems: ReadonlyArray<IdempotentWrite<any> | undefined>, nowMs: readonly number[]): Promise<Claim[]> {
  const claims: Claim[] = idems.map(() => ({ claimed: false }));
  const first = new Map<string, number>();
  idems.forEach((idem, i) => {
    if (!idem) return;
    const k = id(idem.partnerId, idem.key);
    if (first.has(k)) claims[i] = { again: true };
    else first.set(k, i);
  });
  const mine = [...first.values()];
  if (!mine.length) return claims;
  const at = (i: number) => idems[i]!;
  const inserted = await tx<{ partner_id: string; key: string }[]>`
    INSERT INTO idempotency_keys (partner_id, key, fingerprint, status, body, created_at, expires_at)
    SELECT p, k, f, NULL, NULL, n, n + ${IDEMPOTENCY_TTL_MS}
    FROM unnest(${mine.map((i) => at(i).partnerId)}::text[], ${mine.map((i) => at(i).key)}::text[],
                ${mine.map((i) => at(i).fingerprint)}::text[], ${mine.map((i) => nowMs[i]!)}::bigint[]) AS t(p, k, f, n)
    ORDER BY p, k
    ON CONFLICT DO NOTHING
    RETURNING partner_id, key`;
  const got = new Set(inserted.map((r) => id(r.partner_id, r.key)));
  const taken = mine.filter((i) => !got.has(id(at(i).partnerId, at(i).key)));
  for (const i of mine) if (got.has(id(at(i).partnerId, at(i).key))) claims[i] = { claimed: true };
  if (!taken.length) return claims;

  // Keys someone else holds: their committed answer, or (expired, or never answered) ours to take over.
  const rows = await tx<KeyRow[]>`
    SELECT partner_id, key, fingerprint, status, body, expires_at FROM idempotency_keys
    WHERE (partner_id, key) IN (SELECT * FROM unnest(${taken.map((i) => at(i).partnerId)}::text[], ${taken.map((i) => at(i).key)}::text[]))
    ORDER BY partner_id, key FOR UPDATE`;
  const byId = new Map(rows.map((r) => [id(r.partner_id, r.key), r]));
  const takeOver: number[] = [];
  for (const i of taken) {
    const idem = at(i);
    const row = byId.get(id(idem.partnerId, idem.key));
    if (!row) claims[i] = { again: true }; // purged meanwhile
    else if (row.expires_at > nowMs[i]! && row.status !== null && row.body !== null) {
      claims[i] = row.fingerprint === idem.fingerprint ? { ok: false, reason: 'key-replay', answer: { status: row.status, body: row.body } } : { ok: false, reason: 'key-mismatch' };
    } else takeOver.push(i);
  }
  if (takeOver.length) {
    await tx`
      UPDATE idempotency_keys AS k SET fingerprint = t.f, status = NULL, body = NULL, created_at = t.n, expires_at = t.n + ${IDEMPOTENCY_TTL_MS}
      FROM unnest(${takeOver.map((i) => at(i).partnerId)}::text[], ${takeOver.map((i) => at(i).key)}::text[],
                  ${takeOver.map((i) => at(i).fingerprint)}::text[], ${takeOver.map((i) => nowMs[i]!)}::bigint[]) AS t(p, k, f, n)
      WHERE k.partner_id = t.p AND k.key = t.k`;
    for (const i of takeOver) claims[i] = { claimed: true };
  }
  return claims;
}

/**
 * Stores the answers of the claimed keys (still in the write's transaction); a claimed key with
 * no answer to keep (a clash of random codes, retried by the service) is released.
 */
export function storeAnswers(tx: Tx, done: ReadonlyArray<{ idem: IdempotentWrite<any>; answer: StoredAnswer | undefined }>) {
  const answered = done.filter((d) => d.answer);
  const released = done.filter((d) => !d.answer);
  const statements = [];
  if (answered.length) {
    statements.push(tx`
      UPDATE idempotency_keys AS k SET status = t.s, body = t.b
      FROM unnest(${answered.map((d) => d.idem.partnerId)}::text[], ${answered.map((d) => d.idem.key)}::text[],
                  ${answered.map((d) => d.answer!.status)}::int[], ${answered.map((d) => d.answer!.body)}::text[]) AS t(p, k, s, b)
      WHERE k.partner_id = t.p AND k.key = t.k`);
  }
  if (released.length) {
    statements.push(tx`
      DELETE FROM idempotency_keys WHERE (partner_id, key) IN
        (SELECT * FROM unnest(${released.map((d) => d.idem.partnerId)}::text[], ${released.map((d) => d.idem.key)}::text[]))`);
  }
  return statements;
}

/** Runs `fn` in a transaction, again when PostgreSQL aborted it for a deadlock or a serialization failure. */
export async function transaction<T>(sql: Sql, fn: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await sql.begin((tx) => fn(tx as Tx))) as T;
    } catch (error) {
      if (attempt >= attempts || !(isRetryable(error) || error instanceof ComeAgain)) throw error;
    }
  }
}

/** Thrown inside a transaction to roll it back and run it again (a key that must be read after a commit). */
export class ComeAgain extends Error {}

/**
 * One create under its key, in one transaction: the key claimed first thing, the write, its
 * answer stored — or the key's earlier answer, the write not run.
 */
export function withKey<O>(sql: Sql, idem: IdempotentWrite<O> | undefined, nowMs: number, write: (tx: Tx) => Promise<O>): Promise<O | KeyHit> {
  return transaction(sql, async (tx) => {
    if (idem) {
      const [claim] = await claimKeys(tx, [idem], [nowMs]);
      if ('again' in claim!) throw new ComeAgain();
      if ('reason' in claim!) return claim;
    }
    const outcome = await write(tx);
    if (idem) await Promise.all(storeAnswers(tx, [{ idem, answer: idem.answer(outcome) }]));
    return outcome;
  });
}

/** Deletes expired keys; returns how many. */
export async function purgeKeys(sql: Sql, nowMs: number): Promise<number> {
  const r = await sql`DELETE FROM idempotency_keys WHERE expires_at <= ${nowMs}`;
  return r.count;
}
