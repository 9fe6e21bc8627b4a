/**
 * Operators in the mocks: a test double for the city's sign-in. `Authorization: Bearer demo:<name>`
 * stands for the demo operator of that name (`@sportello/demo-data`'s `operators`: `administrator`,
 * `shop`, `city`…); no header means nobody signed in; anything else is a `401 unauthorized`, as the
 * reference server answers a token it cannot verify. Never a real token: the mocks verify nothing.
 */
import { operators, type DemoOperator } from '@sportello/demo-data';
import { ProblemError, type Operator } from '@sportello/domain';

const PREFIX = 'demo:';

/** The token the mocks accept for a demo operator: `getToken: () => demoToken('shop')`. */
export function demoToken(name: DemoOperator): string {
  return `${PREFIX}${name}`;
}

/** The operator an `Authorization` header names: `undefined` without one, else the demo operator or a 401. */
export function demoOperatorOf(header: string | null): Operator | undefined {
  if (header === null) return undefined;
  const m = /^Bearer (.+)$/.exec(header);
  const name = m?.[1]?.startsWith(PREFIX) ? m[1].slice(PREFIX.length) : undefined;
  if (name === undefined || !Object.hasOwn(operators, name)) {
    throw new ProblemError('unauthorized', 401, {}, { 'WWW-Authenticate': 'Bearer realm="sportello", error="invalid_token"' });
  }
  return operators[name as DemoOperator];
}
