import type { Catalog } from '../i18n';

const it = {
  title: 'Controlla il tuo buono spesa',
  intro: 'Esempio del kit: mostra campi, errori, avanzamento e attesa dopo troppi tentativi.',
  voucherCode: 'Codice del buono',
  voucherCodeHint: 'Lo trovi sul buono, per esempio BS-4D2N-8WQ5-N.',
  taxCode: 'Codice fiscale',
  taxCodeHint: 'Le 16 lettere e cifre della tessera sanitaria.',
  consent: 'Ho letto l’informativa sulla privacy',
  submit: 'Controlla',
  checking: 'Controllo del buono in corso…',
  found: (balance: string) => `Buono trovato: restano ${balance}.`,
  notFound: 'Non troviamo un buono con questo codice e questo codice fiscale. Controlla i dati e riprova.',
};

/** The demo form's own strings. */
export type DemoFormMessages = typeof it;

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

/** The demo form's strings in every language. */
export const demoFormMessages: Catalog<DemoFormMessages> = { it, en };
