// Builds packages/sdk/src/generated/enums.ts from openapi/sportello.yaml: every string enum of the
// contract as a readonly list (named schemas, and enums of schema properties), in the contract's
// order, typed by the generated `components`; and the patterns widgets check before a request.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const constName = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();

/** @param {string} contractPath @param {string} header */
export async function buildEnums(contractPath, header) {
  const contract = parse(await readFile(contractPath, 'utf8'), { maxAliasCount: -1 });
  const schemas = contract.components.schemas;
  const out = [header, "import type { components } from './api';\n", 'type S = components[\'schemas\'];\n'];
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.type === 'string' && Array.isArray(schema.enum)) {
      out.push(`/** ${name}: every value, in the contract's order. */`);
      out.push(`export const ${constName(name)}_VALUES = ${JSON.stringify(schema.enum)} as const satisfies readonly S['${name}'][];\n`);
    }
    for (const [prop, p] of Object.entries(schema.properties ?? {})) {
      if (p && p.type === 'string' && Array.isArray(p.enum)) {
        out.push(`/** ${name}.${prop}: every value, in the contract's order. */`);
        out.push(`export const ${constName(name)}_${constName(prop)}_VALUES = ${JSON.stringify(p.enum)} as const satisfies readonly NonNullable<S['${name}']['${prop}']>[];\n`);
      }
    }
  }
  const patterns = Object.entries(schemas).filter(([, s]) => s.type === 'string' && typeof s.pattern === 'string');
  out.push('/** The contract\'s patterns of named string schemas (for checks before a request). */');
  out.push(`export const PATTERNS = {\n${patterns.map(([n, s]) => `  ${n}: ${JSON.stringify(s.pattern)},`).join('\n')}\n} as const;\n`);
  return out.join('\n');
}
