/** SharedMessages, in English: typed by the Italian source, so no key can be missing or extra. */
import { plural } from './i18n';
import type { SharedMessages } from './messages.it';

const en: SharedMessages = {
  required: '(required)',
  optional: '(optional)',
  errorPrefix: 'Error:',
  errorSummaryHeading: (n) => plural('en', n, { one: 'There is a problem to fix', other: 'There are {n} problems to fix' }),
  fieldErrors: {
    required: 'Fill in this field.',
    format: 'The format is not valid.',
    'check-character': 'The code is not correct: check that you copied it exactly.',
    'too-long': 'The text is too long.',
    'too-short': 'The text is too short.',
    'out-of-range': 'The value is not one of those allowed.',
    'not-allowed': 'Choose one of the options offered.',
    'consent-required': 'You need to give your consent to continue.',
  },
  loading: 'Loading…',
  sending: 'Sending…',
  retry: 'Try again',
  retryNow: 'You can try again now.',
  seconds: (n) => plural('en', n, { one: '{n} second', other: '{n} seconds' }),
  problems: {
    offline: 'You seem to be offline. Check your connection and try again: what you typed has not been lost.',
    network: 'We cannot reach the service. Check your connection and try again: what you typed has not been lost.',
    timeout: 'The service is taking too long to answer. Try again shortly.',
    rateLimited: 'Too many attempts in a short time. For your security, please wait before trying again.',
    retryIn: (seconds) => `You can try again in ${plural('en', seconds, { one: '{n} second', other: '{n} seconds' })}.`,
    server: 'Something went wrong on the service. Nothing was saved: try again in a few minutes.',
    unavailable: 'The service is temporarily unavailable. Try again in a few minutes.',
    configuration: 'This service is not set up correctly on this website. Please tell the site’s managers.',
    unexpected: 'Something did not work. Try again; if it keeps happening, contact the City.',
    validation: 'Some details are not correct. Check the fields marked.',
  },
};

export default en;
