/**
 * PostgreSQL for tests: a real server (never a mock), named by `SPORTELLO_TEST_DATABASE_URL` (a
 * role allowed to create databases; `.ci/run` starts one and sets it). Each test file gets its own
 * scratch database, dropped afterwards. Without the variable the PostgreSQL tests are skipped with
 * {@link PG_SKIP}; with it set and no server answering, they fail at once saying so.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export const PG_URL = process.env.SPORTELLO_TEST_DATABASE_URL || undefined;

/** Why the PostgreSQL tests did not run (node:test `skip` message), or `false` when they run. */
export const PG_SKIP: string | false = PG_URL
  ? false
  : 'skipped: set SPORTELLO_TEST_DATABASE_URL (e.g. postgres://sportello:sportello@127.0.0.1:5432/sportello_test, a role with CREATEDB) to run the PostgreSQL tests';

const shown = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** The URL with another database name (and optional extra query parameters). */
export function withDatabase(url: string, database: string, params: Record<string, string> = {}): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/**
 * Drops a database, ending the connections left to it. `WITH (FORCE)` may not end an autovacuum
 * worker (a superuser's process) for a role that is not superuser: then a plain DROP, which stops
 * autovacuum itself, is tried again for a few seconds.
 */
export async function dropDatabase(admin: postgres.Sql, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(attempt === 0 ? `DROP DATABASE IF EXISTS ${name} WITH (FORCE)` : `DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates an empty database for one test file; `drop()` removes it (and ends every connection to it). */
export async function scratchDatabase(label: string): Promise<ScratchDatabase> {
  if (!PG_URL) throw new Error(PG_SKIP as string);
  const admin = postgres(PG_URL, { max: 1, connect_timeout: 5, onnotice: () => {} });
  const name = `sportello_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => {});
    const e = error as { code?: string; message?: string };
    throw new Error(
      `PostgreSQL at ${shown(PG_URL)} is not reachable or refused CREATE DATABASE (${e.code ?? ''} ${e.message ?? ''}). ` +
        'Start it (TOOLCHAIN.md: pg_ctlcluster --skip-systemctl-redirect 15 main start), or unset SPORTELLO_TEST_DATABASE_URL to skip these tests.',
    );
  }
  return {
    url: withDatabase(PG_URL, name),
    name,
    async drop() {
      try {
        await dropDatabase(admin, name);
      } finally {
        await admin.end({ timeout: 1 });
      }
    },
  };
}
