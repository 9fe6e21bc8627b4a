/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demo } from '@sportello/mocks';
import { formatCode } from '@sportello/sdk/checks';
import { mockApi } from '../testing/mock-api';
import { unavailable } from '../testing/unavailable';
import { page, until } from '../testing/page';
import '../define/sportello-voucher-checker';
import type { SportelloVoucherChecker } from './voucher-checker';

const api = mockApi();
const CHECKS = '/v1/vouchers/checks';

async function render(lang = 'it') {
  const el = await fixture<SportelloVoucherChecker>(html`<sportello-voucher-checker lang=${lang} .client=${api.client}></sportello-voucher-checker>`);
  const p = page(el);
  const fill = async (v: { voucherCode: string; taxCode: string }) => {
    await p.type('voucher-code', v.voucherCode);
    await p.type('tax-code', v.taxCode);
  };
  const submit = () => p.click('[part=submit]');
  const resultShown = () => until(() => p.$('[part=result]') !== null, 'the result');
  return { el, ...p, fill, submit, resultShown };
}

describe('<sportello-voucher-checker>', () => {
  before(() => api.start());
  after(() => api.stop());

  it('works with the keyboard alone: type, submit, read, search a CAP, start over', async () => {
    api.serve();
    const w = await render();
    w.byId('voucher-code')!.focus();
    await sendKeys({ type: 'bs-4d2n-8wq5-n' });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('tax-code');
    await sendKeys({ type: demo.vouchers.active.taxCode.toLowerCase() });
    await sendKeys({ press: 'Enter' });
    await w.resultShown();
    await until(() => w.focused() === 'result-title', 'focus on the result');
    await sendKeys({ press: 'Tab' });
    expect(w.root.activeElement?.getAttribute('part')).to.equal('check-another');
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('shop-cap');
    await sendKeys({ type: '10126' });
    await sendKeys({ press: 'Enter' });
    await until(() => w.text('.shops-section h4') === 'Negozi con CAP 10126', 'CAP heading');
    await until(() => w.texts('.shop__name').join('|') === 'Macelleria Nizza Millefonti|Supermercato Lingotto', 'shops of the CAP');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(w.root.activeElement?.getAttribute('part')).to.equal('check-another');
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'voucher-code', 'focus back on the code');
    expect(w.byId<HTMLInputElement>('voucher-code')!.value).to.equal('');
    expect(w.byId<HTMLInputElement>('tax-code')!.value).to.equal('');
    expect(w.$('[part=result]')).to.equal(null);
  });

  it('catches every input mistake before any request, next to its field and in the summary', async () => {
    api.serve();
    const w = await render();
    const cases: [string, string, string, string][] = [
      ['', '', 'Scrivi il codice del buono.', 'Scrivi il codice fiscale.'],
      ['BS-4D2N', 'RSSMRA8', 'Il codice è troppo corto: ha 9 lettere e cifre dopo «BS».', 'Il codice fiscale ha 16 caratteri.'],
      ['BS-4D2N-8WQ5-NN', 'RSSMRA85T10L219GXX', 'Il codice è troppo lungo: ha 9 lettere e cifre dopo «BS».', 'Il codice fiscale ha 16 caratteri.'],
      ['PR-7K4M-9QX2-5', 'RSSMRA85Z10L219G', 'Questo non sembra il codice di un buono spesa: inizia con «BS».', 'Il codice fiscale non è scritto correttamente.'],
      ['BS-4D2N-8WQ5-P', 'RSSMRA85T10L219X', 'Il codice non è corretto: controlla di averlo copiato bene dal buono.', 'Il codice fiscale non è corretto: controlla l’ultima lettera.'],
    ];
    for (const [code, tax, codeMessage, taxMessage] of cases) {
      await w.fill({ voucherCode: code, taxCode: tax });
      await w.submit();
      await until(() => w.focused() === 'voucher-code', `focus on the first invalid field (${code})`);
      expect(w.text('#voucher-code-error'), code).to.equal(`Errore: ${codeMessage}`);
      expect(w.text('#tax-code-error'), tax).to.equal(`Errore: ${taxMessage}`);
      expect(w.byId('tax-code')!.getAttribute('aria-invalid')).to.equal('true');
      expect(w.byId('tax-code')!.getAttribute('aria-describedby')).to.equal('tax-code-hint tax-code-error');
      expect(w.text('[part=error-summary] [role=heading]')).to.equal('Ci sono 2 problemi da correggere');
      expect(w.texts('[part=error-summary] a')).to.deep.equal([codeMessage, taxMessage]);
    }
    expect(api.requests).to.deep.equal([]);
    await expect(w.el).to.be.accessible();
    await w.click('[part=error-summary] a[href="#tax-code"]');
    expect(w.focused()).to.equal('tax-code');
  });

  it('shows an active voucher: state in words and icon, credit, face value, expiry, purchases, shops of its district', async () => {
    api.serve();
    const w = await render();
    const checked = new Promise<CustomEvent>((resolve) => w.el.addEventListener('sportello-voucher-checked', (e) => resolve(e), { once: true }));
    await w.fill(demo.vouchers.active);
    await w.submit();
    await w.resultShown();
    const event = await checked;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(Object.keys(event.detail).sort()).to.deep.equal(['balanceCents', 'expiresOn', 'status']);
    expect(event.detail.status).to.equal('active');
    expect(event.detail.balanceCents).to.equal(8250);
    expect(JSON.stringify(event.detail)).not.to.match(/BS-|BNCGNN/);
    expect(w.text('[part=status]')).to.equal('Ecco il tuo buono.');
    expect(w.text('[part=state]')).to.equal('✓ Attivo');
    expect(w.$('[part=state] .state__icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect(w.text('[part=balance]')).to.equal('€\u00a082,50');
    expect(w.text('.fact:nth-child(3) dd')).to.equal('€\u00a0150,00');
    expect(w.text('.fact:nth-child(4) dd')).to.match(/^Si può usare fino a \d{1,2} \w+ \d{4} compreso\.$/);
    expect(w.$('[part=expiry-warning]')).to.equal(null);
    expect(w.texts('[part=redemptions] thead th')).to.deep.equal(['Data', 'Negozio', 'Importo']);
    const rows = w.$$<HTMLTableRowElement>('[part=redemptions] tbody tr').map((tr) => [...tr.cells].map((c) => c.textContent!.trim()));
    expect(rows.map((r) => [r[1], r[2]])).to.deep.equal([
      ['Alimentari Borgo San Paolo', '€\u00a042,50'],
      ['Frutta e Verdura Pozzo Strada', '€\u00a013,80'],
      ['Panificio Cenisia', '€\u00a011,20'],
    ]);
    await until(() => w.texts('.shop__name').length === 3, 'the shops of district 3');
    expect(w.text('.shops-section h4')).to.equal('Negozi in Circoscrizione 3 – San Paolo, Cenisia, Pozzo Strada, Cit Turin, Borgata Lesna');
    expect(w.texts('.shop__address')).to.include('Via di Nanni 45, 10138 Torino');
    expect(w.text('.shops-section [part=status]')).to.equal('Trovati 3 negozi.');
    await expect(w.el).to.be.accessible();
  });

  it('says when a voucher expires in a few days', async () => {
    api.serve();
    const w = await render();
    await w.fill(demo.vouchers.expiringSoon);
    await w.submit();
    await w.resultShown();
    expect(w.text('[part=expiry-warning]')).to.equal('⚠ Scade tra 3 giorni.');
  });

  for (const [name, state, help] of [
    ['exhausted', '○ Esaurito', 'Hai speso tutto il credito'],
    ['expired', '⌛ Scaduto', 'Il buono è scaduto'],
    ['revoked', '✕ Revocato', 'Il buono è stato ritirato dal Comune'],
  ] as const) {
    it(`shows a ${name} voucher in words, without shops`, async () => {
      api.serve();
      const w = await render();
      await w.fill(demo.vouchers[name]);
      await w.submit();
      await w.resultShown();
      expect(w.text('[part=state]')).to.equal(state);
      expect(w.text('.fact:first-child dd')).to.include(help);
      if (name === 'expired') expect(w.text('.fact:nth-child(4) dd')).to.match(/^Scaduto: si poteva usare fino a /);
      expect(w.$('[part=shops-section]')).to.equal(null);
      await expect(w.el).to.be.accessible();
    });
  }

  it('answers an unknown code and someone else’s code with the same words', async () => {
    api.serve();
    const w = await render();
    const messages: string[] = [];
    for (const attempt of [
      { voucherCode: formatCode('BS', 'ZZZZ9999'), taxCode: demo.vouchers.active.taxCode },
      { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.vouchers.revoked.taxCode },
    ]) {
      await w.fill(attempt);
      await w.submit();
      await until(() => w.text('[part=alert]') !== '', 'the alert');
      messages.push(w.text('[part=alert]'));
      expect(w.$('[part=retry]')).to.equal(null);
    }
    expect(messages[0]).to.equal('Non troviamo un buono con questo codice intestato a questo codice fiscale. Controlla entrambi e riprova.');
    expect(messages[1]).to.equal(messages[0]);
    await expect(w.el).to.be.accessible();
  });

  it('sends one request however often the person submits while it is pending', async () => {
    api.serve({ latencyMs: 300 });
    const w = await render();
    await w.fill(demo.vouchers.active);
    w.$<HTMLButtonElement>('[part=submit]')!.click();
    w.$<HTMLButtonElement>('[part=submit]')!.click();
    await w.el.updateComplete;
    expect(w.$('[part=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(w.text('[part=status]')).to.equal('Controllo del buono in corso…');
    expect(w.$('[part=status] .progress')).to.exist;
    w.byId('tax-code')!.focus();
    await sendKeys({ press: 'Enter' });
    await w.resultShown();
    expect(api.count('POST', CHECKS)).to.equal(1);
  });

  it('offline: keeps what was typed and checks again on retry', async () => {
    api.serve({ scenario: 'offline' });
    const w = await render('en');
    const errors: unknown[] = [];
    w.el.addEventListener('sportello-error', (e) => errors.push(e.detail));
    await w.fill(demo.vouchers.active);
    await w.submit();
    await until(() => w.text('[part=alert]').includes('We cannot reach the service'), 'the network message');
    expect(errors).to.deep.equal([{ status: 0, type: 'network' }]);
    expect(w.byId<HTMLInputElement>('voucher-code')!.value).to.equal(demo.vouchers.active.voucherCode);
    expect(w.byId<HTMLInputElement>('tax-code')!.value).to.equal(demo.vouchers.active.taxCode);
    await expect(w.el).to.be.accessible();
    api.serve();
    await w.click('[part=retry]');
    await w.resultShown();
    expect(w.text('[part=balance]')).to.equal('€82.50');
    expect(api.count('POST', CHECKS)).to.equal(1);
  });

  it('after too many attempts shows the wait, counts down, then lets the person check again', async function () {
    this.timeout(8000);
    api.serve({ rateLimits: { lookups: { limit: 1, windowSeconds: 2 } } });
    const w = await render();
    await w.fill(demo.vouchers.active);
    await w.submit();
    await w.resultShown();
    await w.submit();
    await until(() => /Puoi riprovare tra [12] second/.test(w.text('[part=alert]')), 'the wait');
    expect(w.text('[part=alert]')).to.include('Troppi tentativi in poco tempo.');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    await w.submit();
    await w.click('[part=retry]');
    expect(api.count('POST', CHECKS)).to.equal(2);
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 1 secondo.'), 'counting down');
    await expect(w.el).to.be.accessible();
    await until(() => w.$('[part=retry]')?.getAttribute('aria-disabled') === 'false', 'retry allowed', 3000);
    expect(w.text('form [part=status]')).to.equal('Ora puoi riprovare.');
    await w.click('[part=retry]');
    await w.resultShown();
    expect(api.count('POST', CHECKS)).to.equal(3);
  });

  it('a server error says nothing was saved and offers a retry', async () => {
    api.serve({ scenario: 'server-error' });
    const w = await render();
    await w.fill(demo.vouchers.active);
    await w.submit();
    await until(() => w.text('[part=alert]').startsWith('Si è verificato un errore nel servizio.'), 'the server message');
    expect(w.$('[part=retry]')).to.exist;
  });

  it('shops by CAP: a wrong CAP is marked, an empty area said, a failure retried', async () => {
    api.serve();
    const w = await render('en');
    await w.fill(demo.vouchers.active);
    await w.submit();
    await until(() => w.texts('.shop__name').length === 3, 'district shops');
    await w.type('shop-cap', '20121');
    await w.click('[part=search]');
    await until(() => w.focused() === 'shop-cap', 'focus on the CAP');
    expect(w.text('#shop-cap-error')).to.match(/^Error: (Type a Turin postcode, from 10121 to 10156\.|The value is not one of those allowed\.)$/);
    await w.type('shop-cap', '10130');
    await w.click('[part=search]');
    await until(() => w.text('.shops-section .muted:last-child') === 'There are no participating shops in this area yet. Try another postcode.', 'empty area');
    expect(w.text('.shops-section [part=status]')).to.equal('0 shops found.');
    api.serve({ scenario: 'server-error' });
    await w.type('shop-cap', '10126');
    await w.click('[part=search]');
    await until(() => w.text('.shops-section [part=alert]').startsWith('Something went wrong on the service.'), 'shops failure');
    api.serve();
    await w.click('.shops-section [part=retry]');
    await until(() => w.texts('.shop__name').length === 2, 'shops of 10126');
    await w.click('[part=back-to-district]');
    await until(() => w.texts('.shop__name').length === 3, 'back to the district');
    await expect(w.el).to.be.accessible();
  });

  it('keeps nothing: no storage, no URL, and every field empty once removed', async () => {
    api.serve();
    const url = location.href;
    const w = await render();
    await w.fill(demo.vouchers.active);
    await w.submit();
    await w.resultShown();
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(location.href).to.equal(url);
    expect(document.cookie).to.equal('');
    const parent = w.el.parentElement!;
    w.el.remove();
    await w.el.updateComplete;
    parent.append(w.el);
    await w.el.updateComplete;
    expect(w.byId<HTMLInputElement>('voucher-code')!.value).to.equal('');
    expect(w.byId<HTMLInputElement>('tax-code')!.value).to.equal('');
    expect(w.$('[part=result]')).to.equal(null);
    expect(w.el.shadowRoot!.textContent).not.to.include('82,50');
  });

  it('speaks English: words, money and dates', async () => {
    api.serve();
    const w = await render('en');
    await w.fill(demo.vouchers.exhausted);
    await w.submit();
    await w.resultShown();
    expect(w.text('[part=state]')).to.equal('○ Used up');
    expect(w.text('[part=balance]')).to.equal('€0.00');
    expect(w.texts('[part=redemptions] thead th')).to.deep.equal(['Date', 'Shop', 'Amount']);
    expect(w.text('[part=redemptions] tbody tr td:last-child')).to.equal('€14.50');
  });

  it('fits a 320 px column', async () => {
    api.serve();
    const wrapper = await fixture<HTMLDivElement>(html`<div><sportello-voucher-checker .client=${api.client}></sportello-voucher-checker></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.firstElementChild as SportelloVoucherChecker;
    const w = page(el);
    await w.type('voucher-code', demo.vouchers.active.voucherCode);
    await w.type('tax-code', demo.vouchers.active.taxCode);
    await w.click('[part=submit]');
    await until(() => w.texts('.shop__name').length === 3, 'shops');
    expect(el.scrollWidth).to.be.at.most(320);
    for (const part of ['form', 'result', 'shops-section']) {
      const box = w.$(`[part=${part}]`)!;
      expect(box.scrollWidth, part).to.be.at.most(box.clientWidth);
    }
  });

  it('503: says the service is down, counts the Retry-After wait down like a 429, keeps what was typed', async () => {
    api.serve();
    api.worker.use(unavailable('post', '/vouchers/checks', 5));
    const w = await render();
    await w.fill(demo.vouchers.active);
    await w.submit();
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 5 secondi.'), 'the wait');
    expect(w.text('[part=alert]')).to.include('Il servizio è temporaneamente non disponibile.');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(w.byId<HTMLInputElement>('voucher-code')!.value).to.equal(demo.vouchers.active.voucherCode);
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 4 secondi.'), 'counting down', 2000);
  });
});
