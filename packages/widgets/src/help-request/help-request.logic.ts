/**
 * Pure logic of `<sportello-help-request>`: which topics to offer, the form's checks and request
 * body, the description counter, the ticket look-up and the ticket's steps. Tested under Node.
 */
import type { FieldErrorCode, HelpContact, HelpRequestCreate, HelpRequestLookup, HelpTicketState, HelpTopic, HelpTopicId, Lang } from '@sportello/sdk';
import { HELP_CONTACT_PREFERRED_TIME_VALUES, HELP_REQUEST_CREATE_FOR_WHOM_VALUES, HELP_TOPIC_ID_VALUES } from '@sportello/sdk';
import { checkCode, checkEmail, checkPhone } from '@sportello/sdk/checks';

/** Every topic id the contract knows. */
/** The topics, in the contract's order. */
export const TOPIC_IDS: readonly HelpTopicId[] = HELP_TOPIC_ID_VALUES;

/** The description's length limits (the contract's). */
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 500;

/**
 * The `topics` attribute (`"homework, apps-and-accounts"`) as known topic ids, in the order given,
 * without repeats; `undefined` (offer every topic) when it names none.
 */
export function parseTopics(value: string | null | undefined): HelpTopicId[] | undefined {
  const ids = (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is HelpTopicId => (TOPIC_IDS as readonly string[]).includes(s));
  const unique = [...new Set(ids)];
  return unique.length ? unique : undefined;
}

/** The API's topics that the widget offers: all of them, or those the attribute names. */
export function offeredTopics(all: readonly HelpTopic[], only: readonly HelpTopicId[] | undefined): HelpTopic[] {
  return only ? all.filter((t) => only.includes(t.id)) : [...all];
}

/** What the person filled in, as typed. */
export interface HelpForm {
  topic: string;
  forWhom: string;
  description: string;
  phone: string;
  email: string;
  preferredChannel: string;
  preferredTime: string;
  district: string;
  privacyConsent: boolean;
  healthDataConsent: boolean;
}

/** An empty form; the time of day defaults to "any time". */
export const emptyForm = (): HelpForm => ({
  topic: '',
  forWhom: '',
  description: '',
  phone: '',
  email: '',
  preferredChannel: '',
  preferredTime: 'any',
  district: '',
  privacyConsent: false,
  healthDataConsent: false,
});

/** The form's control ids, in document order. */
export const FIELD_IDS = ['topic', 'for-whom', 'description', 'phone', 'email', 'channel', 'time', 'district', 'privacy-consent', 'health-consent'] as const;
export type HelpFieldId = (typeof FIELD_IDS)[number];

/** The request body's JSON pointers → the controls, for the API's field errors. */
export const POINTERS: Readonly<Record<string, HelpFieldId>> = {
  '/topic': 'topic',
  '/forWhom': 'for-whom',
  '/description': 'description',
  '/contact': 'phone',
  '/contact/phone': 'phone',
  '/contact/email': 'email',
  '/contact/preferredChannel': 'channel',
  '/contact/preferredTime': 'time',
  '/district': 'district',
  '/privacyConsent': 'privacy-consent',
  '/healthDataConsent': 'health-consent',
};

export type HelpFormErrors = Partial<Record<HelpFieldId, FieldErrorCode>>;

/** Whether a topic is health data (psychological support), per the API's flag. */
export function needsHealthConsent(topics: readonly HelpTopic[], topic: string): boolean {
  return topics.find((t) => t.id === topic)?.healthData ?? topic === 'psychological-support';
}

/**
 * The channel to contact the person on: the one chosen, or, when only one contact is given and
 * none was chosen, that one.
 */
export function effectiveChannel(form: Pick<HelpForm, 'phone' | 'email' | 'preferredChannel'>): 'phone' | 'email' | undefined {
  if (form.preferredChannel === 'phone' || form.preferredChannel === 'email') return form.preferredChannel;
  const phone = form.phone.trim() !== '';
  const email = form.email.trim() !== '';
  if (phone && !email) return 'phone';
  if (email && !phone) return 'email';
  return undefined;
}

/** Checks the form against the offered topics; returns the request body or the errors. */
export function checkHelpForm(
  form: HelpForm,
  topics: readonly HelpTopic[],
  lang: Lang,
): { ok: true; body: HelpRequestCreate } | { ok: false; errors: HelpFormErrors } {
  const e: HelpFormErrors = {};
  const topic = topics.find((t) => t.id === form.topic);
  if (!form.topic) e.topic = 'required';
  else if (!topic) e.topic = 'not-allowed';
  if (!(HELP_REQUEST_CREATE_FOR_WHOM_VALUES as readonly string[]).includes(form.forWhom)) e['for-whom'] = 'required';
  const description = form.description.trim();
  if (description === '') e.description = 'required';
  else if (description.length < DESCRIPTION_MIN) e.description = 'too-short';
  else if (description.length > DESCRIPTION_MAX) e.description = 'too-long';
  const phoneTyped = form.phone.trim() !== '';
  const emailTyped = form.email.trim() !== '';
  const phone = phoneTyped ? checkPhone(form.phone) : undefined;
  const email = emailTyped ? checkEmail(form.email) : undefined;
  if (!phoneTyped && !emailTyped) e.phone = 'required';
  if (phone && !phone.ok) e.phone = phone.code;
  if (email && !email.ok) e.email = email.code;
  const channel = effectiveChannel(form);
  if (!channel) e.channel = 'required';
  else if (channel === 'phone' && !phoneTyped && emailTyped) e.phone = 'required';
  else if (channel === 'email' && !emailTyped && phoneTyped) e.email = 'required';
  const time = form.preferredTime as HelpContact['preferredTime'];
  if (!(HELP_CONTACT_PREFERRED_TIME_VALUES as readonly string[]).includes(time)) e.time = 'required';
  const district = Number(form.district);
  if (form.district === '') e.district = 'required';
  else if (!Number.isInteger(district) || district < 1 || district > 8) e.district = 'out-of-range';
  if (!form.privacyConsent) e['privacy-consent'] = 'consent-required';
  const health = needsHealthConsent(topics, form.topic);
  if (health && !form.healthDataConsent) e['health-consent'] = 'consent-required';
  if (Object.keys(e).length > 0) return { ok: false, errors: e };
  return {
    ok: true,
    body: {
      topic: topic!.id,
      description,
      forWhom: form.forWhom as HelpRequestCreate['forWhom'],
      contact: {
        ...(phone?.ok ? { phone: phone.value } : {}),
        ...(email?.ok ? { email: email.value } : {}),
        preferredChannel: channel!,
        preferredTime: time,
      },
      district,
      privacyConsent: true,
      ...(health ? { healthDataConsent: true } : {}),
      lang,
    },
  };
}

/** Remaining characters at which the counter is announced at once (not only after a pause). */
export const COUNTER_THRESHOLDS: readonly number[] = [50, 20, 0];

/**
 * Whether typing from `before` to `after` characters crossed a threshold of characters left,
 * so the counter should be announced now rather than when the person pauses.
 */
export function crossedThreshold(before: number, after: number, max = DESCRIPTION_MAX): boolean {
  const left = (n: number) => max - n;
  return COUNTER_THRESHOLDS.some((t) => left(before) > t && left(after) <= t);
}

/** The ticket look-up as typed: a code and the phone or e-mail given with the request. */
export function checkLookup(
  ticketCode: string,
  contact: string,
): { ok: true; body: HelpRequestLookup } | { ok: false; errors: Partial<Record<'lookup-code' | 'lookup-contact', FieldErrorCode>> } {
  const code = checkCode('PC', ticketCode);
  const typed = contact.trim();
  const c = typed === '' ? undefined : typed.includes('@') ? { kind: 'email' as const, r: checkEmail(typed) } : { kind: 'phone' as const, r: checkPhone(typed) };
  const errors: Partial<Record<'lookup-code' | 'lookup-contact', FieldErrorCode>> = {};
  if (!code.ok) errors['lookup-code'] = code.code;
  if (!c) errors['lookup-contact'] = 'required';
  else if (!c.r.ok) errors['lookup-contact'] = c.r.code;
  if (!code.ok || !c || !c.r.ok) return { ok: false, errors };
  return { ok: true, body: c.kind === 'email' ? { ticketCode: code.value, email: c.r.value } : { ticketCode: code.value, phone: c.r.value } };
}

/** A ticket's states in order. */
export const TICKET_STEPS: readonly HelpTicketState[] = ['received', 'assigned', 'scheduled', 'closed'];

/** Each step of a ticket: done, current or still to come. */
export function ticketSteps(state: HelpTicketState): { state: HelpTicketState; status: 'done' | 'current' | 'todo' }[] {
  const at = TICKET_STEPS.indexOf(state);
  return TICKET_STEPS.map((s, i) => ({ state: s, status: i < at ? 'done' : i === at ? 'current' : 'todo' }));
}
