import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Per-partner overrides of the rate limits (requests per minute per category). */
export interface PartnerLimits {
  read?: number;
  write?: number;
  lookup?: number;
}

/**
 * A partner site, from the partners file. `origins` are the pages allowed to call the API with its
 * key (CORS): `https://example.org`, or `http://localhost:*` for any port.
 */
export interface Partner {
  id: string;
  name?: string;
  key: string;
  origins: string[];
  limits?: PartnerLimits;
}

/** The demo partners file shipped with the package: key `pk_demo_torino`, localhost on any port. */
export const DEMO_PARTNERS_FILE = fileURLToPath(new URL('../../config/partners.demo.json', import.meta.url));

/** Reads and checks a partners file: `{ "partners": [{ "id", "key", "origins": [...] }] }`. */
export function loadPartners(file: string): Partner[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { partners?: unknown };
  if (!Array.isArray(parsed.partners)) throw new Error(`${file}: expected { "partners": [...] }`);
  const partners = parsed.partners as Partner[];
  const keys = new Set<string>();
  for (const [i, p] of partners.entries()) {
    if (typeof p.id !== 'string' || !/^[A-Za-z0-9_-]{1,60}$/.test(p.id)) throw new Error(`${file}: partners[${i}].id must be a short identifier`);
    if (typeof p.key !== 'string' || !/^pk_[A-Za-z0-9_]{4,120}$/.test(p.key)) throw new Error(`${file}: partners[${i}].key must look like pk_…`);
    if (keys.has(p.key)) throw new Error(`${file}: partners[${i}].key is used twice`);
    keys.add(p.key);
    if (!Array.isArray(p.origins) || p.origins.some((o) => typeof o !== 'string' || !parsePattern(o))) {
      throw new Error(`${file}: partners[${i}].origins must be origins like https://example.org or http://localhost:*`);
    }
  }
  return partners;
}

interface OriginPattern {
  protocol: string;
  hostname: string;
  /** `*` for any port; '' for the scheme's default. */
  port: string;
}

function parsePattern(pattern: string): OriginPattern | undefined {
  const m = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}|\*))?$/i.exec(pattern.trim());
  if (!m) return undefined;
  return { protocol: m[1]!.toLowerCase(), hostname: m[2]!.toLowerCase(), port: m[3] ?? '' };
}

function parseOrigin(origin: string): OriginPattern | undefined {
  try {
    const url = new URL(origin);
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password || origin.endsWith('/')) return undefined;
    return { protocol: url.protocol.slice(0, -1), hostname: url.hostname, port: url.port };
  } catch {
    return undefined;
  }
}

/** The partners, indexed by key, with origin matching. */
export class PartnerRegistry {
  readonly #byKey = new Map<string, Partner>();
  readonly #patterns = new Map<Partner, OriginPattern[]>();

  constructor(partners: readonly Partner[]) {
    for (const p of partners) {
      this.#byKey.set(p.key, p);
      this.#patterns.set(p, p.origins.map(parsePattern).filter((x): x is OriginPattern => !!x));
    }
  }

  /** The partner with this key, if any. */
  byKey(key: string | null | undefined): Partner | undefined {
    return key ? this.#byKey.get(key.trim()) : undefined;
  }

  /** Whether a page at `origin` may call the API with this partner's key. */
  allows(partner: Partner, origin: string): boolean {
    const o = parseOrigin(origin);
    if (!o) return false;
    return this.#patterns.get(partner)!.some((p) => p.protocol === o.protocol && p.hostname === o.hostname && (p.port === '*' || p.port === o.port));
  }

  /** Whether some partner allows `origin` (for preflights, which carry no key). */
  allowsAny(origin: string): boolean {
    for (const p of this.#byKey.values()) if (this.allows(p, origin)) return true;
    return false;
  }
}
