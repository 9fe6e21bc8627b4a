/**
 * The booking widget's own words. Italian is the source; `./ppe-booking.messages.en` is typed by
 * it, so a missing English key fails the type check. Shared words (required, retry, generic field
 * errors, network problems) come from `../shared/messages`.
 */
import type { Catalog } from '../shared/i18n';
import { plural } from '../shared/i18n';
import { en } from './ppe-booking.messages.en';

const it = {
  title: 'Prenota le mascherine',
  intro: 'Le mascherine vengono consegnate a casa tramite l’amministratore del tuo condominio: non devi fare la coda in farmacia.',
  modes: 'Cosa vuoi fare',
  modeBook: 'Prenota',
  modeManage: 'Gestisci la tua prenotazione',
  steps: { round: 'Turno', applicant: 'Richiedente', building: 'Edificio', contact: 'Contatto', review: 'Riepilogo' },
  progress: 'Passaggi della prenotazione',
  stepOf: (n: number, total: number, name: string) => `Passo ${n} di ${total}: ${name}`,
  done: 'completato',
  current: 'passo attuale',
  next: 'Continua',
  back: 'Indietro',
  start: 'Inizia la prenotazione',

  loadingRounds: 'Cerchiamo i turni di prenotazione aperti…',
  chooseRound: 'Scegli il turno',
  window: (opens: string, closes: string) => `Prenotazioni aperte dal ${opens} al ${closes}.`,
  allowance: (units: number, item: string, max: number) => `${units} ${item} per ogni persona del nucleo familiare, per nuclei da 1 a ${max} persone.`,
  unitsLeft: (n: string) => `Ne restano ${n}.`,
  noOpenRound: 'Al momento non ci sono turni di prenotazione aperti',
  nextRound: (title: string, date: string) => `Il prossimo turno, «${title}», apre il ${date}.`,
  noNextRound: 'Non è ancora previsto un nuovo turno: torna a controllare più avanti.',
  roundFullNow: 'Le mascherine di questo turno sono già state tutte prenotate.',

  taxCode: 'Codice fiscale',
  taxCodeHint: 'Le 16 lettere e cifre della tua tessera sanitaria. Serve a garantire una sola prenotazione per persona.',
  givenName: 'Nome',
  familyName: 'Cognome',
  householdSize: 'Persone nel nucleo familiare',
  householdHint: (max: number) => `Quante persone vivono con te, te compreso: da 1 a ${max}.`,
  quantity: (n: number, item: string) => `Riceverai ${n} ${item}.`,
  quantityUnknown: 'Indica quante persone siete per sapere quante mascherine riceverai.',

  buildingMode: 'Come vuoi indicare il tuo edificio?',
  modeCode: 'Con il codice dato dall’amministratore di condominio',
  modeAddress: 'Con l’indirizzo',
  buildingCode: 'Codice dell’edificio',
  buildingCodeHint: 'Lo trovi nell’avviso dell’amministratore, per esempio TO-0412.',
  street: 'Via, corso o piazza',
  streetHint: 'Senza il numero civico, per esempio Via Nizza.',
  civicNumber: 'Numero civico',
  civicNumberHint: 'Per esempio 150, 66/B o 140 bis.',
  cap: 'CAP',
  capHint: 'Il codice postale di Torino, da 10121 a 10156.',
  findBuilding: 'Cerca l’edificio',
  searchingBuilding: 'Cerchiamo l’edificio…',
  buildingFound: 'Edificio trovato',
  buildingFoundStatus: (address: string) => `Edificio trovato: ${address}. Se è giusto, continua.`,
  address: (street: string, civic: string, cap: string) => `${street} ${civic}, ${cap} Torino`,
  district: (n: number) => `Circoscrizione ${n}`,
  deliveredBy: (administrator: string) => `Consegna a cura di ${administrator}`,
  notInNetworkTitle: 'Questo edificio non è nella rete degli amministratori',
  notInNetwork:
    'Le mascherine arrivano tramite gli amministratori di condominio che aderiscono all’iniziativa, e questo edificio non risulta tra i loro. Controlla il codice o l’indirizzo; se sono giusti, chiama il Contact Center del Comune di Torino: ti dirà come ricevere le mascherine in un altro modo.',

  contactMethod: 'Come possiamo contattarti per la consegna?',
  byPhone: 'Per telefono',
  byEmail: 'Per e-mail',
  phone: 'Numero di telefono',
  phoneHint: 'Per esempio 333 123 4567.',
  email: 'Indirizzo e-mail',
  emailHint: 'Per esempio nome@esempio.it.',
  privacyNote:
    'Usiamo questi dati solo per la consegna: il codice fiscale garantisce una prenotazione per persona; nome, edificio e contatto vanno all’amministratore che consegna. Nulla viene usato per altri scopi.',
  consent: 'Ho letto l’informativa sulla privacy e acconsento al trattamento dei dati per la consegna',

  reviewIntro: 'Controlla i dati prima di confermare. Puoi ancora modificarli.',
  change: 'Modifica',
  round: 'Turno',
  applicant: 'Richiedente',
  household: (people: number, units: number, item: string) =>
    `${plural('it', people, { one: '{n} persona', other: '{n} persone' })}: ${units} ${item}`,
  building: 'Edificio',
  contact: 'Contatto',
  submit: 'Conferma la prenotazione',
  sending: 'Invio della prenotazione in corso…',

  confirmedTitle: 'Prenotazione confermata',
  yourCode: 'Il tuo codice di prenotazione',
  keepCode: 'Conservalo: ti serve per controllare o annullare la prenotazione.',
  whatNext: (administrator: string, units: number, item: string, address: string) =>
    `${administrator} consegnerà ${units} ${item} al tuo edificio, ${address}. Non devi fare altro: l’amministratore ti contatterà se serve.`,
  copy: 'Copia il codice',
  copied: 'Codice copiato.',
  copyFailed: 'Non è stato possibile copiare: seleziona il codice e copialo a mano.',
  newBooking: 'Fai un’altra prenotazione',
  alreadyTitle: 'Hai già prenotato per questo turno',
  already: 'Con questo codice fiscale c’è già una prenotazione per questo turno: ne è ammessa una sola per persona. Questo è il suo codice:',
  alreadyManage: 'Vedi o annulla quella prenotazione',
  fullTitle: 'Mascherine esaurite',
  full: 'Le mascherine di questo turno sono state tutte prenotate, quindi non possiamo registrare la tua prenotazione. Non è stato salvato nulla.',
  closedTitle: 'Prenotazioni chiuse',
  closed: 'Il periodo per prenotare in questo turno è terminato, quindi non possiamo registrare la tua prenotazione. Non è stato salvato nulla.',
  nextOpensAt: (date: string) => `Il prossimo turno apre il ${date}.`,
  inFlight: 'La prenotazione precedente è ancora in lavorazione. Attendi qualche secondo e riprova.',

  manageIntro: 'Scrivi il codice della prenotazione e il codice fiscale di chi ha prenotato.',
  bookingCode: 'Codice della prenotazione',
  bookingCodeHint: 'Per esempio PR-7K4M-9QX2-5.',
  find: 'Cerca la prenotazione',
  finding: 'Cerchiamo la prenotazione…',
  notFound: 'Non troviamo una prenotazione con questo codice e questo codice fiscale. Controlla i dati e riprova.',
  bookingTitle: 'La tua prenotazione',
  state: 'Stato',
  states: {
    confirmed: 'Confermata: l’amministratore non l’ha ancora presa in carico',
    assigned: 'Presa in carico dall’amministratore per la consegna',
    delivered: 'Consegnata',
    cancelled: 'Annullata',
  },
  quantityLabel: 'Mascherine',
  bookedOn: 'Prenotata il',
  holder: 'Intestata a',
  cancel: 'Annulla la prenotazione',
  confirmCancelTitle: 'Vuoi davvero annullare la prenotazione?',
  confirmCancel: (units: number) => `Le ${units} mascherine torneranno disponibili per altre persone. Finché il turno è aperto potrai prenotare di nuovo.`,
  confirmYes: 'Sì, annulla la prenotazione',
  confirmNo: 'No, tienila',
  cancelling: 'Annullamento in corso…',
  cancelledTitle: 'Prenotazione annullata',
  cancelled: (code: string) => `La prenotazione ${code} è stata annullata.`,
  notCancellable: 'Questa prenotazione non si può più annullare: l’amministratore l’ha già presa in carico per la consegna. Se non ti serve più, contattalo direttamente.',
  lookAnother: 'Cerca un’altra prenotazione',

  /** Messages for one field, by error code; anything missing falls back to the shared ones. */
  fieldErrors: {
    'round-id': { required: 'Scegli un turno.' },
    'tax-code': {
      required: 'Scrivi il codice fiscale.',
      'too-short': 'Il codice fiscale ha 16 caratteri: ne mancano alcuni.',
      'too-long': 'Il codice fiscale ha 16 caratteri: ce ne sono di troppo.',
      format: 'Il codice fiscale non ha la forma giusta: controlla lettere e cifre.',
      'check-character': 'L’ultima lettera non corrisponde: controlla di aver copiato bene il codice fiscale.',
    },
    'given-name': { required: 'Scrivi il tuo nome.', 'too-long': 'Il nome può avere al massimo 80 caratteri.' },
    'family-name': { required: 'Scrivi il tuo cognome.', 'too-long': 'Il cognome può avere al massimo 80 caratteri.' },
    'household-size': { required: 'Indica quante persone siete.', format: 'Scrivi un numero intero, per esempio 3.' },
    'building-code': { required: 'Scrivi il codice dell’edificio.', format: 'Il codice ha due lettere e quattro cifre, per esempio TO-0412.' },
    street: { required: 'Scrivi la via.', 'too-short': 'Scrivi il nome completo della via.', 'too-long': 'Il nome della via è troppo lungo.' },
    'civic-number': { required: 'Scrivi il numero civico.', format: 'Scrivi il numero civico, per esempio 150, 66/B o 140 bis.' },
    cap: { required: 'Scrivi il CAP.', format: 'Il CAP ha 5 cifre.', 'out-of-range': 'Il CAP deve essere di Torino, da 10121 a 10156.' },
    phone: {
      required: 'Scrivi un numero di telefono.',
      format: 'Il numero non è valido: scrivi solo cifre, per esempio 333 123 4567.',
      'too-short': 'Il numero è troppo corto: controlla di averlo scritto tutto.',
      'too-long': 'Il numero è troppo lungo: controlla di averlo scritto bene.',
    },
    email: { required: 'Scrivi un indirizzo e-mail.', format: 'L’indirizzo e-mail non è valido: deve essere come nome@esempio.it.' },
    consent: { 'consent-required': 'Per prenotare devi accettare l’informativa sulla privacy.' },
    'manage-code': {
      required: 'Scrivi il codice della prenotazione.',
      format: 'Il codice ha la forma PR-7K4M-9QX2-5.',
      'too-short': 'Il codice è troppo corto: ha la forma PR-7K4M-9QX2-5.',
      'too-long': 'Il codice è troppo lungo: ha la forma PR-7K4M-9QX2-5.',
      'check-character': 'Il codice non è corretto: controlla di averlo copiato bene.',
    },
    'manage-tax-code': {
      required: 'Scrivi il codice fiscale.',
      'too-short': 'Il codice fiscale ha 16 caratteri: ne mancano alcuni.',
      'too-long': 'Il codice fiscale ha 16 caratteri: ce ne sono di troppo.',
      format: 'Il codice fiscale non ha la forma giusta: controlla lettere e cifre.',
      'check-character': 'L’ultima lettera non corrisponde: controlla di aver copiato bene il codice fiscale.',
    },
  },
  householdOutOfRange: (max: number) => `Il nucleo familiare può essere da 1 a ${max} persone.`,
};

/** The shape of the booking widget's strings in every language. */
export type PpeMessages = typeof it;

/** The booking widget's strings, Italian and English. */
export const ppeMessages: Catalog<PpeMessages> = { it, en };
