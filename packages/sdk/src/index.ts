/**
 * `@sportello/sdk`: the typed client of the Sportello API (openapi-fetch over the contract), its
 * errors, middleware and the names of the contract's schemas. Input checks live in
 * `@sportello/sdk/checks`.
 */
export { createSportelloClient, type SportelloClient, type SportelloClientOptions } from './client';
export {
  SportelloApiError,
  isAbortError,
  isSportelloApiError,
  orThrow,
  toSportelloError,
  unwrap,
  type SportelloApiErrorInit,
  type SportelloErrorType,
  type SuccessData,
} from './errors';
export * from './generated/enums';
export { PROBLEM_PREFIX, isProblemType, problemSlug, problemTypeForStatus, type ProblemSlug } from './problem';
export { parseRetryAfter } from './retry-after';
export { acceptLanguageMiddleware, type LangSource } from './middleware/accept-language';
export { bearerMiddleware, type TokenSource } from './middleware/bearer';
export type { FetchLike } from './middleware/fetch';
export {
  IDEMPOTENCY_KEY_HEADER,
  idempotencyMiddleware,
  newIdempotencyKey,
  requiresIdempotencyKey,
  type IdempotentOperation,
} from './middleware/idempotency';
export { PARTNER_KEY_HEADER, partnerKeyMiddleware } from './middleware/partner-key';
export { RETRY_STATUSES, backoffDelay, withRetry, type RetryOptions } from './middleware/retry';
export { anySignal } from './middleware/signals';
export { DEFAULT_TIMEOUT_MS, withTimeout } from './middleware/timeout';
export type * from './types';
export type { components, operations, paths } from './generated/api';
