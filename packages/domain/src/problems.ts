/**
 * Problems (RFC 9457): the outcome → problem catalogue of every service — a status, a type and the
 * machine-readable extras — and their localized `title` and `detail`, in Italian and English. The
 * domain throws a {@link ProblemError}; the server and the mocks write it with {@link problemBody}.
 */
import type { FieldError, Lang, Problem, ProblemSlug } from '@sportello/sdk';

export type { ProblemSlug };

/** A problem before localization. */
export interface ProblemSpec<S extends number = number> {
  status: S;
  slug: ProblemSlug;
  errors?: FieldError[];
  waitingListLength?: number;
  retryAfterSeconds?: number;
  nextRoundOpensAt?: string;
  balanceCents?: number;
  unitsBooked?: number;
}

/** `€ 12,50` / `€12.50`. */
const euro = (cents: number, lang: Lang) =>
  lang === 'it' ? `€ ${(cents / 100).toFixed(2).replace('.', ',')}` : `€${(cents / 100).toFixed(2)}`;

/** Builds a problem spec. */
export function problem<S extends number>(status: S, slug: ProblemSlug, extra: Omit<ProblemSpec, 'status' | 'slug'> = {}): ProblemSpec<S> {
  return { status, slug, ...extra };
}


/** The extra fields a problem's detail may mention. */
export type ProblemExtras = Omit<ProblemSpec, 'status' | 'slug' | 'errors'>;

type Text = [title: string, detail: string | ((p: ProblemExtras) => string)];

const texts: Record<ProblemSlug, { it: Text; en: Text }> = {
  'validation-error': {
    it: ['Alcuni dati non sono validi', 'Controlla i campi evidenziati.'],
    en: ['Some details are not valid', 'Check the highlighted fields.'],
  },
  'malformed-request': {
    it: ['Richiesta non leggibile', 'La richiesta non è un JSON valido.'],
    en: ['Unreadable request', 'The request is not valid JSON.'],
  },
  unauthorized: {
    it: ['Accesso non autorizzato', 'La chiave del sito partner o l’accesso dell’operatore manca, è scaduto o non è valido.'],
    en: ['Not authorized', "The partner site's key or the operator's sign-in is missing, expired or not valid."],
  },
  'forbidden-origin': {
    it: ['Sito non autorizzato', 'Questo sito non è autorizzato a usare il servizio.'],
    en: ['Site not allowed', 'This site is not allowed to use the service.'],
  },
  'not-found': {
    it: ['Non trovato', 'Non esiste nulla a questo indirizzo.'],
    en: ['Not found', 'There is nothing at this address.'],
  },
  'round-not-found': {
    it: ['Turno non trovato', 'Questo turno di distribuzione non esiste.'],
    en: ['Round not found', 'This distribution round does not exist.'],
  },
  'round-full': {
    it: ['Mascherine esaurite', 'Le mascherine di questo turno sono state tutte prenotate.'],
    en: ['Masks sold out', 'All the masks of this round have been booked.'],
  },
  'window-closed': {
    it: ['Prenotazioni chiuse', 'In questo momento le prenotazioni per questo turno non sono aperte.'],
    en: ['Bookings closed', 'Bookings for this round are not open at the moment.'],
  },
  'already-booked': {
    it: ['Hai già prenotato', 'Per questo turno esiste già una prenotazione con questo codice fiscale. Usa il codice ricevuto quando hai prenotato; se lo hai perso, chiama il contact center del Comune (011 01011).'],
    en: ['Already booked', "There is already a booking with this codice fiscale for this round. Use the code you received when you booked; if you lost it, call the City's contact centre (011 01011)."],
  },
  'building-not-in-network': {
    it: [
      'Edificio non servito dalla rete',
      "Questo edificio non è servito da un amministratore della rete: chiama il contact center del Comune (011 01011) per ricevere le mascherine.",
    ],
    en: [
      'Building not in the network',
      "This building is not served by an administrator in the network: call the City's contact centre (011 01011) to get the masks.",
    ],
  },
  'booking-not-found': {
    it: ['Prenotazione non trovata', 'Nessuna prenotazione corrisponde a questo codice e a questo codice fiscale.'],
    en: ['Booking not found', 'No booking matches this code and this codice fiscale.'],
  },
  'not-cancellable': {
    it: ['Prenotazione non annullabile', "L'amministratore ha già preso in carico la consegna: la prenotazione non si può più annullare."],
    en: ['Booking cannot be cancelled', 'The administrator has already taken it for delivery: it can no longer be cancelled.'],
  },
  'voucher-not-found': {
    it: ['Buono non trovato', 'Nessun buono corrisponde a questo codice e a questo codice fiscale.'],
    en: ['Voucher not found', 'No voucher matches this code and this codice fiscale.'],
  },
  'event-not-found': {
    it: ['Attività non trovata', 'Questa attività non esiste o è stata annullata.'],
    en: ['Activity not found', 'This activity does not exist or was cancelled.'],
  },
  'event-full': {
    it: ['Attività al completo', (p) => `Non ci sono più posti. Puoi metterti in lista d'attesa (persone in attesa: ${p.waitingListLength ?? 0}).`],
    en: ['Activity full', (p) => `There are no seats left. You can join the waiting list (people waiting: ${p.waitingListLength ?? 0}).`],
  },
  'already-registered': {
    it: ['Sei già iscritto', 'Con questo recapito esiste già un’iscrizione a questa attività.'],
    en: ['Already registered', 'There is already a registration for this activity with this contact.'],
  },
  'registration-closed': {
    it: ['Iscrizioni chiuse', 'Questa attività è già iniziata: non è più possibile iscriversi.'],
    en: ['Registration closed', 'This activity has already started: registration is closed.'],
  },
  'ticket-not-found': {
    it: ['Richiesta non trovata', 'Nessuna richiesta corrisponde a questo codice e a questo recapito.'],
    en: ['Request not found', 'No request matches this code and this contact.'],
  },
  'idempotency-key-reused': {
    it: ['Richiesta già usata', 'Questa chiave di idempotenza è già stata usata per una richiesta diversa.'],
    en: ['Request key already used', 'This idempotency key was already used for a different request.'],
  },
  'idempotency-in-flight': {
    it: ['Richiesta in corso', 'La stessa richiesta è ancora in elaborazione: riprova tra poco.'],
    en: ['Request in progress', 'The same request is still being processed: try again shortly.'],
  },
  'payload-too-large': {
    it: ['Richiesta troppo grande', 'La richiesta supera i 16 KiB.'],
    en: ['Request too large', 'The request is larger than 16 KiB.'],
  },
  'unsupported-media-type': {
    it: ['Formato non supportato', 'La richiesta deve essere in formato JSON (application/json).'],
    en: ['Unsupported format', 'The request must be JSON (application/json).'],
  },
  'rate-limited': {
    it: ['Troppi tentativi', (p) => `Riprova tra ${p.retryAfterSeconds ?? 30} secondi.`],
    en: ['Too many attempts', (p) => `Try again in ${p.retryAfterSeconds ?? 30} seconds.`],
  },
  'internal-error': {
    it: ['Errore del servizio', 'Si è verificato un errore imprevisto; non è stato modificato nulla. Riprova più tardi.'],
    en: ['Service error', 'Something unexpected went wrong; nothing was changed. Please try again later.'],
  },
  forbidden: {
    it: ['Operazione non consentita', 'Il tuo profilo non consente questa operazione su questo elemento.'],
    en: ['Not allowed', 'Your profile does not allow this on this item.'],
  },
  'invalid-transition': {
    it: ['Cambio di stato non possibile', 'Questo elemento non può passare allo stato richiesto.'],
    en: ['State change not possible', 'This item cannot move to the state asked for.'],
  },
  'insufficient-balance': {
    it: ['Credito insufficiente', (p) => `Sul buono restano ${euro(p.balanceCents ?? 0, 'it')}: l’importo è più alto.`],
    en: ['Not enough credit', (p) => `The voucher holds ${euro(p.balanceCents ?? 0, 'en')}: the amount is higher.`],
  },
  'voucher-not-active': {
    it: ['Buono non utilizzabile', 'Il buono è scaduto, esaurito o revocato.'],
    en: ['Voucher cannot be used', 'The voucher has expired, been used up or been revoked.'],
  },
  'void-window-closed': {
    it: ['Annullamento non più possibile', 'Un pagamento si può annullare solo entro 15 minuti.'],
    en: ['Too late to void', 'A redemption can be voided only within 15 minutes.'],
  },
  'redemption-not-found': {
    it: ['Pagamento non trovato', 'Nessun pagamento corrisponde a questo identificativo.'],
    en: ['Redemption not found', 'No redemption matches this identifier.'],
  },
  'registration-not-found': {
    it: ['Iscrizione non trovata', 'Nessuna iscrizione corrisponde a questo codice.'],
    en: ['Registration not found', 'No registration matches this code.'],
  },
  'stock-below-booked': {
    it: ['Scorta troppo bassa', (p) => `Sono già state prenotate ${p.unitsBooked ?? 0} unità: la scorta non può scendere sotto.`],
    en: ['Stock too low', (p) => `${p.unitsBooked ?? 0} units are already booked: the stock cannot go below that.`],
  },
  'round-exists': {
    it: ['Turno già esistente', 'Esiste già un turno con questo identificativo.'],
    en: ['Round already exists', 'There is already a round with this id.'],
  },
  'service-unavailable': {
    it: ['Servizio non disponibile', (p) => `Il servizio è momentaneamente non disponibile. Riprova tra ${p.retryAfterSeconds ?? 60} secondi.`],
    en: ['Service unavailable', (p) => `The service is temporarily unavailable. Try again in ${p.retryAfterSeconds ?? 60} seconds.`],
  },
};


/**
 * The localized title and detail of a problem — the one catalogue the mocks and the reference
 * server both answer with.
 */
export function problemText(slug: ProblemSlug, lang: Lang, extras: ProblemExtras = {}): { title: string; detail: string } {
  const [title, detail] = texts[slug][lang];
  return { title, detail: typeof detail === 'function' ? detail(extras) : detail };
}

/**
 * A problem a service answers with. Thrown by the domain, caught by the HTTP layer (server or
 * mocks) and written as `application/problem+json` with a localized title and detail.
 */
export class ProblemError extends Error {
  constructor(
    readonly slug: ProblemSlug,
    readonly status: number,
    readonly extras: ProblemExtras & { errors?: FieldError[] } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(slug);
    this.name = 'ProblemError';
  }

  /** The problem of a spec (see {@link problem}). */
  static of(spec: ProblemSpec): ProblemError {
    const { status, slug, ...extras } = spec;
    const headers: Record<string, string> = spec.retryAfterSeconds !== undefined ? { 'Retry-After': String(Math.max(1, spec.retryAfterSeconds)) } : {};
    return new ProblemError(slug, status, extras, headers);
  }
}

/** A `400 validation-error` listing the invalid fields (at most 50). */
export const validationError = (errors: FieldError[]) => new ProblemError('validation-error', 400, { errors: errors.slice(0, 50) });

/** The problem details body of a problem, in the asked language, naming the request for support. */
export function problemBody(problem: ProblemError, lang: Lang, requestId: string): Problem {
  const { title, detail } = problemText(problem.slug, lang, problem.extras);
  return {
    type: `urn:sportello:problem:${problem.slug}`,
    title,
    status: problem.status,
    detail,
    instance: `urn:sportello:request:${requestId}`,
    ...problem.extras,
  } as Problem;
}
