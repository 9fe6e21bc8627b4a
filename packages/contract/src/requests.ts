/**
 * The contract's request side, browser-safe: the route table and the request validation, from
 * code generated at `npm run generate` (`generated/requests.ts`: Ajv standalone validators, no
 * `eval`). The msw mocks (in Node, Chromium and Storybook, under a strict CSP) and the reference
 * server both validate requests with this, so they refuse exactly the same inputs.
 */
import type { ErrorObject } from 'ajv';
import type { components } from '@sportello/sdk';
import { toFieldErrors } from './field-errors';
import * as generated from './generated/requests';

export type FieldError = components['schemas']['FieldError'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'array';
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

interface GeneratedOperation {
  operationId: string;
  method: Method;
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query' | 'header'; required: boolean; kind: Kind; items?: Kind; validator: string }>;
  body?: { required: boolean; validator: string };
}

/** One operation of the contract. */
export interface Operation {
  operationId: string;
  method: Method;
  /** The path template after `/v1`, e.g. `/ppe/bookings/{bookingCode}/cancellation`. */
  path: string;
}

const table = generated.operations as GeneratedOperation[];
const validators = generated as unknown as Record<string, Validate>;

const routes = table.map((op) => {
  const names: string[] = [];
  const source = op.path
    .split('/')
    .map((seg) => {
      const m = /^\{(\w+)\}$/.exec(seg);
      if (m) {
        names.push(m[1]!);
        return '([^/]+)';
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { regex: new RegExp(`^${source}$`), names, op, operation: { operationId: op.operationId, method: op.method, path: op.path } as Operation };
});

/** Every operation of the contract. */
export const operations: Operation[] = routes.map((r) => r.operation);

/** The operation a request addresses, with its decoded path parameters. */
export function findOperation(method: string, pathname: string): { operation: Operation; params: Record<string, string> } | undefined {
  const m = method.toLowerCase();
  for (const route of routes) {
    if (route.operation.method !== m) continue;
    const match = route.regex.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1]!);
    });
    return { operation: route.operation, params };
  }
  return undefined;
}

/** The methods the contract defines for a path, for `405` and CORS preflight answers. */
export function methodsFor(pathname: string): string[] {
  return routes.filter((r) => r.regex.test(pathname)).map((r) => r.operation.method.toUpperCase());
}

/** Turns a parameter's text into the JSON value its schema describes (arrays, numbers, booleans). */
function coerce(raw: string, kind: Kind, items?: Kind): unknown {
  if (kind === 'array') return raw === '' ? [] : raw.split(',').map((v) => coerce(v, items ?? 'string'));
  if (kind === 'integer' || kind === 'number') return raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  if (kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

export interface RequestParts {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  body?: unknown;
}

/**
 * Validates a request against its operation: path, query and header parameters, then the JSON body.
 * Returns the contract's field errors, empty when the request is valid. Body pointers point into
 * the body (`/applicant/taxCode`); parameters are `/path/<name>`, `/query/<name>`, `/header/<Name>`.
 */
export function validateRequest(op: Operation, req: RequestParts): FieldError[] {
  const spec = routes.find((r) => r.operation.operationId === op.operationId)!.op;
  const errors: FieldError[] = [];
  for (const p of spec.parameters) {
    const raw = p.in === 'path' ? req.params[p.name] : p.in === 'query' ? req.query.get(p.name) : req.headers.get(p.name);
    const where = `/${p.in}/${p.name}`;
    if (raw === null || raw === undefined || raw === '') {
      if (p.required) errors.push({ pointer: where, code: 'required' });
      continue;
    }
    const validate = validators[p.validator]!;
    // A parameter is one field to a person: its first reason is enough.
    if (!validate(coerce(raw, p.kind, p.items))) errors.push({ pointer: where, code: toFieldErrors(validate.errors ?? [], where)[0]!.code });
  }
  if (spec.body) {
    if (req.body === undefined) {
      if (spec.body.required) errors.push({ pointer: '', code: 'required' });
    } else {
      const validate = validators[spec.body.validator]!;
      if (!validate(req.body)) errors.push(...toFieldErrors(validate.errors ?? [], ''));
    }
  }
  return errors;
}
