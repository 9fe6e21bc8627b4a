import type { Middleware } from 'openapi-fetch';

/**
 * Returns the current access token (from the city's SPID/CIE login), or nothing when the person is
 * not signed in. Called once per call (not per retry); may be async, e.g. to refresh the token.
 */
export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

/**
 * Sends `Authorization: Bearer <token>` when `getToken` returns a token; sends nothing otherwise.
 * An `Authorization` header given for one call wins.
 */
export function bearerMiddleware(getToken: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      if (request.headers.has('Authorization')) return;
      const token = await getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
    },
  };
}
