// Builds packages/contract/src/generated/requests.ts from openapi/sportello.yaml: every operation's
// route, its parameters (with the kind of value each holds, for coercion) and Ajv *standalone*
// validators for each parameter and request body — plain functions, no `eval`/`new Function` at run
// time, so the mocks validate requests in a browser under a strict CSP exactly as the server does.
// Ajv's standalone output `require`s two runtime helpers (string length in code points, formats);
// they are pointed at the contract's own small `formats.ts` instead, so the file is an ES module
// with no CommonJS dependency.
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** @param {string} contractPath @param {string} header */
export async function buildRequestValidators(contractPath, header) {
  const contract = parse(await readFile(contractPath, 'utf8'), { maxAliasCount: -1 });
  const nodeAt = (pointer) => pointer.reduce((o, p) => o[p], contract);
  const unescape = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
  const refPath = (ref) => ref.replace(/^#\//, '').split('/').map(unescape);
  const deref = (node) => {
    let n = node;
    while (n && typeof n.$ref === 'string') n = nodeAt(refPath(n.$ref));
    return n;
  };
  // $refs inlined (the contract has no recursive schema), so error paths run through oneOf/anyOf unbroken.
  const inline = (node) => {
    if (Array.isArray(node)) return node.map(inline);
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') return inline(nodeAt(refPath(node.$ref)));
    return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'example').map(([k, v]) => [k, inline(v)]));
  };
  const kindOf = (schema) => {
    const s = deref(schema);
    if (s.type === 'array') return { kind: 'array', items: kindOf(s.items).kind };
    if (s.type === 'integer' || s.type === 'number' || s.type === 'boolean') return { kind: s.type };
    return { kind: 'string' };
  };

  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, coerceTypes: false, code: { source: true, esm: true, lines: false } });
  addFormats(ajv);
  const exportsMap = {};
  let n = 0;
  const add = (schema) => {
    const id = `v${n++}`;
    ajv.addSchema({ $id: id, ...inline(schema) });
    exportsMap[id] = id;
    return id;
  };

  const operations = [];
  for (const [path, item] of Object.entries(contract.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = (op.parameters ?? []).map((p) => {
        const param = deref(p);
        return { name: param.name, in: param.in, required: param.required === true, ...kindOf(param.schema), validator: add(param.schema) };
      });
      const body = op.requestBody ? deref(op.requestBody) : undefined;
      const schema = body?.content?.['application/json']?.schema;
      operations.push({
        operationId: op.operationId,
        method,
        path,
        parameters,
        ...(schema ? { body: { required: body.required === true, validator: add(schema) } } : {}),
      });
    }
  }

  let code = standaloneCode(ajv, exportsMap);
  code = code
    .replace(/^"use strict";/, '')
    .replace(/require\("ajv-formats\/dist\/formats"\)\.fullFormats\["([^"]+)"\]/g, (_, f) => `F.formats[${JSON.stringify(f)}]`)
    .replace(/require\("ajv-formats\/dist\/formats"\)\.fullFormats\.([A-Za-z0-9_]+)/g, (_, f) => `F.formats[${JSON.stringify(f)}]`)
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'F.ucs2length');
  const used = [...new Set([...code.matchAll(/F\.formats\["([^"]+)"\]/g)].map((m) => m[1]))];
  const known = ['int32', 'date', 'date-time', 'email', 'uri'];
  const missing = used.filter((f) => !known.includes(f));
  if (missing.length) throw new Error(`formats.ts has no validator for: ${missing.join(', ')}`);
  const left = /require\(/.exec(code);
  if (left) throw new Error(`standalone validators still require a module: ${code.slice(left.index, left.index + 80)}`);
  return (
    header +
    '// @ts-nocheck\n' +
    "import * as F from '../formats';\n\n" +
    '/** Every operation of the contract: its route, parameters and the validators of each. */\n' +
    `export const operations = ${JSON.stringify(operations, null, 2)};\n\n` +
    '/** Ajv standalone validators, by id. */\n' +
    code.trim() +
    '\n'
  );
}
