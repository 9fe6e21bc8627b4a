/**
 * How the server writes what people type, before storing or comparing it. Street and civic number
 * keys follow the mocks' rules (`@sportello/mocks` fixtures), so an address that resolves in the
 * mocks resolves here too.
 */
import { normalizeBuildingCode, normalizeCivic, normalizeStreet } from '@sportello/mocks/fixtures';
import type { BuildingQuery } from '../types';
import type { BuildingKey } from '../store/store';

/** A street written for comparison: lower case, no accents or dots, common abbreviations expanded. */
export const streetKey = normalizeStreet;

/** A civic number written for comparison: `66/B`, `66 b` and `66b` are the same. */
export const civicKey = normalizeCivic;

/** A building code as administrators print it: `to0412` → `TO-0412`. */
export const buildingCode = normalizeBuildingCode;

/** The key a store looks a building up by. */
export function buildingKey(query: BuildingQuery): BuildingKey {
  if ('buildingCode' in query && typeof query.buildingCode === 'string') return { code: buildingCode(query.buildingCode) };
  const q = query as { street: string; civicNumber: string; cap: string };
  return { cap: q.cap.trim(), streetKey: streetKey(q.street), civicKey: civicKey(q.civicNumber) };
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
