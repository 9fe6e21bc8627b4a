import type { BookingState } from '@sportello/sdk';
import { plural } from '../shared/i18n';
import type { DeliveryTarget } from './delivery-desk.logic';

const it = {
  title: 'Consegne dei dispositivi di protezione',
  signedOutTitle: 'Accedi per vedere le consegne',
  signedOut: 'Le prenotazioni dei tuoi condomini sono visibili solo all’amministratore. Accedi con le tue credenziali e riapri questa pagina.',
  sessionExpired: 'L’accesso è scaduto o non è valido. Accedi di nuovo con le tue credenziali.',
  forbidden: 'Questo accesso non può vedere le consegne: serve l’accesso di un amministratore di condominio della rete, e il condominio deve essere tra i tuoi.',
  roundNotFound: 'Questo turno di distribuzione non esiste più. Scegline un altro.',
  round: 'Turno di distribuzione',
  building: 'Condominio',
  allBuildings: 'Tutti i miei condomini',
  noRounds: 'Non ci sono turni di distribuzione aperti o passati da consegnare.',
  loading: 'Caricamento delle prenotazioni…',
  empty: 'Nessuna famiglia ha prenotato in questo turno per questo condominio.',
  noBuildings: 'Non risultano condomini a tuo nome nella rete.',
  summary: (households: number, units: number, delivered: number) =>
    `${plural('it', households, { one: '{n} famiglia', other: '{n} famiglie' })}, ${plural('it', units, { one: '{n} unità', other: '{n} unità' })}; ${plural('it', delivered, { one: '{n} consegnata', other: '{n} consegnate' })}.`,
  listTitle: 'Elenco delle consegne',
  household: (n: number) => plural('it', n, { one: '{n} persona', other: '{n} persone' }),
  units: (n: number) => plural('it', n, { one: '{n} unità', other: '{n} unità' }),
  bookedBy: (who: string) => `Prenotata da ${who}`,
  states: { confirmed: 'Da assegnare', assigned: 'Assegnata', delivered: 'Consegnata', cancelled: 'Annullata' } satisfies Record<BookingState, string>,
  markOne: { assigned: 'Segna assegnata', delivered: 'Segna consegnata' } satisfies Record<DeliveryTarget, string>,
  markOneFor: (action: string, name: string) => `${action}: ${name}`,
  markAll: { assigned: (n: number) => `Segna tutte assegnate (${n})`, delivered: (n: number) => `Segna tutte consegnate (${n})` } satisfies Record<DeliveryTarget, (n: number) => string>,
  confirmAll: {
    assigned: (n: number) => plural('it', n, { one: 'Segnare {n} prenotazione come assegnata?', other: 'Segnare {n} prenotazioni come assegnate?' }),
    delivered: (n: number) => plural('it', n, { one: 'Segnare {n} prenotazione come consegnata? Una consegna non si può annullare.', other: 'Segnare {n} prenotazioni come consegnate? Una consegna non si può annullare.' }),
  } satisfies Record<DeliveryTarget, (n: number) => string>,
  confirmYes: 'Sì, conferma',
  confirmNo: 'No, torna all’elenco',
  updating: 'Aggiornamento in corso…',
  updated: (n: number) => plural('it', n, { one: '{n} prenotazione aggiornata.', other: '{n} prenotazioni aggiornate.' }),
  refused: (n: number) => plural('it', n, { one: '{n} non si è potuta aggiornare (annullata o non tua).', other: '{n} non si sono potute aggiornare (annullate o non tue).' }),
  print: 'Stampa l’elenco',
  download: 'Scarica il CSV',
  downloading: 'Preparazione del CSV…',
  downloaded: 'Il CSV è stato scaricato.',
  printSign: 'Firma',
  code: 'Codice',
};

/** The delivery desk's own strings. */
export type DeliveryDeskMessages = typeof it;

export default it;
