import { generateCode } from '@sportello/sdk/checks';
import type { HelpRequestCreate, HelpRequestLookup } from '../types';
import type { HelpRequestOutcome } from '../store/store';
import { ProblemError } from '../http/problem';
import { FieldChecks } from './checks';
import { json, type Handler } from './handler';

const listTopics: Handler = async ({ store, lang }) => json(200, { items: await store.listHelpTopics(lang) });

// The description is health data for psychological support: it is stored for the volunteer and
// never logged nor echoed back.
const createRequest: Handler = async ({ store, lang, now, body }) => {
  const req = body as HelpRequestCreate;
  const checks = new FieldChecks();
  const description = req.description.trim();
  if (description.length < 10) checks.fail('/description', description === '' ? 'required' : 'too-short');
  const phone = checks.phone('/contact/phone', req.contact.phone);
  const email = checks.email('/contact/email', req.contact.email);
  if (req.contact.preferredChannel === 'phone' && req.contact.phone === undefined) checks.fail('/contact/phone', 'required');
  if (req.contact.preferredChannel === 'email' && req.contact.email === undefined) checks.fail('/contact/email', 'required');
  const topic = (await store.listHelpTopics(lang)).find((t) => t.id === req.topic);
  if (!topic) checks.fail('/topic', 'not-allowed');
  else if (topic.healthData && req.healthDataConsent !== true) checks.fail('/healthDataConsent', 'consent-required');
  checks.done();
  let outcome: HelpRequestOutcome = { ok: false, reason: 'code-taken' };
  for (let attempt = 0; attempt < 3 && !outcome.ok && outcome.reason === 'code-taken'; attempt++) {
    outcome = await store.createHelpRequest(
      {
        code: generateCode('PC'),
        topic: req.topic,
        description,
        forWhom: req.forWhom,
        contact: {
          ...(phone ? { phone } : {}),
          ...(email ? { email } : {}),
          preferredChannel: req.contact.preferredChannel,
          preferredTime: req.contact.preferredTime,
        },
        district: req.district,
        healthDataConsent: req.healthDataConsent === true,
        lang: req.lang ?? lang,
      },
      now,
    );
  }
  if (!outcome.ok) {
    if (outcome.reason === 'topic-unknown') throw new ProblemError('validation-error', 400, { errors: [{ pointer: '/topic', code: 'not-allowed' }] });
    throw new Error('no free ticket code after several attempts');
  }
  return json(201, outcome.ticket);
};

// An unknown ticket and a wrong contact answer alike.
const findRequest: Handler = async ({ store, body }) => {
  const req = body as HelpRequestLookup;
  const checks = new FieldChecks();
  const code = checks.code('/ticketCode', 'PC', req.ticketCode);
  const phone = checks.phone('/phone', req.phone);
  const email = checks.email('/email', req.email);
  checks.done();
  const ticket = await store.findHelpRequest(code, { ...(phone ? { phone } : {}), ...(email ? { email } : {}) });
  if (!ticket) throw new ProblemError('ticket-not-found', 404);
  return json(200, ticket);
};

/** The community concierge: topics, requests, ticket look-ups. */
export const helpHandlers = {
  list_help_topics: listTopics,
  create_help_request: createRequest,
  find_help_request: findRequest,
};
