/// <reference types="mocha" />
import { expect } from '@open-wc/testing';

describe('registration', () => {
  it('is harmless twice: two copies of a define module (two scripts on one page) keep the first', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    // Distinct URLs are distinct module instances, each with its own class, like two bundles.
    const module = new URL('./define-demo-form.ts', import.meta.url).href;
    await import(`${module}?copy=1`);
    const first = customElements.get('sportello-demo-form');
    await import(`${module}?copy=2`);
    window.removeEventListener('error', onError);
    expect(first).to.exist;
    expect(customElements.get('sportello-demo-form')).to.equal(first);
    expect(errors).to.deep.equal([]);
  });
});
