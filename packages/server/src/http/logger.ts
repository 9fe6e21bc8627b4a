/**
 * Structured logs: one JSON object per line. Callers pass only fields from an allow-list (request
 * id, method, route template, operation, status, duration, partner id, problem type, error class):
 * never a body, a query string, a header value or a client address, so no personal data can reach
 * the log by accident.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** The fields a log line may carry. */
export interface LogFields {
  reqId?: string;
  method?: string;
  route?: string;
  operation?: string;
  status?: number;
  ms?: number;
  partner?: string;
  /** The signed-in operator's subject (`sub`), never another claim nor the token. */
  operator?: string;
  /** Why a bearer token was refused: an error class or code (`ERR_JWT_EXPIRED`). */
  auth?: string;
  problem?: string;
  replayed?: boolean;
  error?: { name: string; code?: string; message: string; stack?: string };
  url?: string;
  database?: string;
  migrations?: number[];
  seeded?: boolean;
  signal?: string;
}

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** A logger writing JSON lines at `level` and above to `write` (default: standard output). */
export function createLogger(options: { level?: LogLevel; write?: (line: string) => void } = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const at =
    (level: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: LogFields = {}): void => {
      if (ORDER[level] < min) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * What of an error may be logged: its class, code and stack frames. The message is kept only for
 * SQLite's errors, which name tables and constraints but never quote values; any other message
 * (a JSON parser's, say) may quote the input, so it is left out.
 */
export function describeError(error: unknown): NonNullable<LogFields['error']> {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; stack?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const frames = typeof e?.stack === 'string' ? e.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8) : [];
  return {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    ...(code ? { code } : {}),
    message: code?.startsWith('SQLITE') && typeof e?.message === 'string' ? e.message.slice(0, 200) : '(not logged)',
    ...(frames.length ? { stack: frames.join('\n') } : {}),
  };
}
