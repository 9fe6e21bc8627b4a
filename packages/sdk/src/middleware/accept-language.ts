import type { Middleware } from 'openapi-fetch';
import type { Lang } from '../types';

/** A language, or a function read on every request so a widget can switch language later. */
export type LangSource = Lang | (() => Lang | undefined);

/**
 * Sends `Accept-Language` (the language of the server's `title`, `detail` and descriptive texts).
 * A value given for one call (`params.header['Accept-Language']`) wins.
 */
export function acceptLanguageMiddleware(lang: LangSource): Middleware {
  return {
    onRequest({ request }) {
      if (request.headers.has('Accept-Language')) return;
      const value = typeof lang === 'function' ? lang() : lang;
      if (value) request.headers.set('Accept-Language', value);
    },
  };
}
