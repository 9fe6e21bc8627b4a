/**
 * How Sportello writes what people type before storing or comparing it: addresses, building codes,
 * e-mail addresses, initials. One copy, used by the in-memory store, the SQLite and PostgreSQL
 * stores and the demo data.
 */
import type { components } from '@sportello/sdk';

type Building = components['schemas']['Building'];
type BuildingQuery = components['schemas']['BuildingQuery'];

/** A building named by its administrator's code, or by its address written for comparison. */
export type BuildingKey = { code: string } | { cap: string; streetKey: string; civicKey: string };

/** A street written for comparison: lower case, no accents or dots, common abbreviations expanded. */
export function normalizeStreet(street: string): string {
  return street
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bc\.?\s?so\b/g, 'corso')
    .replace(/\bp\.?\s?(za|zza)\b/g, 'piazza')
    .replace(/\bv\.?\s?le\b/g, 'viale')
    .replace(/^v\.\s?/, 'via ')
    .replace(/[.,']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A civic number written for comparison: `66/B`, `66 b` and `66b` are the same. */
export const normalizeCivic = (civic: string): string => civic.toLowerCase().replace(/[\s/]/g, '');

/** A building code written as administrators print it: `to0412` → `TO-0412`. */
export const normalizeBuildingCode = (code: string): string => {
  const m = /^\s*([A-Za-z]{2})-?(\d{4})\s*$/.exec(code);
  return m ? `${m[1]!.toUpperCase()}-${m[2]}` : code.trim().toUpperCase();
};

/** The building a query names in a list of buildings, if any. */
export function findBuilding(list: readonly Building[], query: BuildingQuery): Building | undefined {
  const key = buildingKey(query);
  return list.find((b) => matchesBuilding(b, key));
}

/** The key a store looks a building up by. */
export function buildingKey(query: BuildingQuery): BuildingKey {
  if ('buildingCode' in query && typeof query.buildingCode === 'string') return { code: normalizeBuildingCode(query.buildingCode) };
  const q = query as { street: string; civicNumber: string; cap: string };
  return { cap: q.cap.trim(), streetKey: normalizeStreet(q.street), civicKey: normalizeCivic(q.civicNumber) };
}

/** Whether a building is the one a key names. */
export function matchesBuilding(b: Building, key: BuildingKey): boolean {
  if ('code' in key) return b.buildingCode === key.code;
  return b.cap === key.cap && normalizeStreet(b.street) === key.streetKey && normalizeCivic(b.civicNumber) === key.civicKey;
}

/** An e-mail address written for comparison (lower case, trimmed). */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** `M.R.` from Mario Rossi; `undefined` when a name has no Latin letter to show. */
export function initials(givenName: string, familyName: string): string | undefined {
  const first = (name: string) =>
    /[A-Z]/.exec(
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toUpperCase(),
    )?.[0];
  const g = first(givenName);
  const f = first(familyName);
  return g && f ? `${g}.${f}.` : undefined;
}
