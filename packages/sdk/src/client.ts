import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/api';
import { acceptLanguageMiddleware, type LangSource } from './middleware/accept-language';
import { bearerMiddleware, type TokenSource } from './middleware/bearer';
import type { FetchLike } from './middleware/fetch';
import { idempotencyMiddleware } from './middleware/idempotency';
import { partnerKeyMiddleware } from './middleware/partner-key';
import { withRetry, type RetryOptions } from './middleware/retry';
import { DEFAULT_TIMEOUT_MS, withTimeout } from './middleware/timeout';

/** The typed client: openapi-fetch's `Client` over the contract's `paths`. */
export type SportelloClient = Client<paths>;

/** Options of {@link createSportelloClient}. */
export interface SportelloClientOptions {
  /** The API root, `/v1` included: `https://api.sportello.comune.torino.it/v1`. */
  baseUrl: string;
  /** The partner's publishable key (`pk_...`), sent as `Sportello-Partner-Key`. */
  partnerKey?: string;
  /** The language of the server's texts; a function is read on every call. */
  lang?: LangSource;
  /**
   * The `fetch` to use. The default looks `globalThis.fetch` up on every call, so a mock installed
   * after the client was created (msw) is still used.
   */
  fetch?: FetchLike;
  /** The access token from the city's SPID/CIE login, when a city requires one. */
  getToken?: TokenSource;
  /** Retry policy, or `false` for a single attempt. Defaults: 2 retries, 300 ms to 5 s backoff. */
  retry?: RetryOptions | false;
  /** The deadline of a whole call, retries included, in ms (default 15000; 0 for none). */
  timeoutMs?: number;
}

/**
 * Creates the Sportello API client: openapi-fetch over the contract, with the partner key,
 * `Accept-Language`, the bearer token, idempotency keys for creates, retries and a deadline.
 *
 * ```ts
 * const client = createSportelloClient({ baseUrl, partnerKey: 'pk_demo', lang: () => widget.lang });
 * const { data, error } = await client.GET('/ppe/rounds', { signal });
 * const booking = await unwrap(client.POST('/ppe/bookings', {
 *   body, params: { header: { 'Idempotency-Key': submissionKey } }, signal }));
 * ```
 *
 * Layers, outermost first: the middleware (`onRequest`) sets headers once per call; then the
 * deadline (`withTimeout`) and the retries (`withRetry`) wrap `fetch`, so every retry resends the
 * same headers and body; failures to get an answer are thrown as `SportelloApiError` (`network`,
 * `timeout`), the caller's abort as its own `AbortError`. Answers (even 4xx/5xx) come back as
 * openapi-fetch's `{ data } | { error }`; `unwrap` turns an `error` into a `SportelloApiError`.
 */
export function createSportelloClient(options: SportelloClientOptions): SportelloClient {
  const base: FetchLike = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const retrying = withRetry(base, options.retry === false ? { retries: 0 } : options.retry);
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: withTimeout(retrying, options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  });
  if (options.partnerKey) client.use(partnerKeyMiddleware(options.partnerKey));
  if (options.lang) client.use(acceptLanguageMiddleware(options.lang));
  if (options.getToken) client.use(bearerMiddleware(options.getToken));
  client.use(idempotencyMiddleware());
  return client;
}
