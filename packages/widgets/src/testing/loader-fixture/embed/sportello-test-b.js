// A stand-in widget module for loader.test.ts: counts how often it is evaluated.
globalThis.loaded = [...(globalThis.loaded ?? []), 'sportello-test-b'];
if (!customElements.get('sportello-test-b')) customElements.define('sportello-test-b', class extends HTMLElement {});
