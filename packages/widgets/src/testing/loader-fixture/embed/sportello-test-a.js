// A stand-in widget module for loader.test.ts: counts how often it is evaluated.
globalThis.loaded = [...(globalThis.loaded ?? []), 'sportello-test-a'];
if (!customElements.get('sportello-test-a')) customElements.define('sportello-test-a', class extends HTMLElement {});
