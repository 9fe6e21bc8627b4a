import { property } from 'lit/decorators.js';
import type { TokenSource } from '@sportello/sdk';
import type { ErrorInfo } from '../shared/errors';
import { SportelloElement } from '../shared/sportello-element';

/** Thrown by `authorization()` when `getToken` gives no token: nobody is signed in. */
export class SignedOutError extends Error {
  constructor() {
    super('No operator is signed in.');
    this.name = 'SignedOutError';
  }
}

/** What a failure reads as when nobody is signed in (no token) or the token was refused (401). */
const SIGNED_OUT: ErrorInfo = { kind: 'problem', status: 401, type: 'urn:sportello:problem:unauthorized', fieldErrors: [] };

/** Whether a failure means "sign in (again)": no token at all, or a 401 from the API. */
export const isSignedOut = (info: ErrorInfo | undefined): boolean => info?.status === 401;

/**
 * The base of the widgets for the people who do the work (shops, administrators…): a
 * `SportelloElement` that calls the operator API with the signed-in operator's access token.
 *
 * The token is read from `getToken` before every call and sent as that call's `Authorization`
 * header, so the widget works with a `client` of the page's own too, never keeps the token, and
 * knows it is signed out before sending anything.
 */
export class SportelloOperatorElement extends SportelloElement {
  /**
   * Returns the signed-in operator's access token (from the city's identity provider), or nothing
   * when nobody is signed in; it may be async (to refresh the token) and is called before every
   * request. A JavaScript property only, never an attribute: a token in the markup would end up in
   * the page's HTML, caches and logs. Unset: the widget asks to sign in and sends nothing.
   */
  @property({ attribute: false })
  getToken: TokenSource | undefined;

  /** The `Authorization` header for one call, from `getToken` now; throws `SignedOutError` without a token. */
  protected async authorization(): Promise<{ Authorization: string }> {
    const token = await this.getToken?.();
    if (!token) throw new SignedOutError();
    return { Authorization: `Bearer ${token}` };
  }

  /**
   * Describes a failure as `reportError` does (firing `sportello-error` for a request that failed),
   * except a missing token, which is no request at all: it reads as a 401, silently.
   */
  protected describeFailure(thrown: unknown): ErrorInfo {
    return thrown instanceof SignedOutError ? SIGNED_OUT : this.reportError(thrown);
  }
}
