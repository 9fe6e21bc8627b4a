/**
 * The contract, `openapi/sportello.yaml`, as a validator. Requests are validated by the generated,
 * browser-safe validators (`./requests`, re-exported here); this Node entry adds the parsed contract
 * and the validation of responses (tests check every answer of the server and the mocks with it), so
 * there is no second copy of any schema. JSON Schema validation is Ajv's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import type { components } from '@sportello/sdk';
import type { Operation } from './requests';

export type FieldError = components['schemas']['FieldError'];

type Json = Record<string, unknown>;

export { findOperation, methodsFor, operations, validateRequest, type Operation, type RequestParts } from './requests';

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

/** Turns a parameter's text into the JSON value its schema describes (arrays, numbers, booleans). */
function coerce(raw: string, schema: Json): unknown {
  const s = deref(schema);
  if (s.type === 'array') return raw === '' ? [] : raw.split(',').map((v) => coerce(v, s.items as Json));
  if (s.type === 'integer' || s.type === 'number') return raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  if (s.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
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
