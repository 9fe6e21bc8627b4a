import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toRomeDate, toRomeIso } from './time';

describe('Rome time', () => {
  it('writes instants with the Rome offset, across both clock changes', () => {
    assert.equal(toRomeIso(Date.parse('2026-10-12T07:30:00Z')), '2026-10-12T09:30:00+02:00');
    assert.equal(toRomeIso(Date.parse('2026-10-25T00:59:59Z')), '2026-10-25T02:59:59+02:00');
    assert.equal(toRomeIso(Date.parse('2026-10-25T01:00:00Z')), '2026-10-25T02:00:00+01:00');
    assert.equal(toRomeIso(Date.parse('2027-03-28T00:59:59Z')), '2027-03-28T01:59:59+01:00');
    assert.equal(toRomeIso(Date.parse('2027-03-28T01:00:00Z')), '2027-03-28T03:00:00+02:00');
    assert.equal(toRomeIso(Date.parse('2026-12-31T23:30:00Z')), '2027-01-01T00:30:00+01:00');
  });
  it('agrees with Intl on every hour of a year', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'medium' });
    for (let ms = Date.parse('2026-01-01T00:17:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 3_600_000) {
      assert.equal(toRomeIso(ms).slice(0, 19).replace('T', ' '), intl.format(ms));
    }
  });
  it('gives the calendar day in Rome', () => {
    assert.equal(toRomeDate(Date.parse('2026-11-30T23:30:00Z')), '2026-12-01');
  });
});
