import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { harness } from './testing/harness';

const demoDir = fileURLToPath(new URL('../demo', import.meta.url));
const srcDir = fileURLToPath(new URL('.', import.meta.url));

describe('static files', () => {
  it('serves a folder at / and others under a prefix, next to the API', async () => {
    const h = harness({ staticDir: demoDir, staticMounts: { '/assets': srcDir } });
    const page = await h.app.request('/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    assert.match(await page.text(), /Sportello/);
    assert.match(page.headers.get('content-security-policy')!, /script-src 'self'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const mounted = await h.app.request('/assets/config.ts');
    assert.equal(mounted.status, 200);
    const api = await h.call('GET', '/v1/status', { key: null });
    assert.equal(api.status, 200);
    const missing = await h.app.request('/nothing-here.html');
    assert.equal(missing.status, 404);
    const escape = await h.app.request('/assets/../package.json');
    assert.equal(escape.status, 404);
  });
});
