import type { ErrorObject } from 'ajv';
import type { components } from '@sportello/sdk';

type FieldError = components['schemas']['FieldError'];
type FieldErrorCode = components['schemas']['FieldErrorCode'];

const isCombinator = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf';

/** Whether `e` was raised inside one branch of the combinator error `c`, and which branch. */
function branchOf(e: ErrorObject, c: ErrorObject): number | undefined {
  if (!e.instancePath.startsWith(c.instancePath)) return undefined;
  const prefix = `${c.schemaPath}/`;
  if (!e.schemaPath.startsWith(prefix)) return undefined;
  return Number(e.schemaPath.slice(prefix.length).split('/')[0]);
}

/**
 * Keeps, for each failed `oneOf`/`anyOf`, only the errors of the branch that came closest (fewest
 * errors): "building code has the wrong format" helps a person, "matches no alternative" does not.
 */
function closestBranches(errors: ErrorObject[]): ErrorObject[] {
  let rest = errors;
  for (const c of errors.filter(isCombinator)) {
    const byBranch = new Map<number, ErrorObject[]>();
    for (const e of rest) {
      const b = branchOf(e, c);
      if (b !== undefined) byBranch.set(b, [...(byBranch.get(b) ?? []), e]);
    }
    // Fewest errors wins; on a tie, the branch that only misses a field (`required`): "add the
    // e-mail" helps more than "the preferred channel is not allowed".
    const notRequired = (list: ErrorObject[]) => list.filter((e) => e.keyword !== 'required').length;
    const best = [...byBranch.values()].sort((a, b) => a.length - b.length || notRequired(a) - notRequired(b))[0] ?? [];
    rest = rest.filter((e) => e !== c && (branchOf(e, c) === undefined || best.includes(e)));
  }
  return rest;
}

const isConsent = (schema: unknown) => {
  const s = schema as { enum?: unknown[] } | undefined;
  return Array.isArray(s?.enum) && s.enum.length === 1 && s.enum[0] === true;
};

function codeOf(e: ErrorObject): FieldErrorCode {
  switch (e.keyword) {
    case 'required':
      return /Consent$/.test(String(e.params.missingProperty)) ? 'consent-required' : 'required';
    case 'maxLength':
    case 'maxItems':
      return 'too-long';
    case 'minLength':
      return e.data === '' ? 'required' : 'too-short';
    case 'pattern':
      // Only spaces where a name is asked for: nothing was typed.
      return typeof e.data === 'string' && e.data.trim() === '' ? 'required' : 'format';
    case 'minItems':
      return 'too-short';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return 'out-of-range';
    case 'enum':
    case 'const':
      return isConsent(e.parentSchema) ? 'consent-required' : 'not-allowed';
    case 'additionalProperties':
      return 'not-allowed';
    default:
      return 'format';
  }
}

function pointerOf(e: ErrorObject, base: string): string {
  const extra =
    e.keyword === 'required'
      ? `/${String(e.params.missingProperty)}`
      : e.keyword === 'additionalProperties'
        ? `/${String(e.params.additionalProperty)}`
        : '';
  return `${base}${e.instancePath}${extra}`;
}

/** Turns Ajv's errors into the contract's field errors, one per field (the first reason wins). */
export function toFieldErrors(errors: ErrorObject[], base: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of closestBranches(errors)) {
    const pointer = pointerOf(e, base);
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    out.push({ pointer, code: codeOf(e) });
  }
  return out;
}
