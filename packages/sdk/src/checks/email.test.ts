import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEmail } from './email';

test('ordinary addresses pass, trimmed', () => {
  assert.deepEqual(checkEmail('maria.rossi@example.org'), { ok: true, value: 'maria.rossi@example.org' });
  assert.deepEqual(checkEmail('  g+calendario@comune.torino.it '), { ok: true, value: 'g+calendario@comune.torino.it' });
});

test('addresses without a user, a domain or a top-level domain are format', () => {
  for (const email of ['maria.rossi', 'maria@', '@example.org', 'maria@example', 'maria@example.o', 'ma ria@example.org', 'a@b@c.it']) {
    assert.deepEqual(checkEmail(email), { ok: false, code: 'format' }, email);
  }
});

test('empty is required; longer than 254 characters is too-long', () => {
  assert.deepEqual(checkEmail(' '), { ok: false, code: 'required' });
  const long = `${'a'.repeat(64)}@${'b'.repeat(186)}.org`;
  assert.equal(long.length, 255);
  assert.deepEqual(checkEmail(long), { ok: false, code: 'too-long' });
  assert.equal(checkEmail(long.slice(1)).ok, true);
});
