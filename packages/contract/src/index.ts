/**
 * The contract, `openapi/sportello.yaml`, as a validator: the reference server checks every request
 * with it and the tests check every response (server and mocks) with it, so there is no second
 * copy of any schema. JSON Schema validation is Ajv's; this module only walks the OpenAPI document.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import type { components } from '@sportello/sdk';
import { toFieldErrors } from './field-errors';

export type FieldError = components['schemas']['FieldError'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json = Record<string, unknown>;

/** One operation of the contract. */
export interface Operation {
  operationId: string;
  method: Method;
  /** The path template after `/v1`, e.g. `/ppe/bookings/{bookingCode}/cancellation`. */
  path: string;
}

/** Where the contract lives; overridable for tests of the validator itself. */
export const contractPath = fileURLToPath(new URL('../../../openapi/sportello.yaml', import.meta.url));

/** The parsed contract (YAML anchors resolved, `$ref`s left in place). */
export const contract = parse(readFileSync(contractPath, 'utf8'), { maxAliasCount: -1 }) as Json;

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, coerceTypes: false });
addFormats(ajv);

const nodeAt = (pointer: string[]): unknown => pointer.reduce<Json>((o, p) => o[p] as Json, contract);
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The schema with every `$ref` replaced by what it points to (the contract has no recursive
 * schemas), so Ajv's error paths run through `oneOf`/`anyOf` branches unbroken.
 */
function inline(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(inline);
  if (!node || typeof node !== 'object') return node;
  const ref = (node as Json).$ref;
  if (typeof ref === 'string') return inline(nodeAt(ref.replace(/^#\//, '').split('/').map(unescape)));
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'example' ? v : inline(v)]));
}

const compiled = new Map<string, ValidateFunction>();

/** A validator for the schema at a JSON pointer into the contract. */
function validatorAt(pointer: string[]): ValidateFunction {
  const key = pointer.join('\u0000');
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv.compile(inline(nodeAt(pointer)) as Json);
    compiled.set(key, fn);
  }
  return fn;
}

/** A node of the contract with the JSON pointer where it stands, `$ref`s followed. */
interface Located<T = Json> {
  node: T;
  pointer: string[];
}

/** Follows local `$ref`s (`#/components/...`) from a node until a plain object is reached. */
function locate<T = Json>(node: unknown, pointer: string[]): Located<T> {
  let current = node as Json;
  let at = pointer;
  while (current && typeof current.$ref === 'string') {
    at = (current.$ref as string).replace(/^#\//, '').split('/').map(unescape);
    current = nodeAt(at) as Json;
  }
  return { node: current as T, pointer: at };
}

const deref = <T = Json>(node: unknown): T => locate<T>(node, []).node;

const paths = contract.paths as Record<string, Record<string, Json>>;
const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];
const routes = Object.keys(paths).flatMap((template) => {
  const names: string[] = [];
  const source = template
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
  return METHODS.filter((m) => paths[template]![m]).map((method) => ({
    regex: new RegExp(`^${source}$`),
    names,
    operation: { operationId: paths[template]![method]!.operationId as string, method, path: template },
  }));
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

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: Json;
}

function parametersOf(op: Operation): Array<Located<Parameter>> {
  const node = paths[op.path]![op.method]!;
  return ((node.parameters as unknown[]) ?? []).map((p, i) => locate<Parameter>(p, ['paths', op.path, op.method, 'parameters', String(i)]));
}

/** Turns a parameter's text into the JSON value its schema describes (arrays, numbers, booleans). */
function coerce(raw: string, schema: Json): unknown {
  const s = deref(schema);
  if (s.type === 'array') return raw === '' ? [] : raw.split(',').map((v) => coerce(v, s.items as Json));
  if (s.type === 'integer' || s.type === 'number') return raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  if (s.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
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
  const errors: FieldError[] = [];
  const node = paths[op.path]![op.method]!;
  for (const { node: p, pointer } of parametersOf(op)) {
    const raw = p.in === 'path' ? req.params[p.name] : p.in === 'query' ? req.query.get(p.name) : req.headers.get(p.name);
    const where = `/${p.in}/${p.name}`;
    if (raw === null || raw === undefined || raw === '') {
      if (p.required) errors.push({ pointer: where, code: 'required' });
      continue;
    }
    const validate = validatorAt([...pointer, 'schema']);
    // A parameter is one field to a person: its first reason is enough.
    if (!validate(coerce(raw, p.schema))) errors.push({ pointer: where, code: toFieldErrors(validate.errors ?? [], where)[0]!.code });
  }
  const body = node.requestBody ? deref<Json>(node.requestBody) : undefined;
  if (body) {
    if (req.body === undefined) {
      if (body.required) errors.push({ pointer: '', code: 'required' });
    } else {
      const validate = validatorAt(['paths', op.path, op.method, 'requestBody', 'content', 'application/json', 'schema']);
      if (!validate(req.body)) errors.push(...toFieldErrors(validate.errors ?? [], ''));
    }
  }
  return errors;
}

export interface ResponseParts {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text of a non-JSON answer. */
  body: unknown;
  contentType: string;
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? e.keyword}`).join('; ');

/** Validates a response against its operation. Returns what is wrong, empty when it conforms. */
export function validateResponse(op: Operation, res: ResponseParts): string[] {
  const problems: string[] = [];
  const responses = paths[op.path]![op.method]!.responses as Record<string, unknown>;
  const statusKey = responses[String(res.status)] ? String(res.status) : 'default';
  if (!responses[statusKey]) return [`status ${res.status} is not declared for ${op.operationId}`];
  const { node: response, pointer } = locate(responses[statusKey], ['paths', op.path, op.method, 'responses', statusKey]);
  for (const [name, header] of Object.entries((response.headers as Record<string, unknown>) ?? {})) {
    const { node: h, pointer: at } = locate(header, [...pointer, 'headers', name]);
    const value = res.headers.get(name);
    if (value === null) {
      if (h.required) problems.push(`header ${name} is missing`);
      continue;
    }
    const validate = validatorAt([...at, 'schema']);
    if (!validate(coerce(value, h.schema as Json))) problems.push(`header ${name}: ${describe(validate.errors)}`);
  }
  const content = response.content as Record<string, Json> | undefined;
  if (!content) {
    if (res.body !== undefined && res.body !== null && res.body !== '') problems.push(`status ${res.status} must have no body`);
    return problems;
  }
  const mediaType = res.contentType.split(';')[0]!.trim().toLowerCase();
  if (!content[mediaType]) return [...problems, `content type ${mediaType || '(none)'} is not one of ${Object.keys(content).join(', ')}`];
  if (mediaType.endsWith('json')) {
    const validate = validatorAt([...pointer, 'content', mediaType, 'schema']);
    if (!validate(res.body)) problems.push(`body: ${describe(validate.errors)}`);
  } else if (typeof res.body !== 'string') {
    problems.push(`body of ${mediaType} must be text`);
  }
  return problems;
}
