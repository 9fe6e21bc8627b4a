import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFixtures } from '@sportello/demo-data';
import { publicTopic } from '@sportello/domain';
import {
  checkHelpForm,
  checkLookup,
  crossedThreshold,
  effectiveChannel,
  emptyForm,
  offeredTopics,
  parseTopics,
  ticketSteps,
  type HelpForm,
} from './help-request.logic';

const topics = createFixtures().helpTopics.map((t) => publicTopic(t, 'it'));

const filled = (over: Partial<HelpForm> = {}): HelpForm => ({
  ...emptyForm(),
  topic: 'apps-and-accounts',
  forWhom: 'someone-i-care-for',
  description: '  Mia madre deve installare l’app IO.  ',
  phone: '333 123 4567',
  district: '8',
  privacyConsent: true,
  ...over,
});

test('the topics attribute names known topics, in order, without repeats', () => {
  assert.deepEqual(parseTopics('homework'), ['homework']);
  assert.deepEqual(parseTopics(' Homework , apps-and-accounts,homework, gardening'), ['homework', 'apps-and-accounts']);
  assert.equal(parseTopics(''), undefined);
  assert.equal(parseTopics(null), undefined);
  assert.equal(parseTopics('gardening'), undefined);
});

test('offered topics keep the API’s order and only those named', () => {
  assert.deepEqual(offeredTopics(topics, ['other', 'homework']).map((t) => t.id), ['homework', 'other']);
  assert.equal(offeredTopics(topics, undefined).length, 5);
});

test('a complete form becomes the request body, trimmed and normalized', () => {
  const r = checkHelpForm(filled(), topics, 'it');
  assert.deepEqual(r, {
    ok: true,
    body: {
      topic: 'apps-and-accounts',
      description: 'Mia madre deve installare l’app IO.',
      forWhom: 'someone-i-care-for',
      contact: { phone: '+393331234567', preferredChannel: 'phone', preferredTime: 'any' },
      district: 8,
      privacyConsent: true,
      lang: 'it',
    },
  });
});

test('an empty form names every missing field', () => {
  const r = checkHelpForm({ ...emptyForm(), preferredTime: '' }, topics, 'en');
  assert.deepEqual(r, {
    ok: false,
    errors: {
      topic: 'required',
      'for-whom': 'required',
      description: 'required',
      phone: 'required',
      channel: 'required',
      time: 'required',
      district: 'required',
      'privacy-consent': 'consent-required',
    },
  });
});

test('description length, contact formats, district range, topic not offered', () => {
  const r = checkHelpForm(filled({ topic: 'homework', description: 'aiuto', phone: '12', email: 'maria@', district: '9' }), topics.filter((t) => t.id !== 'homework'), 'it');
  assert.deepEqual(r, {
    ok: false,
    errors: { topic: 'not-allowed', description: 'too-short', phone: 'format', email: 'format', channel: 'required', district: 'out-of-range' },
  });
  const long = checkHelpForm(filled({ description: 'x'.repeat(501) }), topics, 'it');
  assert.deepEqual(long, { ok: false, errors: { description: 'too-long' } });
});

test('psychological support needs its own health-data consent, and sends it', () => {
  assert.deepEqual(checkHelpForm(filled({ topic: 'psychological-support' }), topics, 'it'), { ok: false, errors: { 'health-consent': 'consent-required' } });
  const r = checkHelpForm(filled({ topic: 'psychological-support', healthDataConsent: true }), topics, 'it');
  assert.equal(r.ok && r.body.healthDataConsent, true);
  const other = checkHelpForm(filled({ healthDataConsent: true }), topics, 'it');
  assert.equal(other.ok && 'healthDataConsent' in other.body, false);
});

test('the channel: chosen, or inferred from the only contact given; it needs its contact', () => {
  assert.equal(effectiveChannel({ phone: '', email: 'a@b.it', preferredChannel: '' }), 'email');
  assert.equal(effectiveChannel({ phone: '333', email: 'a@b.it', preferredChannel: '' }), undefined);
  assert.equal(effectiveChannel({ phone: '333', email: 'a@b.it', preferredChannel: 'email' }), 'email');
  assert.deepEqual(checkHelpForm(filled({ email: 'maria@example.org' }), topics, 'it'), { ok: false, errors: { channel: 'required' } });
  assert.deepEqual(checkHelpForm(filled({ phone: '', email: 'maria@example.org', preferredChannel: 'phone' }), topics, 'it'), { ok: false, errors: { phone: 'required' } });
  const both = checkHelpForm(filled({ email: ' Maria@Example.org ', preferredChannel: 'email', preferredTime: 'evening' }), topics, 'en');
  assert.deepEqual(both.ok && both.body.contact, { phone: '+393331234567', email: 'Maria@Example.org', preferredChannel: 'email', preferredTime: 'evening' });
});

test('the counter is announced at once only when crossing 50, 20 or 0 characters left', () => {
  assert.equal(crossedThreshold(449, 450), true);
  assert.equal(crossedThreshold(450, 451), false);
  assert.equal(crossedThreshold(100, 200), false);
  assert.equal(crossedThreshold(470, 500), true);
  assert.equal(crossedThreshold(500, 499), false);
});

test('the look-up takes a code and either a phone or an e-mail', () => {
  assert.deepEqual(checkLookup('pc 3h8k 2mv6 b', '333 123 4567'), { ok: true, body: { ticketCode: 'PC-3H8K-2MV6-B', phone: '+393331234567' } });
  assert.deepEqual(checkLookup('PC-8RWD-4KTA-A', ' famiglia.ferrero@example.org '), { ok: true, body: { ticketCode: 'PC-8RWD-4KTA-A', email: 'famiglia.ferrero@example.org' } });
  assert.deepEqual(checkLookup('PC-8RWD-4KTA-B', ''), { ok: false, errors: { 'lookup-code': 'check-character', 'lookup-contact': 'required' } });
  assert.deepEqual(checkLookup('', 'anna@'), { ok: false, errors: { 'lookup-code': 'required', 'lookup-contact': 'format' } });
});

test('a ticket’s steps: done, current, to come', () => {
  assert.deepEqual(ticketSteps('scheduled').map((s) => s.status), ['done', 'done', 'current', 'todo']);
  assert.deepEqual(ticketSteps('received').map((s) => s.status), ['current', 'todo', 'todo', 'todo']);
});
