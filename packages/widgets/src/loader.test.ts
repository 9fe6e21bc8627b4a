/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { startLoader } from './loader';

const loaded = (): string[] => (globalThis as { loaded?: string[] }).loaded ?? [];
const base = new URL('./testing/loader-fixture/', import.meta.url).href;

describe('the embed loader (sportello.js)', () => {
  it('loads a widget and its text in the page language only when its tag appears, once, and stays harmless when started again', async () => {
    document.body.append(document.createElement('sportello-test-a'));
    startLoader(['sportello-test-a', 'sportello-test-b'], base);
    startLoader(['sportello-test-a', 'sportello-test-b'], base);
    await waitUntil(() => customElements.get('sportello-test-a'), 'sportello-test-a was not registered');
    await waitUntil(() => loaded().length === 3);
    expect([...loaded()].sort()).to.deep.equal(['shared.it', 'sportello-test-a', 'sportello-test-a.it']);
    expect(customElements.get('sportello-test-b')).to.equal(undefined);

    // Added later, in English: its module and its English text arrive, nothing twice.
    const later = document.createElement('div');
    later.lang = 'en';
    later.append(document.createElement('sportello-test-b'), document.createElement('sportello-test-a'));
    document.body.append(later);
    await waitUntil(() => customElements.get('sportello-test-b'), 'sportello-test-b was not registered');
    await waitUntil(() => loaded().length === 6, JSON.stringify(loaded()));
    expect([...loaded()].sort()).to.deep.equal(['shared.en', 'shared.it', 'sportello-test-a', 'sportello-test-a.it', 'sportello-test-b', 'sportello-test-b.en']);
    later.remove();
  });
});
