import type { FieldError, Lang, Problem, ProblemSlug } from '../types';
import { problemText } from '@sportello/mocks/store';

/** Extra members a problem may carry, as the contract's `Problem` schema lists them. */
export type ProblemExtras = Pick<Problem, 'existingBookingCode' | 'waitingListLength' | 'retryAfterSeconds' | 'nextRoundOpensAt'>;

/**
 * A problem a handler or middleware answers with. Thrown, it is caught by the app and written as
 * `application/problem+json` with a localized title and detail.
 */
export class ProblemError extends Error {
  constructor(
    readonly slug: ProblemSlug,
    readonly status: number,
    readonly extras: ProblemExtras & { errors?: FieldError[] } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(slug);
    this.name = 'ProblemError';
  }
}

/** A `400 validation-error` listing the invalid fields. */
export const validationError = (errors: FieldError[]) => new ProblemError('validation-error', 400, { errors: errors.slice(0, 50) });

/** The problem details body of a problem, in the asked language. */
export function problemBody(problem: ProblemError, lang: Lang, requestId: string): Problem {
  const { title, detail } = problemText(problem.slug, lang, problem.extras);
  return {
    type: `urn:sportello:problem:${problem.slug}`,
    title,
    status: problem.status,
    detail,
    instance: `urn:sportello:request:${requestId}`,
    ...problem.extras,
  } as Problem;
}
