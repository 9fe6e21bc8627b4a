/**
 * The people who do the work, as the HTTP layer hands them to the services once their bearer token
 * is verified (OpenID Connect: SPID/CIE in production, any provider, or the development provider).
 * What an operator may act on comes from the token's claims (names configurable on the server):
 * roles, the buildings of an administrator, the shop of a shop, the activities (ids or weekly
 * series) of an organiser. Services check roles and records here, once, for every HTTP layer.
 */
import { OPERATOR_ROLE_VALUES } from '@sportello/sdk';
import { ProblemError } from './problems';

/** The roles an operator may hold. */
export const OPERATOR_ROLES = OPERATOR_ROLE_VALUES;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** A signed-in operator. */
export interface Operator {
  /** The token's `sub`: stable, and what the audit log records. */
  subject: string;
  /** A display name from the token (`name`), when there is one. */
  name?: string;
  roles: OperatorRole[];
  /** Building codes an administrator manages. */
  buildings: string[];
  /** The shop a shop operator redeems for. */
  shopId?: string;
  /** Activity ids or weekly-series ids an organiser runs. */
  events: string[];
}

/** The signed-in operator, or `401 unauthorized` (no token, or not an operator's). */
export function signedIn(operator: Operator | undefined): Operator {
  if (!operator) throw new ProblemError('unauthorized', 401);
  return operator;
}

/** The operator, holding one of `roles`, or `401`/`403 forbidden`. */
export function requireRole(operator: Operator | undefined, ...roles: OperatorRole[]): Operator {
  const o = signedIn(operator);
  if (!roles.some((r) => o.roles.includes(r))) throw new ProblemError('forbidden', 403);
  return o;
}

/** `403 forbidden` unless `allowed`: someone else's building, shop, activity or request. */
export function requireOwn(allowed: boolean): void {
  if (!allowed) throw new ProblemError('forbidden', 403);
}
