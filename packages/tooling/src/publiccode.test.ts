// publiccode.yml (the file the Developers Italia catalogue reads) against the standard's mandatory
// keys and vocabularies, and against what this repository actually is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const doc = parse(read('publiccode.yml')) as Record<string, any>;

test('publiccode.yml follows the standard (core 0.4, Italian extension 1.0)', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(read('packages/tooling/src/publiccode.schema.json')));
  assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
});

test('publiccode.yml says what the repository is: licence, languages, version, IT sections', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(doc.legal.license, pkg.license);
  assert.ok(read('LICENSE').startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2'));
  assert.equal(doc.softwareVersion, JSON.parse(read('packages/widgets/package.json')).version);
  assert.deepEqual(Object.keys(doc.description).sort(), ['en', 'it']);
  assert.deepEqual(doc.localisation.availableLanguages, ['it', 'en']);
  assert.equal(typeof doc.IT.conforme, 'object');
  assert.equal(typeof doc.IT.piattaforme.spid, 'boolean');
  assert.equal(typeof doc.IT.piattaforme.cie, 'boolean');
});
