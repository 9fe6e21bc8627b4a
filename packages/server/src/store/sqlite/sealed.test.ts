import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { DEMO_NOW } from '@sportello/demo-data';
import { openDatabase } from './database';
import { createSqliteStore } from './sqlite-store';
import { parseKeyRing, sealer } from './sealed';
import { demoSeed } from '../../seed';

const ring = (...ids: string[]) => parseKeyRing(ids.map((id) => `${id}:${randomBytes(32).toString('base64')}`).join(','));
const words = 'Da quando è morta mia moglie non riesco a dormire.';
const request = {
  code: 'PC-3H8K-2MV6-C',
  topic: 'psychological-support' as const,
  description: words,
  forWhom: 'myself' as const,
  contact: { phone: '+393337654321', preferredChannel: 'phone' as const, preferredTime: 'evening' as const },
  district: 2,
  healthDataConsent: true,
  lang: 'it' as const,
};

describe('help descriptions sealed at rest (AES-256-GCM)', () => {
  it('the database holds no readable description; the store reads it back with the key, and not without it', async () => {
    const keys = ring('k1');
    const db = openDatabase(':memory:');
    const store = createSqliteStore(db, { dataKeys: keys });
    await store.seed(demoSeed(DEMO_NOW));
    const made = await store.createHelpRequest({ ...request, code: 'PC-2222-2222-2' }, DEMO_NOW.getTime());
    assert.ok(made.ok);
    const code = (made as { ticket: { ticketCode: string } }).ticket.ticketCode;
    const raw = db.prepare('SELECT description FROM help_requests WHERE ticket_code = ?').pluck().get(code) as string;
    assert.match(raw, /^v1\.k1\./);
    assert.equal(raw.includes('moglie'), false);
    assert.equal((await store.findOperatorHelpRequest(code))?.description, words);
    const stranger = createSqliteStore(db, { dataKeys: ring('k1') });
    await assert.rejects(() => stranger.findOperatorHelpRequest(code), /cannot open|unable to authenticate|Unsupported state/);
  });

  it('rotation: the first key seals, older keys of the ring still open what they sealed; tampering is refused', () => {
    const [oldKey] = ring('old');
    const [newKey] = ring('new');
    const before = sealer([oldKey!]).seal(words);
    const rotated = sealer([newKey!, oldKey!]);
    assert.equal(rotated.open(before), words);
    assert.match(rotated.seal(words), /^v1\.new\./);
    const parts = before.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    assert.throws(() => rotated.open([...parts.slice(0, 3), body.toString('base64url')].join('.')));
    assert.throws(() => parseKeyRing('k:c2hvcnQ='), /32 bytes/);
  });
});
