/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demo } from '@sportello/mocks';
import { http, HttpResponse } from 'msw';
import { mockApi } from '../testing/mock-api';
import { page, until } from '../testing/page';
import type { SportelloHelpRequest } from './help-request';
import { renderHelp, validRequest } from './help-request.testing';

const api = mockApi();

describe('<sportello-help-request>: topics, counter, waiting, states', () => {
  before(() => api.start());
  after(() => api.stop());

  it('offers the topics from the API as cards with their one-line explanation', async () => {
    api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    expect(w.texts('.card__title')).to.deep.equal(['Aiuto compiti', 'App e account', 'Piccole commissioni', 'Supporto psicologico', 'Altro']);
    expect(w.byId('topic-0')!.getAttribute('aria-describedby')).to.equal('topic-0-desc');
    expect(w.text('#topic-0-desc')).to.equal('Volontari aiutano bambini e ragazzi a fare i compiti, anche a distanza.');
    await expect(w.el).to.be.accessible();
  });

  it('the topics attribute restricts the offer; a single topic is preselected', async () => {
    api.serve();
    const two = await renderHelp(api.client, { topics: 'other, homework' });
    await two.ready();
    expect(two.texts('.card__title')).to.deep.equal(['Aiuto compiti', 'Altro']);
    expect(two.$$<HTMLInputElement>('input[name=topic]').some((r) => r.checked)).to.equal(false);
    const one = await renderHelp(api.client, { topics: 'homework', lang: 'en' });
    await one.ready();
    expect(one.texts('.card__title')).to.deep.equal(['Homework help']);
    expect(one.byId<HTMLInputElement>('topic-0')!.checked).to.equal(true);
    const mock = api.serve();
    await one.fill({ ...validRequest, topic: undefined });
    await one.submit();
    await one.succeeded();
    expect(mock.store.state.helpTickets.at(-1)!.topic).to.equal('homework');
  });

  it('loading, no topics, and a failure to load with a retry', async () => {
    api.serve({ scenario: 'slow', latencyMs: 400 });
    const slow = await renderHelp(api.client);
    expect(slow.text('[part=status]')).to.equal('Caricamento degli argomenti…');
    expect(slow.$('[part=status] .progress')).to.exist;
    await slow.ready();
    api.serve({ scenario: 'empty' });
    const empty = await renderHelp(api.client);
    await empty.ready();
    expect(empty.text('[part=empty]')).to.equal('In questo momento i volontari non possono accogliere nuove richieste da questa pagina. Riprova nei prossimi giorni.');
    await expect(empty.el).to.be.accessible();
    api.serve({ scenario: 'server-error' });
    const broken = await renderHelp(api.client, { lang: 'en' });
    await broken.ready();
    expect(broken.text('[part=alert]')).to.include('Something went wrong on the service.');
    api.serve();
    await broken.click('[part=retry]');
    await until(() => broken.texts('.card__title').length === 5, 'topics after retry');
  });

  it('counts characters as you type, and announces them politely after a pause or near the limit', async function () {
    this.timeout(6000);
    api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    w.byId('description')!.focus();
    await sendKeys({ type: 'Serve aiuto' });
    expect(w.text('[part=counter]')).to.equal('11 caratteri su 500');
    expect(w.byId('description')!.getAttribute('aria-describedby')).to.equal('description-hint description-counter');
    expect(w.byId('description-announcer')!.getAttribute('aria-live')).to.equal('polite');
    expect(w.text('#description-announcer')).to.equal('');
    await until(() => w.text('#description-announcer') === 'Restano 489 caratteri.', 'the announcement after a pause', 2500);
    await w.type('description', 'x'.repeat(455));
    expect(w.text('#description-announcer')).to.equal('Restano 45 caratteri.');
    expect(w.$('[part=counter]')!.classList.contains('counter--near')).to.equal(true);
    expect(w.byId<HTMLTextAreaElement>('description')!.maxLength).to.equal(500);
  });

  it('after too many requests shows the wait, counts down, then sends', async function () {
    this.timeout(8000);
    const mock = api.serve({ rateLimits: { default: { limit: 1, windowSeconds: 2 } } });
    const w = await renderHelp(api.client);
    await w.ready();
    await w.fill(validRequest);
    await w.submit();
    await until(() => /Puoi riprovare tra [12] second/.test(w.text('[part=alert]')), 'the wait');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    await w.submit();
    expect(api.count('POST', '/v1/help/requests')).to.equal(1);
    await expect(w.el).to.be.accessible();
    await until(() => w.$('[part=retry]')?.getAttribute('aria-disabled') === 'false', 'retry allowed', 3500);
    expect(w.text('form [part=status]')).to.equal('Ora puoi riprovare.');
    await w.click('[part=retry]');
    await w.succeeded();
    expect(mock.store.state.helpTickets).to.have.length(5);
  });

  it('shows the API’s field errors next to their fields', async () => {
    api.serve();
    const w = await renderHelp(api.client, { lang: 'en' });
    await w.ready();
    api.worker.use(
      http.post('*/v1/help/requests', () =>
        HttpResponse.json(
          { type: 'urn:sportello:problem:validation-error', title: 'x', status: 400, errors: [{ pointer: '/contact/email', code: 'format' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await w.fill({ ...validRequest, email: 'maria@example.org', channel: 'phone' });
    await w.submit();
    await until(() => w.byId('email')?.getAttribute('aria-invalid') === 'true', 'the email marked');
    expect(w.text('#email-error')).to.equal('Error: Type a complete e-mail address, for example name@example.org.');
    await until(() => w.focused() === 'email', 'focus on the email');
  });

  it('a key reused with other details is explained, and the next submission uses a new key', async () => {
    const mock = api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    api.worker.use(
      http.post(
        '*/v1/help/requests',
        () =>
          HttpResponse.json(
            { type: 'urn:sportello:problem:idempotency-key-reused', title: 'x', status: 422 },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await w.fill(validRequest);
    await w.submit();
    await until(() => w.text('[part=alert]') !== '', 'the alert');
    expect(w.text('[part=alert]')).to.equal('Hai cambiato i dati mentre la richiesta veniva inviata. Controllali e invia di nuovo.');
    expect(w.$('[part=retry]')).to.equal(null);
    await w.submit();
    await w.succeeded();
    const keys = api.requests.filter((r) => r.path === '/v1/help/requests').map((r) => r.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).not.to.equal(keys[1]);
    expect(mock.store.state.helpTickets).to.have.length(5);
  });

  it('the confirmation: code to copy, what happens next, another request starts empty', async () => {
    api.serve();
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      const w = await renderHelp(api.client, { lang: 'en' });
      await w.ready();
      await w.fill({ ...validRequest, email: 'maria@example.org', channel: 'email' });
      await w.radio('time', 'morning');
      await w.submit();
      await w.succeeded();
      const code = w.text('[part=ticket-code]');
      expect(code).to.match(/^PC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
      expect(w.texts('.next li')[1]).to.equal('A volunteer contacts you by e-mail, in the morning, to work out together how to help.');
      await w.click('[part=copy]');
      await until(() => w.text('[part=copy-status]') === 'Code copied.', 'copied');
      expect(copied).to.deep.equal([code]);
      await expect(w.el).to.be.accessible();
      await w.click('[part=another]');
      await w.ready();
      expect(w.byId<HTMLTextAreaElement>('description')!.value).to.equal('');
      expect(w.byId<HTMLInputElement>('email')!.value).to.equal('');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('keeps nothing once removed from the page', async () => {
    api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    await w.fill(validRequest);
    const parent = w.el.parentElement!;
    w.el.remove();
    await w.el.updateComplete;
    parent.append(w.el);
    await w.ready();
    expect(w.byId<HTMLTextAreaElement>('description')!.value).to.equal('');
    expect(w.byId<HTMLInputElement>('phone')!.value).to.equal('');
    expect(w.byId<HTMLInputElement>('privacy-consent')!.checked).to.equal(false);
  });

  it('fits a 320 px column', async () => {
    api.serve();
    const wrapper = await fixture<HTMLDivElement>(html`<div><sportello-help-request .client=${api.client}></sportello-help-request></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.firstElementChild as SportelloHelpRequest;
    const w = page(el);
    await until(() => w.$('[part~=topic-card]') !== null, 'topics');
    w.$<HTMLInputElement>('input[value=psychological-support]')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const form = w.$('form')!;
    expect(form.scrollWidth).to.be.at.most(form.clientWidth);
  });

  it('checks a request: every status, the scheduled time, not found, and its own validation', async () => {
    api.serve();
    const w = await renderHelp(api.client, { mode: 'lookup' });
    const look = async (code: string, contact: string) => {
      await w.type('lookup-code', code);
      await w.type('lookup-contact', contact);
      await w.click('[part=lookup-form] [part=submit]');
    };
    await look('', '');
    expect(w.texts('[part=error-summary] a')).to.deep.equal(['Scrivi il codice della richiesta.', 'Scrivi il telefono o l’e-mail che hai indicato nella richiesta.']);
    await look('PC-3H8K-2MV6-C', 'anna@');
    expect(w.text('#lookup-code-error')).to.equal('Errore: Il codice non è corretto: controlla di averlo copiato bene.');
    expect(w.text('#lookup-contact-error')).to.equal('Errore: Scrivi un numero di telefono italiano o un indirizzo e-mail completo.');
    expect(api.count('POST', '/v1/help/request-lookups')).to.equal(0);
    const t = demo.tickets;
    const states: [string, string, string][] = [
      [t.received.ticketCode, '333 123 4567', '● Ricevuta'],
      [t.assigned.ticketCode, t.assigned.email, '● Affidata a un volontario'],
      [t.scheduled.ticketCode, t.scheduled.email.toUpperCase(), '● Appuntamento fissato'],
      [t.closed.ticketCode, t.closed.phone, '● Conclusa'],
    ];
    for (const [code, contact, state] of states) {
      await look(code, contact);
      await until(() => w.text('[part=ticket-state]') === state, state);
      if (state.includes('Appuntamento')) {
        expect(w.text('[part=scheduled]')).to.match(/^Appuntamento: \d{1,2} \w{3} \d{4}, 16:30\.$/);
        expect(w.$$('[part=steps] li').map((li) => li.getAttribute('aria-current'))).to.deep.equal(['false', 'false', 'step', 'false']);
        expect(w.text('[part=steps] li:first-child')).to.equal('✓ Ricevuta (fatto)');
        await expect(w.el).to.be.accessible();
      }
    }
    await look(t.received.ticketCode, t.closed.phone);
    await until(() => w.text('[part=alert]') !== '', 'not found');
    expect(w.text('[part=alert]')).to.equal('Non troviamo una richiesta con questo codice e questo recapito. Controlla entrambi e riprova.');
    expect(w.$('[part=ticket]')).to.equal(null);
  });

  it('look-up: waits after too many attempts', async function () {
    this.timeout(8000);
    api.serve({ rateLimits: { lookups: { limit: 1, windowSeconds: 2 } } });
    const w = await renderHelp(api.client, { mode: 'lookup', lang: 'en' });
    await w.type('lookup-code', demo.tickets.received.ticketCode);
    await w.type('lookup-contact', demo.tickets.received.phone);
    await w.click('[part=lookup-form] [part=submit]');
    await until(() => w.text('[part=ticket-state]') === '● Received', 'found');
    await w.click('[part=lookup-form] [part=submit]');
    await until(() => /You can try again in [12] second/.test(w.text('[part=alert]')), 'the wait');
    await until(() => w.$('[part=retry]')?.getAttribute('aria-disabled') === 'false', 'retry allowed', 3500);
    await w.click('[part=retry]');
    await until(() => w.text('[part=ticket-state]') === '● Received', 'found again');
  });
});
