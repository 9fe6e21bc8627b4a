import type { Building } from './types';

/**
 * Buildings served by condominium administrators in the network. Real Turin streets, with the CAP
 * and circoscrizione they lie in; the firms are fictional. An address that is not listed here does
 * not resolve (`building-not-in-network`), e.g. Via Roma 1, 10121.
 */
export const buildings = [
  { buildingCode: 'TO-0412', street: 'Via Nizza', civicNumber: '150', cap: '10126', district: 8, administrator: 'Studio Amministrazioni Ferrero' },
  { buildingCode: 'TO-0137', street: 'Corso Francia', civicNumber: '98', cap: '10143', district: 4, administrator: 'Amministrazioni Bertola s.a.s.' },
  { buildingCode: 'TO-0220', street: 'Via Frejus', civicNumber: '21', cap: '10139', district: 3, administrator: 'Studio Gallo & Associati' },
  { buildingCode: 'TO-0305', street: 'Corso Vittorio Emanuele II', civicNumber: '12', cap: '10123', district: 1, administrator: 'Studio Amministrazioni Ferrero' },
  { buildingCode: 'TO-0518', street: 'Via Po', civicNumber: '18', cap: '10123', district: 1, administrator: 'Gestioni Immobiliari Sabauda s.r.l.' },
  { buildingCode: 'TO-0641', street: 'Corso Giulio Cesare', civicNumber: '120', cap: '10155', district: 6, administrator: 'Studio Condominiale Rosso' },
  { buildingCode: 'TO-0733', street: 'Via Cibrario', civicNumber: '54', cap: '10144', district: 4, administrator: 'Amministrazioni Bertola s.a.s.' },
  { buildingCode: 'TO-0809', street: 'Corso Traiano', civicNumber: '20', cap: '10135', district: 2, administrator: 'Studio Martini Amministrazioni' },
  { buildingCode: 'TO-0856', street: 'Via Madama Cristina', civicNumber: '66/B', cap: '10126', district: 8, administrator: 'Studio Amministrazioni Ferrero' },
  { buildingCode: 'TO-0914', street: 'Via Stradella', civicNumber: '190', cap: '10147', district: 5, administrator: 'Piemonte Condomini s.r.l.' },
  { buildingCode: 'TO-0990', street: 'Corso Belgio', civicNumber: '60', cap: '10153', district: 7, administrator: 'Studio Gallo & Associati' },
  { buildingCode: 'TO-1024', street: 'Via Chiesa della Salute', civicNumber: '77', cap: '10147', district: 5, administrator: 'Piemonte Condomini s.r.l.' },
  { buildingCode: 'TO-1188', street: 'Via Guido Reni', civicNumber: '96', cap: '10136', district: 2, administrator: 'Studio Martini Amministrazioni' },
  { buildingCode: 'TO-1250', street: 'Via Bologna', civicNumber: '220', cap: '10154', district: 6, administrator: 'Studio Condominiale Rosso' },
  { buildingCode: 'TO-1302', street: 'Corso Casale', civicNumber: '140 bis', cap: '10132', district: 7, administrator: 'Gestioni Immobiliari Sabauda s.r.l.' },
] satisfies Building[];
