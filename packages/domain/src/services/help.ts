/** The community concierge: topics, requests, ticket look-ups. */
import { generateCode } from '@sportello/sdk/checks';
import type { HelpRequestOutcome } from '../ports';
import { ProblemError, validationError } from '../problems';
import { FieldChecks } from '../checks';
import { createOnce } from '../idempotency';
import { json, type Service } from './context';

const listTopics: Service<'list_help_topics'> = async ({ store, lang }) => json(200, { items: await store.listHelpTopics(lang) });

/** The problem a help-request outcome answers with. */
const helpProblem = (outcome: Exclude<HelpRequestOutcome, { ok: true }>): ProblemError =>
  outcome.reason === 'topic-unknown' ? validationError([{ pointer: '/topic', code: 'not-allowed' }]) : new ProblemError('internal-error', 500);

// The description is kept for the volunteer who takes the request (it is what they need to
// help), and never logged nor echoed back; for psychological support it is health data.
const createRequest: Service<'create_help_request'> = async (ctx) => {
  const { store, lang, now, body: req } = ctx;
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
  return createOnce<HelpRequestOutcome>(
    ctx,
    (idem) =>
      store.createHelpRequest(
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
        idem,
      ),
    (outcome) => json(201, outcome.ticket),
    helpProblem,
  );
};

// An unknown ticket and a wrong contact answer alike.
const findRequest: Service<'find_help_request'> = async ({ store, body: req }) => {
  const checks = new FieldChecks();
  const code = checks.code('/ticketCode', 'PC', req.ticketCode);
  const phone = checks.phone('/phone', req.phone);
  const email = checks.email('/email', req.email);
  checks.done();
  const ticket = await store.findHelpRequest(code, { ...(phone ? { phone } : {}), ...(email ? { email } : {}) });
  if (!ticket) throw new ProblemError('ticket-not-found', 404);
  return json(200, ticket);
};

export const helpServices = {
  list_help_topics: listTopics,
  create_help_request: createRequest,
  find_help_request: findRequest,
};
