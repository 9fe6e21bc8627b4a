import type { Fixtures } from '../fixtures';
import { IdempotencyKeys } from './idempotency';
import { problem, type ProblemSpec } from './problems';
import { Fields, checkIdempotencyKey } from './fields';

/** What an operation of the store answers: a body and its status, or a problem. */
export type Outcome<T, S extends number = number, OK extends 200 | 201 = 200> =
  | { ok: true; status: OK; body: T }
  | { ok: false; problem: ProblemSpec<S> };

export const ok = <T>(body: T): { ok: true; status: 200; body: T } => ({ ok: true, status: 200, body });
export const created = <T>(body: T): { ok: true; status: 201; body: T } => ({ ok: true, status: 201, body });
export const fail = <S extends number>(p: ProblemSpec<S>): { ok: false; problem: ProblemSpec<S> } => ({ ok: false, problem: p });

/** The data the store holds (its own copy of the fixtures) and its clock. */
export interface StoreState extends Omit<Fixtures, 'now' | 'smallStockRound'> {
  clock: () => Date;
  keys: IdempotencyKeys<Outcome<unknown, number, 200 | 201>>;
}

/**
 * Runs a create under an idempotency key: a missing or malformed key is a validation error; a
 * known key replays its first outcome or is `422` when the body differs; otherwise `run` decides
 * and its outcome is kept, unless it is a validation error.
 */
export function withIdempotency<T, S extends number, OK extends 200 | 201>(
  state: StoreState,
  scope: string,
  key: string | null | undefined,
  body: unknown,
  run: () => Outcome<T, S, OK>,
): Outcome<T, S | 400 | 422, OK> {
  const fields = new Fields();
  const k = checkIdempotencyKey(key, fields);
  if (!k) return fail(problem(400, 'validation-error', { errors: fields.errors }));
  const seen = state.keys.lookup(scope, k, body);
  if (seen.kind === 'replay') return seen.outcome as Outcome<T, S, OK>;
  if (seen.kind === 'reused') return fail(problem(422, 'idempotency-key-reused'));
  const outcome = run();
  if (outcome.ok || outcome.problem.slug !== 'validation-error') state.keys.remember(scope, k, body, outcome);
  return outcome;
}
