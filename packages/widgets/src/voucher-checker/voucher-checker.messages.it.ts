import type { FieldErrorCode, Shop, VoucherState } from '@sportello/sdk';
import { plural } from '../shared/i18n';

type FieldMessages = Partial<Record<FieldErrorCode, string>>;
type ShopKind = NonNullable<Shop['kind']>;

const it = {
  title: 'Controlla il tuo buono spesa',
  intro: 'Scrivi il codice del buono e il codice fiscale della persona a cui è intestato.',
  privacy: 'Usiamo questi dati solo per il controllo: non restano salvati su questo dispositivo.',
  voucherCode: 'Codice del buono',
  voucherCodeHint: 'È stampato sul buono, per esempio BS-4D2N-8WQ5-N.',
  taxCode: 'Codice fiscale dell’intestatario',
  taxCodeHint: 'Le 16 lettere e cifre della tessera sanitaria.',
  /** More precise messages than the shared ones, per field. */
  voucherCodeErrors: {
    required: 'Scrivi il codice del buono.',
    'too-short': 'Il codice è troppo corto: ha 9 lettere e cifre dopo «BS».',
    'too-long': 'Il codice è troppo lungo: ha 9 lettere e cifre dopo «BS».',
    format: 'Questo non sembra il codice di un buono spesa: inizia con «BS».',
    'check-character': 'Il codice non è corretto: controlla di averlo copiato bene dal buono.',
  } satisfies FieldMessages,
  taxCodeErrors: {
    required: 'Scrivi il codice fiscale.',
    'too-short': 'Il codice fiscale ha 16 caratteri.',
    'too-long': 'Il codice fiscale ha 16 caratteri.',
    format: 'Il codice fiscale non è scritto correttamente.',
    'check-character': 'Il codice fiscale non è corretto: controlla l’ultima lettera.',
  } satisfies FieldMessages,
  submit: 'Controlla il buono',
  checking: 'Controllo del buono in corso…',
  checked: 'Ecco il tuo buono.',
  notFound: 'Non troviamo un buono con questo codice intestato a questo codice fiscale. Controlla entrambi e riprova.',
  checkAnother: 'Controlla un altro buono',
  resultTitle: 'Il tuo buono',
  state: 'Stato',
  states: { active: 'Attivo', exhausted: 'Esaurito', expired: 'Scaduto', revoked: 'Revocato' } satisfies Record<VoucherState, string>,
  stateHelp: {
    active: 'Puoi usarlo nei negozi aderenti.',
    exhausted: 'Hai speso tutto il credito: il buono non si può più usare.',
    expired: 'Il buono è scaduto: il credito rimasto non si può più spendere.',
    revoked: 'Il buono è stato ritirato dal Comune. Per sapere perché, contatta i servizi sociali della tua circoscrizione.',
  } satisfies Record<VoucherState, string>,
  balance: 'Credito rimasto',
  balanceOf: (balance: string, face: string) => `${balance} su ${face}`,
  faceValue: 'Valore iniziale',
  expiry: 'Scadenza',
  expiresOn: (date: string) => `Si può usare fino a ${date} compreso.`,
  expiredOn: (date: string) => `Scaduto: si poteva usare fino a ${date}.`,
  expiresIn: (days: number) =>
    days === 0 ? 'Scade oggi.' : days === 1 ? 'Scade domani.' : plural('it', days, { one: 'Scade tra {n} giorno.', other: 'Scade tra {n} giorni.' }),
  redemptions: 'Ultimi acquisti',
  noRedemptions: 'Non hai ancora usato questo buono.',
  date: 'Data',
  shop: 'Negozio',
  amount: 'Importo',
  shopsTitle: 'Negozi dove usarlo',
  shopsIntro: 'Negozi aderenti vicino a te. Puoi cercare anche per CAP.',
  shopsIn: (district: string) => `Negozi in ${district}`,
  shopsInCap: (cap: string) => `Negozi con CAP ${cap}`,
  cap: 'CAP',
  capHint: 'Il codice postale, da 10121 a 10156.',
  capErrors: {
    required: 'Scrivi un CAP.',
    format: 'Scrivi un CAP di Torino, da 10121 a 10156.',
    'out-of-range': 'Scrivi un CAP di Torino, da 10121 a 10156.',
  } satisfies FieldMessages,
  searchCap: 'Cerca per CAP',
  backToDistrict: (district: string) => `Torna ai negozi in ${district}`,
  loadingShops: 'Caricamento dei negozi…',
  shopsFound: (n: number) => plural('it', n, { one: 'Trovato {n} negozio.', other: 'Trovati {n} negozi.' }),
  noShops: 'Non ci sono ancora negozi aderenti in questa zona. Prova con un altro CAP.',
  kinds: {
    supermarket: 'Supermercato',
    grocery: 'Alimentari',
    bakery: 'Panetteria',
    butcher: 'Macelleria',
    greengrocer: 'Frutta e verdura',
    pharmacy: 'Farmacia',
  } satisfies Record<ShopKind, string>,
  city: 'Torino',
};

/** The voucher checker's own strings. */
export type VoucherCheckerMessages = typeof it;

export default it;
