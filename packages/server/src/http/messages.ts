import type { Lang, ProblemSlug } from '../types';

/** What a problem says to a person; `detail` may use the problem's extra fields. */
interface Text {
  title: string;
  detail: string | ((extra: Record<string, unknown>) => string);
}

type Messages = Record<ProblemSlug, Text>;

const seconds = (extra: Record<string, unknown>) => Number(extra.retryAfterSeconds ?? 0);

const it: Messages = {
  'validation-error': { title: 'Alcuni dati non sono validi', detail: 'Controlla i campi evidenziati.' },
  'malformed-request': { title: 'Richiesta non leggibile', detail: 'Il corpo della richiesta non è un JSON valido.' },
  unauthorized: { title: 'Accesso non autorizzato', detail: 'La chiave partner manca o non è valida.' },
  'forbidden-origin': { title: 'Sito non autorizzato', detail: 'Questa chiave partner non può essere usata da questo sito.' },
  'not-found': { title: 'Risorsa non trovata', detail: 'Questo indirizzo non esiste.' },
  'round-not-found': { title: 'Turno non trovato', detail: 'Il turno di distribuzione indicato non esiste.' },
  'round-full': { title: 'Mascherine esaurite', detail: 'Le mascherine di questo turno sono state tutte prenotate.' },
  'window-closed': { title: 'Prenotazioni chiuse', detail: 'Le prenotazioni per questo turno non sono aperte.' },
  'already-booked': { title: 'Hai già prenotato', detail: 'Per questo turno esiste già una prenotazione a tuo nome.' },
  'building-not-in-network': {
    title: 'Edificio non servito',
    detail: "L'edificio non è servito da un amministratore della rete: chiama il contact center del Comune (011 01011).",
  },
  'booking-not-found': { title: 'Prenotazione non trovata', detail: 'Nessuna prenotazione con questo codice e questo codice fiscale.' },
  'not-cancellable': {
    title: 'Prenotazione non annullabile',
    detail: "L'amministratore ha già preso in carico la prenotazione per la consegna.",
  },
  'voucher-not-found': { title: 'Buono non trovato', detail: 'Nessun buono corrisponde a questo codice e a questo codice fiscale.' },
  'event-not-found': { title: 'Attività non trovata', detail: "L'attività indicata non esiste." },
  'event-full': {
    title: 'Posti esauriti',
    detail: (x) => `Non ci sono più posti. Persone in lista d'attesa: ${Number(x.waitingListLength ?? 0)}.`,
  },
  'already-registered': { title: 'Sei già iscritto', detail: "Questo contatto è già iscritto all'attività." },
  'registration-closed': { title: 'Iscrizioni chiuse', detail: "L'attività è già iniziata o terminata." },
  'ticket-not-found': { title: 'Richiesta non trovata', detail: 'Nessuna richiesta con questo codice e questo contatto.' },
  'idempotency-key-reused': {
    title: 'Chiave di idempotenza già usata',
    detail: 'La stessa Idempotency-Key è stata usata per una richiesta diversa.',
  },
  'idempotency-in-flight': { title: 'Richiesta in corso', detail: 'La stessa richiesta è ancora in lavorazione: riprova tra poco.' },
  'payload-too-large': { title: 'Richiesta troppo grande', detail: 'Il corpo della richiesta supera i 16 KiB.' },
  'unsupported-media-type': { title: 'Formato non supportato', detail: 'Il corpo della richiesta deve essere application/json.' },
  'rate-limited': { title: 'Troppi tentativi', detail: (x) => `Riprova tra ${seconds(x)} secondi.` },
  'internal-error': { title: 'Errore interno', detail: 'Si è verificato un errore imprevisto; nulla è stato modificato.' },
  'service-unavailable': { title: 'Servizio non disponibile', detail: (x) => `Riprova tra ${seconds(x)} secondi.` },
};

const en: Messages = {
  'validation-error': { title: 'Some data is not valid', detail: 'Check the highlighted fields.' },
  'malformed-request': { title: 'Unreadable request', detail: 'The request body is not valid JSON.' },
  unauthorized: { title: 'Not authorized', detail: 'The partner key is missing or not valid.' },
  'forbidden-origin': { title: 'Site not authorized', detail: 'This partner key cannot be used from this site.' },
  'not-found': { title: 'Not found', detail: 'This address does not exist.' },
  'round-not-found': { title: 'Round not found', detail: 'The distribution round does not exist.' },
  'round-full': { title: 'Masks sold out', detail: 'All the masks of this round have been booked.' },
  'window-closed': { title: 'Bookings closed', detail: 'Bookings for this round are not open.' },
  'already-booked': { title: 'Already booked', detail: 'There is already a booking in your name for this round.' },
  'building-not-in-network': {
    title: 'Building not served',
    detail: "The building is not served by an administrator in the network: call the City's contact centre (011 01011).",
  },
  'booking-not-found': { title: 'Booking not found', detail: 'No booking has this code and this codice fiscale.' },
  'not-cancellable': { title: 'Booking cannot be cancelled', detail: 'The administrator has already taken the booking for delivery.' },
  'voucher-not-found': { title: 'Voucher not found', detail: 'No voucher matches this code and this codice fiscale.' },
  'event-not-found': { title: 'Activity not found', detail: 'The activity does not exist.' },
  'event-full': {
    title: 'No seats left',
    detail: (x) => `There are no seats left. People on the waiting list: ${Number(x.waitingListLength ?? 0)}.`,
  },
  'already-registered': { title: 'Already registered', detail: 'This contact is already registered for the activity.' },
  'registration-closed': { title: 'Registration closed', detail: 'The activity has already started or ended.' },
  'ticket-not-found': { title: 'Request not found', detail: 'No request has this code and this contact.' },
  'idempotency-key-reused': { title: 'Idempotency key already used', detail: 'The same Idempotency-Key was used for a different request.' },
  'idempotency-in-flight': { title: 'Request in progress', detail: 'The same request is still being processed: try again shortly.' },
  'payload-too-large': { title: 'Request too large', detail: 'The request body is larger than 16 KiB.' },
  'unsupported-media-type': { title: 'Unsupported format', detail: 'The request body must be application/json.' },
  'rate-limited': { title: 'Too many attempts', detail: (x) => `Try again in ${seconds(x)} seconds.` },
  'internal-error': { title: 'Internal error', detail: 'Something unexpected went wrong; nothing was changed.' },
  'service-unavailable': { title: 'Service unavailable', detail: (x) => `Try again in ${seconds(x)} seconds.` },
};

const catalogue: Record<Lang, Messages> = { it, en };

/** The localized title and detail of a problem. */
export function problemText(slug: ProblemSlug, lang: Lang, extra: Record<string, unknown> = {}): { title: string; detail: string } {
  const text = catalogue[lang][slug];
  return { title: text.title, detail: typeof text.detail === 'function' ? text.detail(extra) : text.detail };
}

/** The language to answer in, from `Accept-Language`: English when preferred over Italian, else Italian. */
export function negotiateLang(header: string | null | undefined): Lang {
  if (!header) return 'it';
  let best: Lang = 'it';
  let bestQ = -1;
  for (const part of header.slice(0, 200).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'it' && primary !== 'en') continue;
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (Number.isFinite(q) && q > bestQ) {
      best = primary;
      bestQ = q;
    }
  }
  return best;
}
