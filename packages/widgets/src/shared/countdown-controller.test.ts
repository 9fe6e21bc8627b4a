/// <reference types="mocha" />
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CountdownController } from './countdown-controller';

class CountdownProbe extends LitElement {
  done = 0;
  countdown = new CountdownController(this, { onDone: () => this.done++ });
  protected override render() {
    return litHtml`<p>${this.countdown.remaining}</p>`;
  }
}
customElements.define('test-countdown-probe', CountdownProbe);

describe('CountdownController', () => {
  it('counts whole seconds down to zero, re-rendering each second, then calls onDone once', async () => {
    const el = await fixture<CountdownProbe>(html`<test-countdown-probe></test-countdown-probe>`);
    el.countdown.start(2);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('2');
    expect(el.countdown.running).to.equal(true);
    await waitUntil(() => el.shadowRoot!.textContent === '1', 'one second left', { timeout: 1500 });
    await waitUntil(() => el.shadowRoot!.textContent === '0', 'done', { timeout: 1500 });
    expect(el.countdown.running).to.equal(false);
    await aTimeout(1100);
    expect(el.done).to.equal(1);
  });

  it('stops without calling onDone, and resumes after reconnection against the same deadline', async () => {
    const el = await fixture<CountdownProbe>(html`<test-countdown-probe></test-countdown-probe>`);
    el.countdown.start(5);
    el.countdown.stop();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('0');
    el.countdown.start(1);
    const parent = el.parentNode!;
    el.remove();
    await aTimeout(300);
    parent.appendChild(el);
    await waitUntil(() => el.done === 1, 'done after reconnection', { timeout: 1500 });
  });
});
