/// <reference types="mocha" />
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockApi } from '../testing/mock-api';
import { unavailable } from '../testing/unavailable';
import { until } from '../testing/page';
import type { SportelloPpeBooking } from './ppe-booking';
import { DEMO_NOW, demo, person, renderBooking } from './ppe-booking.test-kit';

const api = mockApi();

/** Presses Tab until the focused element in the widget matches `selector` (at most 30 times). */
async function tabTo(root: ShadowRoot, selector: string) {
  for (let i = 0; i < 30; i++) {
    if ((root.activeElement as Element | null)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('<sportello-ppe-booking> flow', () => {
  before(() => api.start());
  after(() => api.stop());

  it('shows the open round: window, allowance, units left, and the steps', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    expect(w.text('[part=title]')).to.equal('Prenota le mascherine');
    expect(w.text('#step-heading')).to.equal('Passo 1 di 5: Turno');
    expect(w.texts('[part=step] .step__name')).to.deep.equal(['Turno', 'Richiedente', 'Edificio', 'Contatto', 'Riepilogo']);
    expect(w.$('[part=step][aria-current=step]')!.textContent).to.include('Turno');
    const round = w.text('[part=round]');
    expect(round).to.include('Mascherine FFP2 — ottobre 2026');
    expect(round).to.include('Prenotazioni aperte dal 6 ottobre 2026 alle ore 09:00 al 5 novembre 2026 alle ore 18:00.');
    expect(round).to.include('5 mascherine FFP2 per ogni persona del nucleo familiare, per nuclei da 1 a 12 persone.');
    expect(round).to.include('Ne restano 121.450.');
    await expect(w.el).to.be.accessible();
  });

  it('works with the keyboard alone, from the round to the confirmed booking', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    w.el.focus();
    await tabTo(w.root, '[part=submit]');
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'step-heading' && w.heading() === 'Passo 2 di 5: Richiedente', 'applicant step focused');
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('tax-code');
    await sendKeys({ type: person.taxCode });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: person.givenName });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: person.familyName });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('household-size');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '4' });
    expect(w.text('[part=quantity]')).to.equal('Riceverai 20 mascherine FFP2.');
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'step-heading' && w.heading() === 'Passo 3 di 5: Edificio', 'building step');
    await tabTo(w.root, '#building-code');
    await sendKeys({ type: 'to0412' });
    await sendKeys({ press: 'Enter' });
    await until(() => w.text('[part=building]').includes('Via Nizza 150, 10126 Torino'), 'building found');
    expect(w.text('[part=status]')).to.equal('Edificio trovato: Via Nizza 150, 10126 Torino. Se è giusto, continua.');
    await sendKeys({ press: 'Enter' });
    await until(() => w.heading() === 'Passo 4 di 5: Contatto', 'contact step');
    await tabTo(w.root, '#phone');
    await sendKeys({ type: person.phone });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await tabTo(w.root, '[part=submit]');
    await sendKeys({ press: 'Enter' });
    await until(() => w.heading() === 'Passo 5 di 5: Riepilogo', 'review');
    expect(w.text('[part=review]')).to.include('4 persone: 20 mascherine FFP2');
    await tabTo(w.root, '[part=submit]');
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'outcome-heading', 'focus on the confirmation');
    const saved = mock.store.state.bookings.at(-1)!;
    expect(saved.householdSize).to.equal(4);
    expect(w.text('[part=booking-code]')).to.equal(saved.bookingCode);
    await sendKeys({ press: 'Tab' });
    expect(w.root.activeElement?.getAttribute('part')).to.equal('copy');
  });

  it('goes back without losing anything typed', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.fillAll();
    await w.click('[part=back]');
    expect(w.heading()).to.equal('Passo 4 di 5: Contatto');
    expect(w.byId<HTMLInputElement>('phone')!.value).to.equal(person.phone);
    expect(w.byId<HTMLInputElement>('consent')!.checked).to.equal(true);
    await w.click('[part=back]');
    expect(w.byId<HTMLInputElement>('building-code')!.value).to.equal(demo.buildingCode);
    expect(w.text('[part=building]')).to.include('Via Nizza 150');
    await w.click('[part=back]');
    expect(w.byId<HTMLInputElement>('tax-code')!.value).to.equal(person.taxCode);
    expect(w.byId<HTMLInputElement>('given-name')!.value).to.equal(person.givenName);
    expect(w.byId<HTMLInputElement>('household-size')!.value).to.equal('3');
    await w.click('[part=back]');
    expect(w.heading()).to.equal('Passo 1 di 5: Turno');
    expect(w.$('[part=back]')).to.equal(null);
  });

  it('the review’s Change buttons lead to the step, and the data comes back to the review', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.fillAll();
    expect(w.texts('[part=change]')).to.deep.equal(['Modifica Turno', 'Modifica Richiedente', 'Modifica Persone nel nucleo familiare', 'Modifica Edificio', 'Modifica Contatto']);
    w.$$<HTMLButtonElement>('[part=change]')[4]!.click();
    await w.el.updateComplete;
    expect(w.heading()).to.equal('Passo 4 di 5: Contatto');
    expect(w.byId<HTMLInputElement>('phone')!.value).to.equal(person.phone);
    await w.type('phone', '011 123 4567');
    await w.next();
    expect(w.heading()).to.equal('Passo 5 di 5: Riepilogo');
    expect(w.text('[part=review]')).to.include('011 123 4567');
    expect(w.text('[part=review]')).to.include('Luigi Verdi');
  });

  it('finds the building by address and shows what it resolved to', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { lang: 'en' });
    await w.fillAll({}, 'address');
    expect(w.text('[part=review]')).to.include('Via Nizza 150, 10126 Turin');
    expect(w.text('[part=review]')).to.include('Delivered by Studio Amministrazioni Ferrero');
  });

  it('prefills and looks up the administrator’s building code (building-code attribute)', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { buildingCode: 'TO-0137' });
    await w.next();
    await w.type('tax-code', person.taxCode);
    await w.type('given-name', person.givenName);
    await w.type('family-name', person.familyName);
    await w.next();
    expect(w.byId<HTMLInputElement>('building-code')!.value).to.equal('TO-0137');
    await until(() => w.text('[part=building]').includes('Corso Francia 98, 10143 Torino'), 'prefilled building resolved');
    expect(api.count('POST', '/v1/ppe/building-lookups')).to.equal(1);
  });

  it('explains a building that is not in the network, and what to do instead', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.next();
    await w.type('tax-code', person.taxCode);
    await w.type('given-name', person.givenName);
    await w.type('family-name', person.familyName);
    await w.next();
    await w.click('#building-mode-1');
    await w.type('street', demo.addresses.notInNetwork.street);
    await w.type('civic-number', demo.addresses.notInNetwork.civicNumber);
    await w.type('cap', demo.addresses.notInNetwork.cap);
    await w.next();
    await until(() => w.text('[part=alert]').startsWith('Questo edificio non è nella rete degli amministratori'), 'not in network');
    expect(w.text('[part=alert]')).to.include('chiama il Contact Center del Comune di Torino');
    expect(w.$('[part=alert]')!.getAttribute('role')).to.equal('alert');
    expect(w.heading()).to.equal('Passo 3 di 5: Edificio');
    await expect(w.el).to.be.accessible();
    await w.type('civic-number', '150');
    expect(w.$('[part=alert]'), 'the message goes when the address changes').to.equal(null);
  });

  it('speaks the language of its lang attribute, else of its nearest ancestor, keeping what was typed', async () => {
    api.serve({ now: DEMO_NOW });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><sportello-ppe-booking .client=${api.client}></sportello-ppe-booking></div>`);
    const el = wrapper.firstElementChild as SportelloPpeBooking;
    const root = el.shadowRoot!;
    await until(() => root.querySelector('[part=round]') !== null, 'rounds');
    expect(root.querySelector('[part=title]')!.textContent).to.equal('Book protective masks');
    await until(() => root.querySelector('[part=round]')!.textContent!.includes('FFP2 masks — October 2026'), 'round title from the API in English');
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    const tax = root.getElementById('tax-code') as HTMLInputElement;
    tax.value = person.taxCode;
    tax.dispatchEvent(new Event('input'));
    el.setAttribute('lang', 'it');
    await el.updateComplete;
    expect(root.getElementById('step-heading')!.textContent).to.equal('Passo 2 di 5: Richiedente');
    expect((root.getElementById('tax-code') as HTMLInputElement).value).to.equal(person.taxCode);
    el.removeAttribute('lang');
    await nextFrame();
    await el.updateComplete;
    expect(root.getElementById('step-heading')!.textContent).to.equal('Step 2 of 5: Applicant');
    wrapper.setAttribute('lang', 'it-IT');
    await nextFrame();
    await el.updateComplete;
    expect(root.getElementById('step-heading')!.textContent).to.equal('Passo 2 di 5: Richiedente');
    expect(root.querySelector('section')!.getAttribute('lang')).to.equal('it');
  });

  it('when the rounds cannot be loaded: says why and retries', async () => {
    const mock = api.serve({ now: DEMO_NOW, scenario: 'offline' });
    const w = await renderBooking(api.client, { lang: 'en' });
    expect(w.text('[part=alert]')).to.include('We cannot reach the service.');
    await expect(w.el).to.be.accessible();
    api.serve({ now: DEMO_NOW, store: mock.store });
    await w.click('[part=retry]');
    await until(() => w.$('[part=round]') !== null, 'rounds after retry');
  });

  it('when the rounds load is rate-limited: counts down', async () => {
    api.serve({ now: DEMO_NOW, scenario: 'rate-limited' });
    const w = await renderBooking(api.client);
    expect(w.text('[part=alert]')).to.include('Puoi riprovare tra 30 secondi.');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 29 secondi.'), 'counting down', 2000);
  });

  it('shows progress while the rounds load (slow scenario)', async () => {
    api.serve({ now: DEMO_NOW, latencyMs: 300 });
    const el = await fixture<SportelloPpeBooking>(html`<sportello-ppe-booking .client=${api.client}></sportello-ppe-booking>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=status]')!.textContent!.trim()).to.equal('Cerchiamo i turni di prenotazione aperti…');
    expect(root.querySelector('[part=status] .progress')).to.exist;
    await expect(el).to.be.accessible();
    await until(() => root.querySelector('[part=round]') !== null, 'rounds');
  });

  it('fits a 320 px column without scrolling sideways, on every step', async () => {
    api.serve({ now: DEMO_NOW });
    const wrapper = await fixture<HTMLDivElement>(html`<div><sportello-ppe-booking .client=${api.client}></sportello-ppe-booking></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.firstElementChild as SportelloPpeBooking;
    const root = el.shadowRoot!;
    await until(() => root.querySelector('[part=round]') !== null, 'rounds');
    const fits = (label: string) => {
      const section = root.querySelector('section')!;
      expect(el.scrollWidth, label).to.be.at.most(320);
      expect(section.scrollWidth, label).to.be.at.most(section.clientWidth);
    };
    fits('round');
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    (root.getElementById('household-size') as HTMLInputElement).value = '';
    root.getElementById('household-size')!.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('[part=error-summary] li')).to.have.length(4);
    fits('applicant with every error');
  });

  it('when the rounds load meets a 503: counts the Retry-After wait down like a 429', async () => {
    api.serve({ now: DEMO_NOW });
    api.worker.use(unavailable('get', '/ppe/rounds', 5));
    const w = await renderBooking(api.client);
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 5 secondi.'), 'the wait');
    expect(w.text('[part=alert]')).to.include('Il servizio è temporaneamente non disponibile.');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 4 secondi.'), 'counting down', 2000);
  });
});
