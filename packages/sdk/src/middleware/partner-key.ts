import type { Middleware } from 'openapi-fetch';

/** The header that carries a partner's publishable key. */
export const PARTNER_KEY_HEADER = 'Sportello-Partner-Key';

/**
 * Sends the partner's publishable key (`pk_...`) in `Sportello-Partner-Key`. The key is not a
 * secret: it identifies the partner site for rate limits and allowed origins.
 */
export function partnerKeyMiddleware(partnerKey: string): Middleware {
  return {
    onRequest({ request }) {
      if (!request.headers.has(PARTNER_KEY_HEADER)) request.headers.set(PARTNER_KEY_HEADER, partnerKey);
    },
  };
}
