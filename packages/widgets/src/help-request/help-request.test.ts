/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { mockApi } from '../testing/mock-api';
import { unavailable } from '../testing/unavailable';
import { until } from '../testing/page';
import { renderHelp, validRequest } from './help-request.testing';

const api = mockApi();
const CREATE = '/v1/help/requests';
const SEED_TICKETS = 4;

describe('<sportello-help-request>: asking for help', () => {
  before(() => api.start());
  after(() => api.stop());

  it('works with the keyboard alone, from the topic to the ticket’s status', async function () {
    this.timeout(10000);
    const mock = api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    w.byId('topic-0')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(w.byId<HTMLInputElement>('topic-1')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('for-whom-0');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('description');
    await sendKeys({ type: 'Mio padre deve imparare a usare le videochiamate.' });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('phone');
    await sendKeys({ type: '333 765 4321' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('channel-0');
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('time-3');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('district');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('privacy-consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await w.succeeded();
    await until(() => w.focused() === 'success-title', 'focus on the confirmation');
    const created = mock.store.state.helpTickets.at(-1)!;
    expect(mock.store.state.helpTickets).to.have.length(SEED_TICKETS + 1);
    expect(created).to.include({ topic: 'apps-and-accounts', forWhom: 'myself', district: 4 });
    expect(created.contact).to.deep.equal({ phone: '+393337654321', preferredChannel: 'phone', preferredTime: 'evening' });
    expect(w.text('[part=ticket-code]')).to.equal(created.ticketCode);
    expect(w.texts('.next li')[1]).to.equal('Un volontario ti contatta per telefono, di sera, per capire insieme come aiutarti.');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'lookup-title', 'the look-up');
    expect(w.byId<HTMLInputElement>('lookup-code')!.value).to.equal(created.ticketCode);
    w.byId('lookup-contact')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => w.text('[part=ticket-state]') === '● Ricevuta', 'the ticket');
    await until(() => w.focused() === 'ticket-title', 'focus on the ticket');
  });

  it('explains every missing answer next to its field and in the summary, before any request', async () => {
    api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    await w.submit();
    await until(() => w.focused() === 'topic-0', 'focus on the first topic');
    expect(w.text('[part=error-summary] [role=heading]')).to.equal('Ci sono 7 problemi da correggere');
    expect(w.texts('[part=error-summary] a')).to.deep.equal([
      'Scegli di che aiuto hai bisogno.',
      'Scegli per chi è l’aiuto.',
      'Scrivi di cosa hai bisogno.',
      'Scrivi un numero di telefono o un indirizzo e-mail.',
      'Scegli se preferisci essere contattato per telefono o per e-mail.',
      'Scegli la tua circoscrizione.',
      'Per inviare la richiesta devi accettare l’informativa sulla privacy.',
    ]);
    for (const id of ['topic', 'for-whom', 'description', 'phone', 'channel', 'district', 'privacy-consent']) {
      expect(w.byId(id)!.getAttribute('aria-invalid'), id).to.equal('true');
      expect(w.text(`#${id}-error`), id).to.match(/^Errore: /);
    }
    expect(api.count('POST', CREATE)).to.equal(0);
    await expect(w.el).to.be.accessible();
  });

  it('words each wrong answer precisely', async () => {
    api.serve();
    const w = await renderHelp(api.client, { lang: 'en' });
    await w.ready();
    const cases: [Parameters<typeof w.fill>[0], string, string][] = [
      [{ description: 'help' }, 'description', 'Write at least 10 characters, so the volunteer understands how to help.'],
      [{ phone: '12345' }, 'phone', 'Type an Italian phone number, for example 333 123 4567.'],
      [{ phone: '333 12' }, 'phone', 'The phone number is too short.'],
      [{ phone: '333 123 456 789' }, 'phone', 'The phone number is too long.'],
      [{ phone: '', email: 'maria@' }, 'email', 'Type a complete e-mail address, for example name@example.org.'],
      [{ phone: '', email: 'maria@example.org', channel: 'phone' }, 'phone', 'You chose to be contacted by phone: type the number, or choose e-mail.'],
      [{ phone: '333 123 4567', email: '', channel: 'email' }, 'email', 'You chose to be contacted by e-mail: type the address, or choose phone.'],
    ];
    for (const [filling, id, message] of cases) {
      await w.fill(filling);
      await w.submit();
      expect(w.text(`#${id}-error`), message).to.equal(`Error: ${message}`);
    }
    await w.fill({ topic: 'psychological-support' });
    await w.submit();
    expect(w.text('#health-consent-error')).to.equal('Error: Psychological support also needs this consent.');
    expect(api.count('POST', CREATE)).to.equal(0);
  });

  it('asks the health-data consent only for psychological support, in plain words, and sends it', async () => {
    const mock = api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    await w.fill({ ...validRequest, topic: 'homework' });
    expect(w.$('[part=health-consent]')).to.equal(null);
    await w.fill({ topic: 'psychological-support' });
    expect(w.text('[part=health-consent] h3')).to.equal('Un consenso in più per il supporto psicologico');
    expect(w.text('#health-consent-hint')).to.include('GDPR, articolo 9');
    await expect(w.el).to.be.accessible();
    await w.fill({ health: true });
    await w.submit();
    await w.succeeded();
    expect(mock.store.state.helpTickets.at(-1)!.topic).to.equal('psychological-support');
  });

  it('files the request once however often it is submitted, and tells the page without the description', async () => {
    const mock = api.serve({ latencyMs: 300 });
    const url = location.href;
    const logged: string[] = [];
    const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    for (const k of Object.keys(originals) as (keyof typeof originals)[]) console[k] = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const w = await renderHelp(api.client);
      await w.ready();
      const events: CustomEvent[] = [];
      w.el.addEventListener('sportello-help-request-created', (e) => events.push(e));
      await w.fill(validRequest);
      w.$<HTMLButtonElement>('form[part=form] [part=submit]')!.click();
      w.$<HTMLButtonElement>('form[part=form] [part=submit]')!.click();
      await w.el.updateComplete;
      expect(w.text('form[part=form] [part=status]')).to.equal('Invio della richiesta in corso…');
      expect(w.$('form[part=form] [part=submit]')!.getAttribute('aria-disabled')).to.equal('true');
      await w.succeeded();
      expect(mock.store.state.helpTickets).to.have.length(SEED_TICKETS + 1);
      expect(api.count('POST', CREATE)).to.equal(1);
      expect(events).to.have.length(1);
      const ticket = mock.store.state.helpTickets.at(-1)!;
      expect(events[0]!.detail).to.deep.equal({ ticketCode: ticket.ticketCode, topic: 'apps-and-accounts' });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    } finally {
      Object.assign(console, originals);
    }
    expect(logged.join('\n')).not.to.include('SPID');
    expect(location.href).to.equal(url);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('when the answer is lost on the way back, retrying makes no second request record and nothing is retyped', async () => {
    const mock = api.serve();
    api.worker.use(
      http.post(
        '*/v1/help/requests',
        async ({ request }) => {
          await mock.answer(request);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const w = await renderHelp(api.client, { lang: 'en' });
    await w.ready();
    await w.fill(validRequest);
    await w.submit();
    await until(() => w.text('[part=alert]').startsWith('We cannot reach the service.'), 'the network message');
    expect(w.byId<HTMLTextAreaElement>('description')!.value).to.equal(validRequest.description);
    expect(w.byId<HTMLInputElement>('phone')!.value).to.equal(validRequest.phone);
    expect(w.byId<HTMLInputElement>('privacy-consent')!.checked).to.equal(true);
    await expect(w.el).to.be.accessible();
    await w.click('[part=retry]');
    await w.succeeded();
    expect(mock.store.state.helpTickets).to.have.length(SEED_TICKETS + 1);
    expect(w.text('[part=ticket-code]')).to.equal(mock.store.state.helpTickets.at(-1)!.ticketCode);
    const keys = api.requests.filter((r) => r.path === CREATE).map((r) => r.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });

  it('offline: says so, keeps everything, and the retry files one request', async () => {
    api.serve({ scenario: 'offline' });
    const w = await renderHelp(api.client);
    await until(() => w.text('[part=alert]').startsWith('Non riusciamo a raggiungere il servizio'), 'topics failure');
    const mock = api.serve();
    await w.click('[part=retry]');
    await w.ready();
    await w.fill(validRequest);
    api.serve({ scenario: 'offline' });
    await w.submit();
    await until(() => w.$('form [part=alert]') !== null, 'the network message');
    api.worker.resetHandlers(...mock);
    await w.click('[part=retry]');
    await w.succeeded();
    expect(mock.store.state.helpTickets).to.have.length(SEED_TICKETS + 1);
  });

  it('503 on sending: says the service is down, counts the Retry-After wait down like a 429, keeps the form', async () => {
    api.serve();
    const w = await renderHelp(api.client);
    await w.ready();
    api.worker.use(unavailable('post', '/help/requests', 5));
    await w.fill(validRequest);
    await w.submit();
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 5 secondi.'), 'the wait');
    expect(w.text('[part=alert]')).to.include('Il servizio è temporaneamente non disponibile.');
    expect(w.$('form[part=form] [part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(w.byId<HTMLTextAreaElement>('description')!.value).to.equal(validRequest.description);
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 4 secondi.'), 'counting down', 2000);
  });
});
