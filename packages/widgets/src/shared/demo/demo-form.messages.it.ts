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

export default it;
