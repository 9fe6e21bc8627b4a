import { isProblemType, problemSlug, problemTypeForStatus, type ProblemSlug } from './problem';
import { parseRetryAfter } from './retry-after';
import type { FieldError, Problem, ProblemType } from './types';

/**
 * What went wrong: a problem type URN from the contract, or, when no answer came at all,
 * `'network'` (the request could not be sent or the connection dropped) or `'timeout'` (no answer
 * within `timeoutMs`).
 */
export type SportelloErrorType = ProblemType | 'network' | 'timeout';

/** Fields of a {@link SportelloApiError}. */
export interface SportelloApiErrorInit {
  status: number;
  type: SportelloErrorType;
  title?: string | undefined;
  detail?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  retryAfterSeconds?: number | undefined;
  problem?: Problem | undefined;
  cause?: unknown;
}

/**
 * An error from the Sportello API, or the failure to reach it. One class for every failure, so a
 * UI can `switch (problemSlug(error.type))` once and localize each case: `'round-full'`,
 * `'rate-limited'` (show `retryAfterSeconds`), `'validation-error'` (map `fieldErrors` onto the
 * form), `'network'` and `'timeout'` (`status` 0: keep the input, offer to retry).
 *
 * `message` is for developers: it holds the status and type, never server text nor personal data.
 * `title` and `detail` are the server's localized words; prefer your own text chosen by `type`.
 */
export class SportelloApiError extends Error {
  /** The HTTP status; 0 when no answer came (`network`, `timeout`). */
  readonly status: number;
  /** The problem type URN, or `'network'` / `'timeout'`. */
  readonly type: SportelloErrorType;
  /** The server's short, localized summary, when it sent one. */
  readonly title: string | undefined;
  /** The server's localized explanation, when it sent one. */
  readonly detail: string | undefined;
  /** For `validation-error`: each invalid field, as a JSON pointer and a code. Empty otherwise. */
  readonly fieldErrors: FieldError[];
  /** For `rate-limited` and `service-unavailable`: seconds to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;
  /** The whole problem details body, with extensions such as `nextRoundOpensAt`. */
  readonly problem: Problem | undefined;

  constructor(init: SportelloApiErrorInit) {
    super(`Sportello API ${init.status === 0 ? init.type : `${init.status} ${init.type}`}`, { cause: init.cause });
    this.name = 'SportelloApiError';
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.problem = init.problem;
  }

  /** The short name of `type`: `'round-full'`, `'network'`... (a translation key). */
  get slug(): ProblemSlug<SportelloErrorType> {
    return problemSlug(this.type);
  }

  /** True when no answer came from the server (`network` or `timeout`): the input is worth keeping. */
  get isTransport(): boolean {
    return this.type === 'network' || this.type === 'timeout';
  }

  /**
   * The error for an answer that is not a success: from its problem details when the body is one,
   * otherwise from the status alone (e.g. an HTML page from a proxy).
   */
  static fromResponse(body: unknown, response: Response): SportelloApiError {
    const problem = isProblem(body) ? body : undefined;
    const header = parseRetryAfter(response.headers.get('Retry-After'));
    return new SportelloApiError({
      status: response.status,
      type: problem?.type ?? problemTypeForStatus(response.status),
      title: problem?.title,
      detail: problem?.detail,
      fieldErrors: problem?.errors,
      retryAfterSeconds: header !== undefined ? Math.ceil(header / 1000) : problem?.retryAfterSeconds,
      problem,
    });
  }

  /** The error for a request that could not be sent or whose connection dropped. */
  static network(cause?: unknown): SportelloApiError {
    return new SportelloApiError({ status: 0, type: 'network', cause });
  }

  /** The error for a request that got no answer within the client's `timeoutMs`. */
  static timeout(cause?: unknown): SportelloApiError {
    return new SportelloApiError({ status: 0, type: 'timeout', cause });
  }
}

/** Whether a value is a {@link SportelloApiError}, optionally of one type (URN or slug). */
export function isSportelloApiError(value: unknown, type?: SportelloErrorType | ProblemSlug<SportelloErrorType>): value is SportelloApiError {
  if (!(value instanceof SportelloApiError)) return false;
  return type === undefined || value.type === type || value.slug === type;
}

/** Whether a value is the caller's own abort (e.g. a superseded Lit task): never an error to show. */
export function isAbortError(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AbortError';
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && isProblemType((body as { type?: unknown }).type);
}

/**
 * Turns whatever a failed call threw into a {@link SportelloApiError}: a `TypeError` from `fetch`
 * becomes `network`; a caller's abort and anything unexpected are returned unchanged.
 */
export function toSportelloError(error: unknown): unknown {
  if (error instanceof SportelloApiError || isAbortError(error)) return error;
  if (error instanceof TypeError) return SportelloApiError.network(error);
  return error;
}

/** The `data` of the success member of an openapi-fetch result. */
export type SuccessData<T> = T extends { data: infer D; error?: never } ? D : never;

/**
 * Awaits an openapi-fetch call and returns its `data`, or throws a {@link SportelloApiError} — for
 * code that prefers exceptions, such as a Lit `Task`:
 * ```ts
 * const booking = await unwrap(client.POST('/ppe/bookings', { body, params: { header } , signal }));
 * ```
 * A caller's abort is rethrown as it is (an `AbortError`), so a superseded task stays quiet.
 */
export async function unwrap<T extends { data?: unknown; error?: unknown; response: Response }>(
  call: T | Promise<T>,
): Promise<SuccessData<T>> {
  let result: T;
  try {
    result = await call;
  } catch (error) {
    throw toSportelloError(error);
  }
  if (result.response.ok) return result.data as SuccessData<T>;
  throw SportelloApiError.fromResponse(result.error, result.response);
}

/** Another name for {@link unwrap}. */
export const orThrow = unwrap;
