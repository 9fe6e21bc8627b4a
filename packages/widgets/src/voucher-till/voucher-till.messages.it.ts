import type { FieldErrorCode } from '@sportello/sdk';
import { plural } from '../shared/i18n';

type FieldMessages = Partial<Record<FieldErrorCode, string>>;

const it = {
  title: 'Cassa buoni spesa',
  intro: 'Scrivi il codice del buono, il codice fiscale dell’intestatario e l’importo della spesa.',
  signedOutTitle: 'Accedi per usare la cassa',
  signedOut: 'Per incassare i buoni spesa serve l’accesso del negozio. Accedi con le credenziali del negozio e riapri questa pagina.',
  sessionExpired: 'L’accesso è scaduto o non è valido. Accedi di nuovo con le credenziali del negozio: quello che hai scritto non è andato perso.',
  voucherCode: 'Codice del buono',
  voucherCodeHint: 'Per esempio BS-4D2N-8WQ5-N.',
  taxCode: 'Codice fiscale dell’intestatario',
  taxCodeHint: 'Le 16 lettere e cifre della tessera sanitaria.',
  amount: 'Importo della spesa, in euro',
  amountHint: 'Per esempio 12,50.',
  voucherCodeErrors: {
    required: 'Scrivi il codice del buono.',
    'too-short': 'Il codice è troppo corto: ha 9 lettere e cifre dopo «BS».',
    'too-long': 'Il codice è troppo lungo: ha 9 lettere e cifre dopo «BS».',
    format: 'Questo non sembra il codice di un buono spesa: inizia con «BS».',
    'check-character': 'Il codice non è corretto: controllalo sul buono.',
  } satisfies FieldMessages,
  taxCodeErrors: {
    required: 'Scrivi il codice fiscale.',
    'too-short': 'Il codice fiscale ha 16 caratteri.',
    'too-long': 'Il codice fiscale ha 16 caratteri.',
    format: 'Il codice fiscale non è scritto correttamente.',
    'check-character': 'Il codice fiscale non è corretto: controlla l’ultima lettera.',
  } satisfies FieldMessages,
  amountErrors: {
    required: 'Scrivi l’importo.',
    format: 'Scrivi l’importo in euro, per esempio 12,50.',
    'out-of-range': 'L’importo va da 0,01 a 1.000,00 euro.',
  } satisfies FieldMessages,
  submit: 'Incassa',
  redeeming: 'Pagamento in corso…',
  redeemed: (amount: string) => `Pagamento di ${amount} registrato.`,
  notFound: 'Non troviamo un buono con questo codice intestato a questo codice fiscale. Controlla entrambi con l’intestatario.',
  notActive: 'Questo buono non si può usare: è scaduto, esaurito o è stato revocato.',
  insufficient: (balance: string) => `Il credito non basta: sul buono restano ${balance}. Incassa al massimo questa cifra e il resto in altro modo.`,
  useBalance: (balance: string) => `Incassa ${balance}`,
  forbidden: 'Questo accesso non può incassare buoni spesa: serve l’accesso di un negozio aderente.',
  unknownOutcome: 'Non sappiamo se il pagamento è arrivato. Riprova: lo stesso pagamento non viene mai addebitato due volte.',
  receiptTitle: 'Pagamento registrato',
  voidedTitle: 'Pagamento annullato',
  amountCharged: 'Importo',
  balanceBefore: 'Credito prima',
  balanceAfter: 'Credito dopo',
  balanceNow: 'Credito ora',
  at: 'Ora',
  voidUntil: (time: string) => `Puoi annullarlo fino alle ${time}.`,
  voidClosed: 'Non si può più annullare: sono passati 15 minuti.',
  void: 'Annulla questo pagamento',
  voidConfirm: (amount: string) => `Annullare il pagamento di ${amount}? L’importo torna sul buono.`,
  voidYes: 'Sì, annulla il pagamento',
  voidNo: 'No, tienilo',
  voiding: 'Annullamento in corso…',
  voidedText: (amount: string) => `Annullato: ${amount} sono tornati sul buono.`,
  voidWindowClosed: 'Non si può più annullare questo pagamento: sono passati più di 15 minuti.',
  newRedemption: 'Nuovo pagamento',
  todayTitle: 'Oggi',
  todayLoading: 'Caricamento dei pagamenti di oggi…',
  todayEmpty: 'Nessun pagamento con buoni spesa oggi.',
  todayTotal: (n: number, total: string) => plural('it', n, { one: `{n} pagamento, totale ${total}`, other: `{n} pagamenti, totale ${total}` }),
  todayFailed: 'Non riusciamo a caricare i pagamenti di oggi.',
  voucher: 'Buono',
  state: 'Stato',
  stateVoided: 'Annullato',
  stateKept: 'Incassato',
};

/** The voucher till's own strings. */
export type VoucherTillMessages = typeof it;

export default it;
