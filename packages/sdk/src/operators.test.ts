import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SportelloApiError, unwrap } from './errors';
import { problem, testClient } from './middleware/mock-fetch';
import { problemTypeForStatus } from './problem';
import type { Problem } from './types';

test('an operator call sends the bearer token from getToken', async () => {
  const { client, calls } = testClient(() => problem(403, 'forbidden'), { getToken: () => 'eyJ.op.tok' });
  await client.GET('/operator/ppe/bookings', { params: { query: { roundId: 'ffp2-2026-10' } } });
  assert.equal(calls[0]!.request.headers.get('Authorization'), 'Bearer eyJ.op.tok');
});

test('a 403 is typed and thrown as forbidden', async () => {
  const { client } = testClient(() => problem(403, 'forbidden'), { getToken: () => 'tok' });
  const { error, response } = await client.GET('/operator/ppe/bookings', { params: { query: { roundId: 'ffp2-2026-10' } } });
  // The contract declares 403 on the operation: `error` is the problem body, typed.
  const typed: Problem | undefined = error;
  assert.equal(response.status, 403);
  assert.equal(typed?.type, 'urn:sportello:problem:forbidden');
  const thrown = await unwrap(client.GET('/operator/audit-log', {})).then(
    () => assert.fail('should throw'),
    (e: unknown) => e,
  );
  assert.ok(thrown instanceof SportelloApiError);
  assert.equal(thrown.slug, 'forbidden');
});

test('a bare 403 (no problem body, e.g. from a proxy) is forbidden, a bare 401 unauthorized', () => {
  assert.equal(problemTypeForStatus(403), 'urn:sportello:problem:forbidden');
  assert.equal(problemTypeForStatus(401), 'urn:sportello:problem:unauthorized');
});
