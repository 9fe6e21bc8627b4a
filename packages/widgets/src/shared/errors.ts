/**
 * Turns whatever a request threw (a `SportelloApiError` from the SDK, a `TypeError` from `fetch`,
 * the caller's abort) into one small description a widget renders and reports.
 */
import { SportelloApiError, isAbortError, toSportelloError, type FieldError, type Problem, type SportelloErrorType } from '@sportello/sdk';
import type { SharedMessages } from './messages';

export type { FieldError, Problem };

/** What kind of failure happened, as far as a person needs to know. */
export type ErrorKind =
  | 'aborted'
  | 'offline'
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'validation'
  | 'unavailable'
  | 'server'
  | 'configuration'
  | 'problem'
  | 'unexpected';

/** A failure, described. */
export interface ErrorInfo {
  kind: ErrorKind;
  /** HTTP status, 0 when no answer arrived. */
  status: number;
  /** The problem type URN, or `network` / `timeout` / `aborted` / `unexpected` without one. */
  type: SportelloErrorType | 'aborted' | 'unexpected';
  /** The SDK error, for widget-specific outcomes (`problem.nextRoundOpensAt`...). */
  error?: SportelloApiError;
  /** Field errors (JSON pointers) of a `validation-error`. */
  fieldErrors: FieldError[];
  /** Seconds to wait, for `rate-limited` and `unavailable`. */
  retryAfterSeconds?: number;
}

const CONFIGURATION: readonly SportelloErrorType[] = [
  'urn:sportello:problem:unauthorized',
  'urn:sportello:problem:forbidden-origin',
  'urn:sportello:problem:malformed-request',
  'urn:sportello:problem:unsupported-media-type',
];

function kindOf(error: SportelloApiError): ErrorKind {
  if (error.type === 'network') return typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'network';
  if (error.type === 'timeout') return 'timeout';
  if (error.type === 'urn:sportello:problem:validation-error') return 'validation';
  if (error.type === 'urn:sportello:problem:rate-limited' || error.status === 429) return 'rate-limited';
  if (error.type === 'urn:sportello:problem:service-unavailable' || error.status === 503) return 'unavailable';
  if (CONFIGURATION.includes(error.type)) return 'configuration';
  if (error.status >= 500) return 'server';
  return 'problem';
}

/** Describes anything a request can throw. */
export function describeError(thrown: unknown): ErrorInfo {
  if (isAbortError(thrown)) return { kind: 'aborted', status: 0, type: 'aborted', fieldErrors: [] };
  const error = toSportelloError(thrown);
  if (!(error instanceof SportelloApiError)) return { kind: 'unexpected', status: 0, type: 'unexpected', fieldErrors: [] };
  return {
    kind: kindOf(error),
    status: error.status,
    type: error.type,
    error,
    fieldErrors: error.fieldErrors,
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}

/**
 * The shared message for kinds every widget handles alike; `undefined` for `problem` (an outcome
 * such as `round-full`, which the widget words itself) and `aborted` (nothing to say).
 */
export function sharedErrorMessage(messages: SharedMessages, info: ErrorInfo): string | undefined {
  const p = messages.problems;
  switch (info.kind) {
    case 'offline':
      return p.offline;
    case 'network':
      return p.network;
    case 'timeout':
      return p.timeout;
    case 'rate-limited':
      return p.rateLimited;
    case 'validation':
      return p.validation;
    case 'unavailable':
      return p.unavailable;
    case 'server':
      return p.server;
    case 'configuration':
      return p.configuration;
    case 'unexpected':
      return p.unexpected;
    default:
      return undefined;
  }
}
