/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { demo, demoToken, type DemoOperator } from '@sportello/mocks';
import type { TokenSource } from '@sportello/sdk';
import { mockApi } from '../testing/mock-api';
import { unavailable } from '../testing/unavailable';
import { page, until } from '../testing/page';
import '../define/sportello-voucher-till';
import type { RedemptionCreatedEvent } from './voucher-till.events';
import type { SportelloVoucherTill } from './voucher-till';

const api = mockApi();
const REDEMPTIONS = '/v1/operator/vouchers/redemptions';
/** Requests that reached the API (not the page's own modules). */
const apiCalls = () => api.requests.filter((r) => r.path.startsWith('/v1/'));
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
const as = (who: DemoOperator): TokenSource => () => demoToken(who);

async function render(o: { lang?: string; getToken?: TokenSource | undefined } = {}) {
  const getToken = 'getToken' in o ? o.getToken : as('shop');
  const el = await fixture<SportelloVoucherTill>(html`<sportello-voucher-till lang=${o.lang ?? 'it'} .client=${api.client} .getToken=${getToken}></sportello-voucher-till>`);
  const p = page(el);
  const fill = async (v: { voucherCode: string; taxCode: string }, amount: string) => {
    await p.type('voucher-code', v.voucherCode);
    await p.type('tax-code', v.taxCode);
    await p.type('amount', amount);
  };
  const charge = () => p.click('form [part=submit]');
  const receipt = () => until(() => p.$('[part=receipt]') !== null, 'the receipt');
  const alert = (text: string) => until(() => p.text('form [part=alert]').includes(text), `alert «${text}»`);
  const todayShown = () => until(() => p.$('[part=today-total], [part=today-empty]') !== null, "today's payments");
  return { el, ...p, fill, charge, receipt, alert, todayShown };
}

describe('<sportello-voucher-till>', () => {
  before(() => api.start());
  after(() => api.stop());

  it('signed out: without getToken asks to sign in and sends nothing; a token is never read from an attribute', async () => {
    api.serve();
    const w = await render({ getToken: undefined });
    expect(w.text('[part=signed-out] h2')).to.equal('Accedi per usare la cassa');
    expect(w.$('form')).to.equal(null);
    w.el.setAttribute('get-token', 'demo:shop');
    w.el.setAttribute('gettoken', 'demo:shop');
    await w.el.updateComplete;
    expect(w.el.getToken).to.equal(undefined);
    expect(w.$('form')).to.equal(null);
    expect(apiCalls()).to.have.length(0);
    await expect(w.el).to.be.accessible();
    w.el.getToken = as('shop');
    await until(() => w.$('form') !== null, 'the till once signed in');
    await w.todayShown();
  });

  it('loading, then an empty day', async () => {
    api.serve({ latencyMs: 300 });
    const w = await render();
    expect(w.text('[part=today] [part=status]')).to.equal('Caricamento dei pagamenti di oggi…');
    expect(w.$('[part=today] .progress')).to.exist;
    await w.todayShown();
    expect(w.text('[part=today-empty]')).to.equal('Nessun pagamento con buoni spesa oggi.');
    await expect(w.el).to.be.accessible();
  });

  it('charges € 12,50: the credit before and after, the receipt focused, the form emptied, today’s total, one redemption in the store', async () => {
    const mock = api.serve();
    const w = await render();
    const events: RedemptionCreatedEvent[] = [];
    w.el.addEventListener('sportello-redemption-created', (e) => events.push(e));
    await w.todayShown();
    await w.fill(demo.vouchers.active, '12,50');
    await w.charge();
    await w.receipt();
    expect(w.text('[part=receipt] h3')).to.equal('Pagamento registrato');
    expect(w.text('[part=amount-charged]')).to.equal('€\u00a012,50');
    expect(w.text('[part=balance-before]')).to.equal('€\u00a082,50');
    expect(w.text('[part=balance-after]')).to.equal('€\u00a070,00');
    expect(w.text('[part=void-until]')).to.match(/^Puoi annullarlo fino alle \d\d:\d\d\.$/);
    await until(() => w.focused() === 'receipt-title', 'focus on the receipt');
    for (const id of ['voucher-code', 'tax-code', 'amount']) expect(w.byId<HTMLInputElement>(id)!.value, id).to.equal('');
    await until(() => w.text('[part=today-total]') === '1 pagamento, totale €\u00a012,50', 'today’s total');
    expect(mock.store.state.shopRedemptions).to.have.length(1);
    expect(mock.store.state.shopRedemptions[0]!.amountCents).to.equal(1250);
    expect(events.map((e) => e.detail)).to.deep.equal([{ redemptionId: mock.store.state.shopRedemptions[0]!.id, amountCents: 1250 }]);
    expect(JSON.stringify(events[0]!.detail)).not.to.include(demo.vouchers.active.taxCode);
    await expect(w.el).to.be.accessible();
  });

  it('speaks English: 12.50 is € 12.50', async () => {
    api.serve();
    const w = await render({ lang: 'en' });
    await w.fill(demo.vouchers.active, '12.50');
    await w.charge();
    await w.receipt();
    expect(w.text('[part=receipt] h3')).to.equal('Payment recorded');
    expect(w.text('[part=balance-after]')).to.equal('€70.00');
    await until(() => w.text('[part=today-total]') === '1 payment, total €12.50', 'today’s total');
    expect(w.texts('[part=redemptions] thead th')).to.deep.equal(['Time', 'Voucher', 'Amount', 'State']);
  });

  it('catches mistakes before any request, next to each field and in the summary', async () => {
    api.serve();
    const w = await render();
    await w.todayShown();
    const sent = apiCalls().length;
    await w.fill({ voucherCode: 'BS-4D2N-8WQ5-P', taxCode: 'RSSMRA85T10L219X' }, '12,505');
    await w.charge();
    await until(() => w.focused() === 'voucher-code', 'focus on the first invalid field');
    expect(w.text('#amount-error')).to.equal('Errore: Scrivi l’importo in euro, per esempio 12,50.');
    expect(w.byId('amount')!.getAttribute('aria-invalid')).to.equal('true');
    expect(w.texts('[part=error-summary] a')).to.have.length(3);
    await w.fill(demo.vouchers.active, '0');
    await w.charge();
    expect(w.text('#amount-error')).to.equal('Errore: L’importo va da 0,01 a 1.000,00 euro.');
    expect(apiCalls()).to.have.length(sent);
    await expect(w.el).to.be.accessible();
  });

  it('404: an unknown code or someone else’s, the same words; nothing charged', async () => {
    const mock = api.serve();
    const w = await render();
    await w.fill({ voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.vouchers.expiringSoon.taxCode }, '5');
    await w.charge();
    await w.alert('Non troviamo un buono con questo codice');
    expect(w.$('form [part=retry]')).to.equal(null);
    expect(w.byId<HTMLInputElement>('amount')!.value).to.equal('5');
    expect(mock.store.state.shopRedemptions).to.have.length(0);
    await expect(w.el).to.be.accessible();
  });

  it('409 insufficient balance: says what is left and offers to charge exactly that', async () => {
    const mock = api.serve();
    const w = await render();
    await w.fill(demo.vouchers.active, '100');
    await w.charge();
    await w.alert('Il credito non basta: sul buono restano €\u00a082,50.');
    await expect(w.el).to.be.accessible();
    await w.click('[part=use-balance]');
    await until(() => w.focused() === 'amount', 'focus on the amount');
    expect(w.byId<HTMLInputElement>('amount')!.value).to.equal('82,50');
    await w.charge();
    await w.receipt();
    expect(w.text('[part=balance-after]')).to.equal('€\u00a00,00');
    expect(mock.store.state.shopRedemptions).to.have.length(1);
  });

  it('409 voucher not active: an expired voucher cannot be charged', async () => {
    api.serve();
    const w = await render({ lang: 'en' });
    await w.fill(demo.vouchers.expired, '1');
    await w.charge();
    await w.alert('This voucher cannot be used');
    await expect(w.el).to.be.accessible();
  });

  it('403: a sign-in that is not a shop’s cannot charge', async () => {
    api.serve();
    const w = await render({ getToken: as('administrator') });
    await until(() => w.text('[part=today] [part=alert]').includes('serve l’accesso di un negozio aderente'), 'today forbidden');
    await w.fill(demo.vouchers.active, '1');
    await w.charge();
    await w.alert('Questo accesso non può incassare buoni spesa');
    await expect(w.el).to.be.accessible();
  });

  it('401 or no token any more: asks to sign in again and keeps what was typed', async () => {
    api.serve();
    let token: string | null = 'not-a-demo-token';
    const w = await render({ getToken: () => token });
    await w.fill(demo.vouchers.active, '3');
    await w.charge();
    await w.alert('L’accesso è scaduto o non è valido.');
    expect(w.byId<HTMLInputElement>('voucher-code')!.value).to.equal(demo.vouchers.active.voucherCode);
    token = null;
    const before = apiCalls().length;
    await w.click('form [part=retry]');
    await w.alert('L’accesso è scaduto o non è valido.');
    expect(apiCalls().length).to.equal(before);
    token = demoToken('shop');
    await w.click('form [part=retry]');
    await w.receipt();
  });

  it('the answer lost on the way back: retry sends the same Idempotency-Key, and the voucher is charged once', async () => {
    const mock = api.serve();
    let drop = true;
    api.worker.use(
      http.post(`*${REDEMPTIONS}`, async ({ request }) => {
        if (!drop) return undefined;
        drop = false;
        await mock.answer(request); // the mock server charges the voucher...
        return HttpResponse.error(); // ...and the till never hears back
      }),
    );
    const w = await render();
    await w.fill(demo.vouchers.active, '12,50');
    await w.charge();
    await w.alert('Non sappiamo se il pagamento è arrivato.');
    expect(mock.store.state.shopRedemptions).to.have.length(1);
    expect(w.byId<HTMLInputElement>('amount')!.value).to.equal('12,50');
    await expect(w.el).to.be.accessible();
    await w.click('form [part=retry]');
    await w.receipt();
    expect(w.text('[part=balance-after]')).to.equal('€\u00a070,00');
    const keys = api.requests.filter((r) => r.method === 'POST' && r.path === REDEMPTIONS).map((r) => r.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    expect(mock.store.state.shopRedemptions).to.have.length(1);
    // The next customer's payment is another redemption: a new key.
    await w.fill(demo.vouchers.active, '1');
    await w.charge();
    await until(() => w.text('[part=amount-charged]') === '€\u00a01,00', 'second receipt');
    const last = api.requests.filter((r) => r.method === 'POST' && r.path === REDEMPTIONS).at(-1)!;
    expect(last.idempotencyKey).not.to.equal(keys[0]);
    expect(mock.store.state.shopRedemptions).to.have.length(2);
  });

  it('offline: keeps the input and offers a retry', async () => {
    api.serve({ scenario: 'offline' });
    const w = await render({ lang: 'en' });
    await w.fill(demo.vouchers.active, '2');
    await w.charge();
    await w.alert('We cannot reach the service.');
    expect(w.text('form [part=alert]')).to.include('the same payment is never charged twice');
    expect(w.byId<HTMLInputElement>('tax-code')!.value).to.equal(demo.vouchers.active.taxCode);
    expect(w.$('form [part=retry]')).to.exist;
    expect(w.text('[part=today] [part=alert]')).to.include('We cannot load today’s payments.');
    await expect(w.el).to.be.accessible();
  });

  it('rate-limited (429) and unavailable (503): count the wait down and block the charge meanwhile', async () => {
    api.serve({ scenario: 'rate-limited' });
    const w = await render();
    await w.fill(demo.vouchers.active, '2');
    await w.charge();
    await w.alert('Puoi riprovare tra 30 secondi.');
    expect(w.text('form [part=alert]')).to.include('Troppi tentativi in poco tempo.');
    expect(w.$('form [part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    const sent = apiCalls().length;
    await w.charge();
    expect(apiCalls().length).to.equal(sent);
    await expect(w.el).to.be.accessible();

    api.serve();
    api.worker.use(unavailable('post', '/operator/vouchers/redemptions', 5));
    const v = await render({ lang: 'en' });
    await v.fill(demo.vouchers.active, '2');
    await v.charge();
    await v.alert('You can try again in 5 seconds.');
    await until(() => v.text('form [part=alert]').includes('in 4 seconds'), 'counting down', 2000);
  });

  it('voids the last payment after a confirmation: the amount goes back, today’s total drops', async () => {
    const mock = api.serve();
    const w = await render();
    await w.fill(demo.vouchers.active, '12,50');
    await w.charge();
    await w.receipt();
    await w.click('[part=void]');
    expect(w.text('[part=void-confirm] p')).to.equal('Annullare il pagamento di €\u00a012,50? L’importo torna sul buono.');
    await until(() => w.root.activeElement?.getAttribute('part') === 'void-no', 'focus on "keep it"');
    await expect(w.el).to.be.accessible();
    await w.click('[part=void-no]');
    expect(w.$('[part=void-confirm]')).to.equal(null);
    expect(mock.store.state.shopRedemptions[0]!.voided).to.not.equal(true);
    await w.click('[part=void]');
    await w.click('[part=void-yes]');
    await until(() => w.text('[part=receipt] h3') === 'Pagamento annullato', 'voided');
    expect(w.text('[part=balance-after]')).to.equal('€\u00a082,50');
    expect(w.$('[part=void]')).to.equal(null);
    await until(() => w.text('[part=today-total]') === '0 pagamenti, totale €\u00a00,00', 'today after the void');
    expect(w.text('[part=redemptions] tbody td:last-child')).to.equal('Annullato');
    expect(mock.store.state.vouchers.find((v) => v.voucherCode === demo.vouchers.active.voucherCode)!.balanceCents).to.equal(8250);
    await expect(w.el).to.be.accessible();
  });

  it('after 15 minutes the payment can no longer be voided, and says so', async () => {
    api.serve({ now: new Date(Date.now() - 20 * 60_000) });
    const w = await render();
    await w.fill(demo.vouchers.active, '1');
    await w.charge();
    await w.receipt();
    expect(w.text('[part=void-until]')).to.equal('Non si può più annullare: sono passati 15 minuti.');
    expect(w.$('[part=void]')).to.equal(null);
  });

  it('works with the keyboard alone, in a 320 px column, with targets of at least 44 px', async () => {
    api.serve();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '320px'; // through the CSSOM: the test page's CSP refuses style attributes
    const w = await render();
    wrapper.append(w.el);
    await w.todayShown();
    w.byId('voucher-code')!.focus();
    await sendKeys({ type: demo.vouchers.active.voucherCode.toLowerCase() });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: demo.vouchers.active.taxCode });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('amount');
    await sendKeys({ type: '4,20' });
    await sendKeys({ press: 'Enter' });
    await w.receipt();
    await until(() => w.focused() === 'receipt-title', 'focus on the receipt');
    await sendKeys({ press: 'Tab' });
    expect(w.root.activeElement?.getAttribute('part')).to.equal('void');
    await sendKeys({ press: 'Enter' });
    await until(() => w.root.activeElement?.getAttribute('part') === 'void-no', 'focus on "keep it"');
    await sendKeys({ press: 'Enter' });
    await until(() => w.root.activeElement?.getAttribute('part') === 'void', 'focus back on void');
    expect(w.el.getBoundingClientRect().width).to.equal(320);
    expect(w.el.scrollWidth).to.be.at.most(320);
    for (const part of ['form', 'receipt', 'today']) expect(w.$(`[part=${part}]`)!.scrollWidth, part).to.be.at.most(w.$(`[part=${part}]`)!.clientWidth);
    for (const b of w.$$('button, input')) {
      const box = b.getBoundingClientRect();
      expect(box.height, b.outerHTML.slice(0, 60)).to.be.at.least(44);
      expect(box.width, b.outerHTML.slice(0, 60)).to.be.at.least(44);
    }
  });

  it('met no Content-Security-Policy or Trusted Types violation in any of the states above', () => {
    expect(violations).to.deep.equal([]);
  });
});
