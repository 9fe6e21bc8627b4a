/// <reference types="mocha" />
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SportelloClient } from '@sportello/sdk';
import { json, problem, rateLimitedProblem, testClient, validationProblem, type RecordedRequest } from '../../testing/fetch';
import { SportelloDemoForm } from './demo-form';

if (!customElements.get('sportello-demo-form')) customElements.define('sportello-demo-form', SportelloDemoForm);

const voucher = { voucherCode: 'BS-4D2N-8WQ5-N', state: 'active', faceValueCents: 15000, balanceCents: 8250, expiresOn: '2027-01-31', district: 8, redemptions: [] };

async function render(client: SportelloClient, lang = 'it') {
  const el = await fixture<SportelloDemoForm>(html`<sportello-demo-form lang=${lang} .client=${client}></sportello-demo-form>`);
  const root = el.shadowRoot!;
  const byId = <T extends HTMLElement>(id: string) => root.getElementById(id) as T;
  const type = (id: string, value: string) => {
    const input = byId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const fill = async () => {
    type('voucher-code', 'bs-4d2n-8wq5-n');
    type('tax-code', ' bncgnn50a41l219j ');
    if (!byId<HTMLInputElement>('consent').checked) byId('consent').click();
    await el.updateComplete;
  };
  const submit = async () => {
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
  };
  const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { el, root, byId, type, fill, submit, text };
}

describe('foundation in a form (demo form)', () => {
  it('checks locally, lists the errors, marks each field and focuses the first', async () => {
    const { client, calls } = testClient(() => json(voucher));
    const { root, byId, submit, type, text, el } = await render(client);
    type('tax-code', 'RSSMRA85T10L219X');
    await submit();
    await el.updateComplete;
    expect(calls).to.have.length(0);
    expect(text('[part=error-summary] [role=heading]')).to.equal('Ci sono 3 problemi da correggere');
    expect([...root.querySelectorAll('[part=error-summary] a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#voucher-code', '#tax-code', '#consent']);
    expect(byId('tax-code').getAttribute('aria-invalid')).to.equal('true');
    expect(byId('tax-code-error').textContent).to.include('Il codice non è corretto');
    expect(root.activeElement).to.equal(byId('voucher-code'));
    await expect(el).to.be.accessible();
  });

  it('sends normalized values and shows the result in the status region', async () => {
    const { client, calls } = testClient(() => json(voucher));
    const { fill, submit, text, el } = await render(client);
    await fill();
    await submit();
    await waitUntil(() => text('[part=status]').includes('€'), 'result shown');
    expect(calls[0]!.body).to.deep.equal({ voucherCode: 'BS-4D2N-8WQ5-N', taxCode: 'BNCGNN50A41L219J' });
    expect(text('[part=status]')).to.equal('Buono trovato: restano € 82,50.');
    await expect(el).to.be.accessible();
  });

  it('shows progress while the request is pending', async () => {
    let answer: ((r: Response) => void) | undefined;
    const { client } = testClient(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { fill, submit, text, root } = await render(client, 'en');
    await fill();
    await submit();
    await waitUntil(() => text('[part=status]') === 'Checking the voucher…');
    expect(root.querySelector('[part=status] .progress')).to.exist;
    expect(root.querySelector('[part=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => answer !== undefined, 'request sent');
    answer!(json(voucher));
    await waitUntil(() => text('[part=status]') === 'Voucher found: €82.50 left.');
  });

  it('maps the API’s field errors (JSON pointers) onto the fields and focuses the first invalid one', async () => {
    const { client } = testClient(() => validationProblem([{ pointer: '/taxCode', code: 'format' }]));
    const { fill, submit, byId, root, el } = await render(client);
    await fill();
    byId('voucher-code').focus();
    await submit();
    await waitUntil(() => byId('tax-code').getAttribute('aria-invalid') === 'true', 'tax code marked');
    await el.updateComplete;
    expect(byId('tax-code-error').textContent).to.include('Il formato non è valido.');
    expect(byId('voucher-code').hasAttribute('aria-invalid')).to.equal(false);
    await waitUntil(() => root.activeElement === byId('tax-code'), 'focus moved to the invalid field');
    await expect(el).to.be.accessible();
  });

  it('after a 429 shows the wait, counts down, then lets the person retry', async () => {
    let n = 0;
    const { client, calls } = testClient(() => (n++ === 0 ? rateLimitedProblem(2) : json(voucher)));
    const { fill, submit, root, text, el } = await render(client);
    await fill();
    await submit();
    await waitUntil(() => text('[part=alert]').includes('Puoi riprovare tra 2 secondi.'), 'wait shown');
    const retry = () => root.querySelector<HTMLButtonElement>('[part=retry]')!;
    expect(retry().getAttribute('aria-disabled')).to.equal('true');
    retry().click();
    await submit();
    expect(calls).to.have.length(1);
    await waitUntil(() => text('[part=alert]').includes('Puoi riprovare tra 1 secondo.'), 'counting down', { timeout: 1500 });
    await waitUntil(() => retry().getAttribute('aria-disabled') === 'false', 'retry allowed', { timeout: 1500 });
    expect(text('[part=status]')).to.equal('Ora puoi riprovare.');
    await expect(el).to.be.accessible();
    retry().click();
    await waitUntil(() => text('[part=status]').includes('€ 82,50'), 'retried');
    expect(calls).to.have.length(2);
  });

  it('on a network failure keeps what was typed and says so', async () => {
    const { client } = testClient(() => {
      throw new TypeError('Failed to fetch');
    });
    const { fill, submit, byId, text } = await render(client, 'en');
    await fill();
    await submit();
    await waitUntil(() => text('[part=alert]').includes('We cannot reach the service'), 'network message');
    expect(byId<HTMLInputElement>('tax-code').value).to.equal(' bncgnn50a41l219j ');
  });

  it('words its own outcomes (not found) in the widget’s language', async () => {
    const { client } = testClient(() =>
      problem({ type: 'urn:sportello:problem:voucher-not-found', title: 'Buono non trovato', status: 404 }),
    );
    const { fill, submit, text, root } = await render(client, 'en');
    await fill();
    await submit();
    await waitUntil(() => text('[part=alert]').startsWith('We cannot find a voucher'), 'not found');
    expect(root.querySelector('[part=retry]')).to.equal(null);
  });

  it('fits a 320 px wide column without horizontal scrolling', async () => {
    const { client } = testClient((r: RecordedRequest) => json(r.body));
    const wrapper = await fixture<HTMLDivElement>(html`<div><sportello-demo-form .client=${client}></sportello-demo-form></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.firstElementChild as SportelloDemoForm;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await aTimeout(50);
    const form = el.shadowRoot!.querySelector('form')!;
    expect(el.scrollWidth, 'host').to.be.at.most(320);
    expect(form.scrollWidth, 'form').to.be.at.most(form.clientWidth);
  });
});
