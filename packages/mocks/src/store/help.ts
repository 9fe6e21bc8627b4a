/** Community concierge: topics, help requests and the ticket look-up. */
import { checkCode, checkEmail, checkPhone, generateCode } from '@sportello/sdk/checks';
import {
  publicTicket,
  publicTopic,
  toRomeIso,
  type HelpContact,
  type HelpRequestCreate,
  type HelpTicket,
  type HelpTicketFixture,
  type HelpTopicId,
  type HelpTopicList,
  type Lang,
} from '../fixtures';
import { Fields, isObject } from './fields';
import { invalid, problem } from './problems';
import { created, fail, ok, withIdempotency, type Outcome, type StoreState } from './state';

const TOPICS: readonly HelpTopicId[] = ['homework', 'apps-and-accounts', 'everyday-tasks', 'psychological-support', 'other'];

/** The help-request operations over the store's state. */
export function help(state: StoreState) {
  return {
    listTopics(lang: Lang): Outcome<HelpTopicList, never> {
      return ok({ items: state.helpTopics.map((t) => publicTopic(t, lang)) });
    },

    /**
     * Files a help request. Psychological support (a topic with `healthData`) needs
     * `healthDataConsent: true` too. The description is checked, never kept nor echoed.
     */
    createRequest(body: unknown, idempotencyKey: string | null | undefined): Outcome<HelpTicket, 400 | 409 | 422, 201> {
      return withIdempotency(state, 'create_help_request', idempotencyKey, body, () => {
        const f = new Fields();
        if (!isObject(body)) return fail(invalid([{ pointer: '', code: 'format' }]));
        f.only(body, '', ['topic', 'description', 'forWhom', 'contact', 'district', 'privacyConsent', 'healthDataConsent', 'lang']);
        const topic = f.oneOf(body, 'topic', '', TOPICS);
        f.text(body, 'description', '', { min: 10, max: 500 });
        const forWhom = f.oneOf(body, 'forWhom', '', ['myself', 'someone-i-care-for'] as const);
        const c = f.object(body, 'contact', '');
        let contact: HelpContact | undefined;
        if (c) {
          f.only(c, '/contact', ['phone', 'email', 'preferredChannel', 'preferredTime']);
          if (c.phone === undefined && c.email === undefined) f.add('/contact/phone', 'required');
          const phone = f.check(c, 'phone', '/contact', checkPhone, false);
          const email = f.check(c, 'email', '/contact', checkEmail, false);
          const preferredChannel = f.oneOf(c, 'preferredChannel', '/contact', ['phone', 'email'] as const);
          const preferredTime = f.oneOf(c, 'preferredTime', '/contact', ['morning', 'afternoon', 'evening', 'any'] as const);
          // The channel asked for must come with its contact.
          if (preferredChannel && c[preferredChannel] === undefined) f.add(`/contact/${preferredChannel}`, 'required');
          if (preferredChannel && preferredTime) {
            contact = { ...(phone ? { phone } : {}), ...(email ? { email: email.toLowerCase() } : {}), preferredChannel, preferredTime };
          }
        }
        const district = f.integer(body, 'district', '', 1, 8);
        f.consent(body, 'privacyConsent', '');
        f.flag(body, 'healthDataConsent', '');
        const healthData = state.helpTopics.find((t) => t.id === topic)?.healthData ?? topic === 'psychological-support';
        if (healthData && body.healthDataConsent !== true) f.add('/healthDataConsent', 'consent-required');
        f.oneOf(body, 'lang', '', ['it', 'en'] as const, false);
        if (!f.ok) return fail(invalid(f.errors));

        let ticketCode = generateCode('PC');
        while (state.helpTickets.some((t) => t.ticketCode === ticketCode)) ticketCode = generateCode('PC');
        const now = toRomeIso(state.clock());
        const ticket: HelpTicketFixture = {
          ticketCode,
          topic: topic!,
          state: 'received',
          createdAt: now,
          updatedAt: now,
          contact: contact!,
          district: district!,
          forWhom: forWhom as HelpRequestCreate['forWhom'],
        };
        state.helpTickets.push(ticket);
        return created(publicTicket(ticket));
      });
    },

    /** A ticket, by its code and the phone or e-mail given with it; anything else is `404`. */
    findRequest(body: unknown): Outcome<HelpTicket, 400 | 404> {
      const f = new Fields();
      if (!isObject(body)) return fail(invalid([{ pointer: '', code: 'format' }]));
      f.only(body, '', ['ticketCode', 'phone', 'email']);
      const code = f.check(body, 'ticketCode', '', (s) => checkCode('PC', s));
      if (body.phone === undefined && body.email === undefined) f.add('/phone', 'required');
      const phone = f.check(body, 'phone', '', checkPhone, false);
      const email = f.check(body, 'email', '', checkEmail, false)?.toLowerCase();
      if (!f.ok) return fail(invalid(f.errors));
      const ticket = state.helpTickets.find(
        (t) => t.ticketCode === code && ((!!phone && t.contact.phone === phone) || (!!email && t.contact.email?.toLowerCase() === email)),
      );
      return ticket ? ok(publicTicket(ticket)) : fail(problem(404, 'ticket-not-found'));
    },
  };
}
