/** DemoFormMessages, in English: typed by the Italian source, so no key can be missing or extra. */
import type { DemoFormMessages } from './demo-form.messages.it';

const en: DemoFormMessages = {
  title: 'Check your grocery voucher',
  intro: 'A sample of the kit: fields, errors, progress and waiting after too many attempts.',
  voucherCode: 'Voucher code',
  voucherCodeHint: 'It is printed on the voucher, for example BS-4D2N-8WQ5-N.',
  taxCode: 'Codice fiscale (tax code)',
  taxCodeHint: 'The 16 letters and digits on your health card.',
  consent: 'I have read the privacy notice',
  submit: 'Check',
  checking: 'Checking the voucher…',
  found: (balance) => `Voucher found: ${balance} left.`,
  notFound: 'We cannot find a voucher with this code and this codice fiscale. Check the details and try again.',
};

export default en;
