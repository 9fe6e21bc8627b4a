/**
 * What a service is given and what it answers. The HTTP layer (the server's dispatcher or the msw
 * handlers) has already checked the request against the contract (generated validators), so
 * `body` has the operation's request-body type; a service adds the domain checks and rules.
 */
import type { Lang, operations } from '@sportello/sdk';
import type { Store } from '../ports';
import type { Operator } from '../operators';

/** Every operation of the contract. */
export type OperationId = keyof operations;

/** The JSON request body of an operation (`undefined` for one without). */
export type RequestBody<Op extends OperationId> = operations[Op] extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : operations[Op] extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B | undefined
    : undefined;

/** The idempotency key of a create, with the partner it belongs to. */
export interface IdempotencyInput {
  partnerId: string;
  key: string;
  /** See `fingerprint`. */
  fingerprint: string;
}

export interface ServiceContext<Body = unknown> {
  store: Store;
  /** The request's instant, milliseconds since the epoch. */
  now: number;
  /** The language asked for with `Accept-Language`. */
  lang: Lang;
  /** Names the request in problem bodies (`urn:sportello:request:<id>`). */
  requestId: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, valid against the operation's schema. */
  body: Body;
  /** For creates: the key, claimed in the same transaction as the write. */
  idempotency?: IdempotencyInput;
  /** The signed-in operator, when the request carried a valid bearer token. */
  operator?: Operator;
  /** The partner site the request came through (its id), for the audit log. */
  partnerId?: string;
  /** The operation, for the audit log. */
  operationId?: string;
}

/** A successful answer (problems are thrown as `ProblemError`s). */
export interface Reply {
  status: number;
  /** A JSON value, or the text of a non-JSON answer. */
  body: unknown;
  /** Defaults to `application/json`. */
  contentType?: string;
  headers?: Record<string, string>;
  /** The answer was the key's first answer, replayed: `body` is its JSON text. */
  replayed?: boolean;
}

/** The service of one operation. */
export type Service<Op extends OperationId> = (ctx: ServiceContext<RequestBody<Op>>) => Promise<Reply>;

/** One service per operation of the contract: a missing or unknown one is a compile error. */
export type Services = { [K in OperationId]: Service<K> };

/** A JSON answer. */
export const json = <T>(status: number, body: T): Reply => ({ status, body });

/** The creates, which take an `Idempotency-Key` (the contract requires it on each). */
export const IDEMPOTENT_OPERATIONS: ReadonlySet<string> = new Set<OperationId>([
  'create_ppe_booking',
  'create_event_registration',
  'create_help_request',
  'create_ppe_booking_on_behalf',
  'create_voucher_redemption',
  'create_ppe_round',
  'create_voucher',
]);
