/**
 * Idempotency keys for creates: the same key with the same body replays the first outcome; the same
 * key with another body is `422 idempotency-key-reused`. Outcomes of requests that failed
 * validation are not kept (like Stripe's), so a person can correct a form and resend it.
 */

/** JSON with object keys sorted, so that `{a,b}` and `{b,a}` are the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a key says about a request. */
export type KeyLookup<T> = { kind: 'new' } | { kind: 'replay'; outcome: T } | { kind: 'reused' };

/** Remembered outcomes, per operation and key. */
export class IdempotencyKeys<T> {
  private readonly entries = new Map<string, { body: string; outcome: T }>();

  lookup(scope: string, key: string, body: unknown): KeyLookup<T> {
    const entry = this.entries.get(`${scope} ${key}`);
    if (!entry) return { kind: 'new' };
    return entry.body === canonicalJson(body) ? { kind: 'replay', outcome: entry.outcome } : { kind: 'reused' };
  }

  remember(scope: string, key: string, body: unknown, outcome: T): void {
    this.entries.set(`${scope} ${key}`, { body: canonicalJson(body), outcome });
  }

  get size(): number {
    return this.entries.size;
  }
}
