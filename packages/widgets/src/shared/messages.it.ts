/**
 * Strings every widget shares: field errors by code, problems by kind, progress, retry, the error
 * summary. Widgets add their own catalogues for their own words (and may override a field's
 * message with a more precise one).
 */
import type { FieldErrorCode } from '@sportello/sdk';
import { plural } from './i18n';

const it = {
  /** Visible marker after a required field's label. */
  required: '(obbligatorio)',
  /** Visible marker after an optional field's label. */
  optional: '(facoltativo)',
  /** Read before a field's error by screen readers (visually hidden). */
  errorPrefix: 'Errore:',
  /** Heading of the error summary above a form. */
  errorSummaryHeading: (n: number) =>
    plural('it', n, { one: 'C’è un problema da correggere', other: 'Ci sono {n} problemi da correggere' }),
  /** Generic message for each field error code. */
  fieldErrors: {
    required: 'Compila questo campo.',
    format: 'Il formato non è valido.',
    'check-character': 'Il codice non è corretto: controlla di averlo copiato bene.',
    'too-long': 'Il testo è troppo lungo.',
    'too-short': 'Il testo è troppo corto.',
    'out-of-range': 'Il valore non è tra quelli ammessi.',
    'not-allowed': 'Scegli una delle opzioni proposte.',
    'consent-required': 'Per continuare devi dare il consenso.',
  } satisfies Record<FieldErrorCode, string>,
  loading: 'Caricamento in corso…',
  sending: 'Invio in corso…',
  retry: 'Riprova',
  retryNow: 'Ora puoi riprovare.',
  seconds: (n: number) => plural('it', n, { one: '{n} secondo', other: '{n} secondi' }),
  /** Messages for problems that any request can meet. */
  problems: {
    offline: 'Sembra che tu non sia connesso a internet. Controlla la connessione e riprova: quello che hai scritto non è andato perso.',
    network: 'Non riusciamo a raggiungere il servizio. Controlla la connessione e riprova: quello che hai scritto non è andato perso.',
    timeout: 'Il servizio sta impiegando troppo tempo a rispondere. Riprova tra poco.',
    rateLimited: 'Troppi tentativi in poco tempo. Per sicurezza devi attendere prima di riprovare.',
    retryIn: (seconds: number) => `Puoi riprovare tra ${plural('it', seconds, { one: '{n} secondo', other: '{n} secondi' })}.`,
    server: 'Si è verificato un errore nel servizio. Non è stato salvato nulla: riprova tra qualche minuto.',
    unavailable: 'Il servizio è temporaneamente non disponibile. Riprova tra qualche minuto.',
    configuration: 'Questo servizio non è configurato correttamente su questo sito. Avvisa chi gestisce il sito.',
    unexpected: 'Qualcosa non ha funzionato. Riprova; se il problema continua, contatta il Comune.',
    validation: 'Alcuni dati non sono corretti. Controlla i campi segnalati.',
  },
};

/** The shape every language of the shared strings must have. */
export type SharedMessages = typeof it;

export default it;
