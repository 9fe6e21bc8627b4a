import type { Lang, OperationId } from '../types';
import type { Store } from '../store/store';
import type { Partner } from '../http/partners';

/** What a handler is given: the request, already validated against the contract. */
export interface HandlerContext {
  store: Store;
  /** The request's instant, milliseconds since the epoch. */
  now: number;
  /** The language asked for with `Accept-Language`. */
  lang: Lang;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, valid against the operation's schema. */
  body: unknown;
  partner: Partner | undefined;
}

/** A successful answer. Problems are thrown as `ProblemError`s. */
export interface Reply {
  status: number;
  /** A JSON value, or the text of a non-JSON answer. */
  body: unknown;
  /** Defaults to `application/json`. */
  contentType?: string;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => Promise<Reply>;

/** One handler per operation of the contract: a missing or unknown one is a compile error. */
export type Handlers = { [K in OperationId]: Handler };

/** A JSON answer. */
export const json = <T>(status: number, body: T): Reply => ({ status, body });
