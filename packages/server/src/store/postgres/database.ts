import postgres from 'postgres';

export type Sql = postgres.Sql<{}>;
export type Tx = postgres.TransactionSql<{}>;

export interface PostgresOptions {
  /** Connections in this process's pool (default 10); see the server README on sizing. */
  max?: number;
  /** Seconds to wait for a connection before a query fails (default 5, so `/status` answers fast). */
  connectTimeout?: number;
}

/**
 * Opens a pool on `url` (`postgres://user:pass@host:5432/db`; query parameters such as
 * `?search_path=…` or `?prepare=false` pass through to the driver). Times are stored as `bigint`
 * milliseconds: they are read back as numbers (exact below 2^53), not as the driver's strings.
 */
export function connectPostgres(url: string, options: PostgresOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeout ?? 5,
    idle_timeout: 60,
    onnotice: () => {},
    types: {
      bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) },
    },
  }) as unknown as Sql;
}

const TRANSIENT_CODES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '08000',
  '08003',
  '08006', // connection exceptions
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);

/** Whether an error means PostgreSQL is unreachable or asked us to retry (answered 503 + Retry-After). */
export function isPostgresTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  const errors = (error as { errors?: unknown[] } | null)?.errors; // AggregateError from a failed connect
  return Array.isArray(errors) && errors.some(isPostgresTransient);
}

/** Whether an error is PostgreSQL refusing to retry a transaction it had to abort (deadlock, serialization). */
export const isRetryable = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
};

/** Whether an error is a unique constraint refusing a row. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';
