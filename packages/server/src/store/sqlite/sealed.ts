/**
 * Encryption at rest for what a help request says (its description: for psychological support,
 * health data under GDPR art. 9). AES-256-GCM with a random 96-bit nonce per value; the key id is
 * written with each value, so keys can be rotated: the first key of the ring seals new values,
 * every key of the ring opens values sealed with it. Rotation: put the new key first, keep the old
 * ones after it until every value has been re-sealed (or has expired), then drop them.
 *
 * A sealed value: `v1.<key id>.<nonce>.<ciphertext + tag>` (base64url parts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A key ring: `id` → 32-byte key. The first entry seals. */
export type KeyRing = ReadonlyArray<{ id: string; key: Buffer }>;

/** Reads a ring from `id:base64key,id:base64key` (DATA_KEYS); every key must be 32 bytes. */
export function parseKeyRing(text: string): KeyRing {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, b64] = entry.split(':');
      if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || !b64) throw new Error('DATA_KEYS entries are id:base64key');
      const key = Buffer.from(b64, 'base64');
      if (key.length !== 32) throw new Error(`data key "${id}" must be 32 bytes (base64 of 32 random bytes)`);
      return { id, key };
    });
}

/** A ring of one fresh random key (for `:memory:` databases and tests). */
export const ephemeralKeyRing = (): KeyRing => [{ id: 'ephemeral', key: randomBytes(32) }];

export function sealer(ring: KeyRing) {
  if (ring.length === 0) throw new Error('the data key ring is empty');
  const byId = new Map(ring.map((k) => [k.id, k.key]));
  return {
    seal(plain: string): string {
      const { id, key } = ring[0]!;
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `v1.${id}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    },
    /** The plain text of a sealed value; throws when no key of the ring opens it (or it was tampered with). */
    open(sealed: string): string {
      const [version, id, nonce, body] = sealed.split('.');
      const key = id && byId.get(id);
      if (version !== 'v1' || !key || !nonce || !body) throw new Error('a sealed value this key ring cannot open');
      const data = Buffer.from(body, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(data.subarray(data.length - 16));
      return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
    },
  };
}

export type Sealer = ReturnType<typeof sealer>;
