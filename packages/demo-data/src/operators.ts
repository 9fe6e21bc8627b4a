import type { Operator } from '@sportello/domain';

/**
 * The demo operators, one per role (fictional people): the development identity provider signs
 * tokens for them, the mocks accept them, stories and tests name them.
 */
export const operators = {
  /** Studio Amministrazioni Ferrero: three buildings in the network (TO-0412, TO-0305, TO-0856). */
  administrator: { subject: 'demo-admin-ferrero', name: 'Paola Ferrero', roles: ['administrator'], buildings: ['TO-0412', 'TO-0305', 'TO-0856'], events: [] },
  /** Another administrator, for "someone else's building". */
  otherAdministrator: { subject: 'demo-admin-bertola', name: 'Carlo Bertola', roles: ['administrator'], buildings: ['TO-0137', 'TO-0733'], events: [] },
  /** The till of Alimentari San Salvario. */
  shop: { subject: 'demo-shop-san-salvario', name: 'Alimentari San Salvario', roles: ['shop'], buildings: [], shopId: 'alimentari-san-salvario', events: [] },
  /** Another shop. */
  otherShop: { subject: 'demo-shop-lingotto', name: 'Supermercato Lingotto', roles: ['shop'], buildings: [], shopId: 'supermercato-lingotto', events: [] },
  /** The community concierge's coordinator. */
  coordinator: { subject: 'demo-coordinator', name: 'Marta Gallo', roles: ['coordinator'], buildings: [], events: [] },
  /** A volunteer ("portinaio"). */
  volunteer: { subject: 'demo-volunteer-luca', name: 'Luca Rosso', roles: ['volunteer'], buildings: [], events: [] },
  /** A volunteer who is a psychologist: may read psychological-support details assigned to her. */
  supportVolunteer: { subject: 'demo-volunteer-elena', name: 'Elena Martini', roles: ['volunteer', 'support-professional'], buildings: [], events: [] },
  /** Runs the tai chi and smartphone series of Prometeo Club. */
  organiser: { subject: 'demo-organiser', name: 'Giorgio Sabauda', roles: ['organiser'], buildings: [], events: ['tai-chi-parco-ruffini', 'smartphone-senza-paura'] },
  /** A city operator. */
  city: { subject: 'demo-city', name: 'Ufficio Emergenze, Città di Torino', roles: ['city'], buildings: [], events: [] },
} satisfies Record<string, Operator>;

/** A demo operator's name. */
export type DemoOperator = keyof typeof operators;
