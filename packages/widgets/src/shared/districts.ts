/**
 * Turin's 8 circoscrizioni (districts) with the neighbourhoods each one covers, for district
 * pickers and labels. The names are place names: the same in every language.
 */
import type { District } from '@sportello/sdk';
import type { Lang } from './i18n';

/** The districts, 1 to 8, in order. */
export const DISTRICTS: readonly District[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** The neighbourhoods of each district, as the City names them. */
export const DISTRICT_NAMES: Readonly<Record<number, string>> = {
  1: 'Centro, Crocetta',
  2: 'Santa Rita, Mirafiori Nord, Mirafiori Sud',
  3: 'San Paolo, Cenisia, Pozzo Strada, Cit Turin, Borgata Lesna',
  4: 'San Donato, Campidoglio, Parella',
  5: 'Borgo Vittoria, Madonna di Campagna, Lucento, Vallette',
  6: 'Barriera di Milano, Regio Parco, Barca, Bertolla, Falchera, Rebaudengo, Villaretto',
  7: 'Aurora, Vanchiglia, Sassi, Madonna del Pilone',
  8: 'San Salvario, Cavoretto, Borgo Po, Nizza Millefonti, Lingotto, Filadelfia',
};

/** `Circoscrizione 3` / `District 3`. */
export function districtNumber(lang: Lang, district: number): string {
  return lang === 'it' ? `Circoscrizione ${district}` : `District ${district}`;
}

/** `Circoscrizione 3 – San Paolo, Cenisia, …` / `District 3 – San Paolo, …`. */
export function districtLabel(lang: Lang, district: number): string {
  const names = DISTRICT_NAMES[district];
  return names ? `${districtNumber(lang, district)} – ${names}` : districtNumber(lang, district);
}
