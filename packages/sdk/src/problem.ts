import type { ProblemType } from './types';

/** The prefix of every problem type URN in the contract. */
export const PROBLEM_PREFIX = 'urn:sportello:problem:';

/** The short name of a problem type: `urn:sportello:problem:round-full` → `round-full`. */
export type ProblemSlug<T extends string = ProblemType> = T extends `urn:sportello:problem:${infer S}` ? S : T;

/**
 * The short name of a problem type, handy as a translation key:
 * `problemSlug('urn:sportello:problem:round-full')` is `'round-full'`. Anything that is not a
 * Sportello problem URN (such as the SDK's own `'network'` and `'timeout'`) is returned unchanged.
 */
export function problemSlug<T extends string>(type: T): ProblemSlug<T> {
  return (type.startsWith(PROBLEM_PREFIX) ? type.slice(PROBLEM_PREFIX.length) : type) as ProblemSlug<T>;
}

/** Whether a value is a Sportello problem type URN (the shape, not membership of today's list). */
export function isProblemType(value: unknown): value is ProblemType {
  return typeof value === 'string' && /^urn:sportello:problem:[a-z0-9-]+$/.test(value);
}

/**
 * The problem type to assume when an error response carries no problem details (an HTML page from
 * a proxy, an empty body): chosen from the HTTP status alone.
 */
export function problemTypeForStatus(status: number): ProblemType {
  const slug = (() => {
    switch (status) {
      case 401:
        return 'unauthorized';
      case 403:
        return 'forbidden';
      case 404:
        return 'not-found';
      case 413:
        return 'payload-too-large';
      case 415:
        return 'unsupported-media-type';
      case 429:
        return 'rate-limited';
      case 502:
      case 503:
      case 504:
        return 'service-unavailable';
      default:
        return status >= 500 ? 'internal-error' : 'malformed-request';
    }
  })() satisfies ProblemSlug;
  return `${PROBLEM_PREFIX}${slug}`;
}
