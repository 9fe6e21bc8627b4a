/** Problems are the domain's (one catalogue, one way to write them). */
export { ProblemError, problemBody, validationError, type ProblemExtras } from '@sportello/domain';
