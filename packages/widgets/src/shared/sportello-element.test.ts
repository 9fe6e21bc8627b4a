/// <reference types="mocha" />
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { http, HttpResponse } from 'msw';
import { SportelloDemoForm } from './demo/demo-form';
import { SportelloElement } from './sportello-element';
import { startWorker } from '../testing/msw';

class LangProbe extends SportelloElement {
  protected override render() {
    return litHtml`<p>${this.shared.retry}</p>`;
  }
}
customElements.define('test-lang-probe', LangProbe);
customElements.define('test-demo-form', SportelloDemoForm);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('SportelloElement language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'it'));

  it('speaks Italian by default', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LangProbe>(html`<test-lang-probe></test-lang-probe>`);
    expect(el.locale).to.equal('it');
    expect(text(el)).to.equal('Riprova');
  });

  it('takes the nearest ancestor’s lang and follows it when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><section><test-lang-probe></test-lang-probe></section></div>`);
    const el = wrapper.querySelector<LangProbe>('test-lang-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
    wrapper.setAttribute('lang', 'it');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Riprova');
  });

  it('follows the page language switch on <html>', async () => {
    const el = await fixture<LangProbe>(html`<test-lang-probe></test-lang-probe>`);
    expect(text(el)).to.equal('Riprova');
    document.documentElement.lang = 'en-GB';
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
  });

  it('prefers its own lang, and falls back to the ancestor when that is unsupported', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="it"><test-lang-probe lang="en"></test-lang-probe></div>`);
    const el = wrapper.querySelector<LangProbe>('test-lang-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
    el.lang = 'fr';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('fr');
    expect(text(el)).to.equal('Riprova');
  });

  it('resolves the language inside another component’s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-lang-probe') as LangProbe;
    root.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');
  });
});

describe('SportelloElement client', () => {
  const { worker, start } = startWorker();
  before(() => start());
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  it('builds a client from api-base and partner-key, and rebuilds it when they change', async () => {
    const seen: { url: string; key: string | null; lang: string | null }[] = [];
    const answer = ({ request }: { request: Request }) => {
      seen.push({ url: request.url, key: request.headers.get('Sportello-Partner-Key'), lang: request.headers.get('Accept-Language') });
      return HttpResponse.json({ voucherCode: 'BS-4D2N-8WQ5-N', state: 'active', faceValueCents: 15000, balanceCents: 8250, expiresOn: '2027-01-31', district: 8, redemptions: [] });
    };
    worker.use(http.post('/first/v1/vouchers/checks', answer), http.post('/second/v1/vouchers/checks', answer));
    const el = await fixture<SportelloDemoForm>(
      html`<test-demo-form lang="en" api-base="/first/v1" partner-key="pk_first"></test-demo-form>`,
    );
    const submit = async (expected: string) => {
      const root = el.shadowRoot!;
      const type = (id: string, value: string) => {
        const input = root.getElementById(id) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      };
      type('voucher-code', 'bs-4d2n-8wq5-n');
      type('tax-code', 'BNCGNN50A41L219J');
      const consent = root.getElementById('consent') as HTMLInputElement;
      if (!consent.checked) consent.click();
      await el.updateComplete;
      const before = seen.length;
      (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await waitFor(() => seen.length > before && root.querySelector('[role=status]')!.textContent!.includes(expected));
    };
    await submit('€82.50');
    el.setAttribute('api-base', '/second/v1');
    el.setAttribute('partner-key', 'pk_second');
    el.lang = 'it';
    await el.updateComplete;
    await submit('€\u00a082,50');
    expect(seen.map((s) => new URL(s.url).pathname)).to.deep.equal(['/first/v1/vouchers/checks', '/second/v1/vouchers/checks']);
    expect(seen.map((s) => s.key)).to.deep.equal(['pk_first', 'pk_second']);
    expect(seen.map((s) => s.lang)).to.deep.equal(['en', 'it']);
  });

  it('reports a failed request as sportello-error with status and type only', async () => {
    worker.use(http.post('/v1/vouchers/checks', () => HttpResponse.json(
      { type: 'urn:sportello:problem:internal-error', title: 'Errore', status: 500 },
      { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
    )));
    const el = await fixture<SportelloDemoForm>(html`<test-demo-form api-base="/v1"></test-demo-form>`);
    const root = el.shadowRoot!;
    for (const [id, value] of [['voucher-code', 'BS-4D2N-8WQ5-N'], ['tax-code', 'BNCGNN50A41L219J']]) {
      const input = root.getElementById(id!) as HTMLInputElement;
      input.value = value!;
      input.dispatchEvent(new Event('input'));
    }
    (root.getElementById('consent') as HTMLInputElement).click();
    await el.updateComplete;
    const fired = oneEvent(document, 'sportello-error');
    (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const event = await fired;
    expect(event.composed && event.bubbles).to.equal(true);
    expect(event.detail).to.deep.equal({ status: 500, type: 'urn:sportello:problem:internal-error' });
    await el.updateComplete;
    expect(root.querySelector('[role=alert]')!.textContent).to.include('Si è verificato un errore nel servizio');
  });
});

/** Polls until `check` holds (a real server answers asynchronously). */
export async function waitFor(check: () => boolean, timeout = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
