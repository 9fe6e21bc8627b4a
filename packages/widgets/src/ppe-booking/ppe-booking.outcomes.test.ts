/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { createFixtures, createHandlers, createStore, type ScenarioName, type Store } from '@sportello/mocks';
import type { SportelloErrorEvent } from '../shared/events';
import { mockApi } from '../testing/mock-api';
import { until } from '../testing/page';
import type { BookingCreatedEvent } from './ppe-booking.events';
import { DEMO_NOW, demo, person, renderBooking } from './ppe-booking.test-kit';

const api = mockApi();
const BOOKINGS = '/v1/ppe/bookings';
const DAY = 86_400_000;

/** The handler a scenario uses for `POST /ppe/bookings`, over `store`. */
function bookingsIn(scenario: ScenarioName, store: Store): HttpHandler[] {
  return createHandlers({ scenario, store }).filter((h) => h.info.method === 'POST' && String(h.info.path).endsWith('/ppe/bookings'));
}

/** Records the requests' Idempotency-Key headers to `POST /ppe/bookings`. */
function keysSent(): string[] {
  const keys: string[] = [];
  api.worker.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === BOOKINGS) keys.push(request.headers.get('Idempotency-Key') ?? '');
  });
  return keys;
}

/** Every `sportello-error` fired on the page from now on (each test reads its own list). */
function errorsFired(): SportelloErrorEvent[] {
  const seen: SportelloErrorEvent[] = [];
  document.addEventListener('sportello-error', (e: Event) => seen.push(e as SportelloErrorEvent));
  return seen;
}

/** Nothing a person typed appears in an event's detail. */
function expectNoPersonalData(detail: unknown) {
  const json = JSON.stringify(detail).toUpperCase();
  for (const value of [person.taxCode, person.givenName, person.familyName, '3331234567', 'TO-0412', 'NIZZA']) expect(json).not.to.include(value.toUpperCase().replace(/ /g, ''));
}

describe('<sportello-ppe-booking> outcomes', () => {
  before(() => api.start());
  after(() => api.stop());

  it('confirmed: the code large and copyable, what happens next, an event without personal data', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const before = mock.store.state.bookings.length;
    const w = await renderBooking(api.client);
    const events: BookingCreatedEvent[] = [];
    document.addEventListener('sportello-booking-created', (e: Event) => events.push(e as BookingCreatedEvent), { once: true });
    await w.fillAll();
    await w.next();
    await until(() => w.outcome() === 'confirmed', 'confirmed');
    const saved = mock.store.state.bookings.at(-1)!;
    expect(mock.store.state.bookings).to.have.length(before + 1);
    expect(saved.applicant.taxCode).to.equal(demo.taxCodes.free);
    expect(saved.contact).to.deep.equal({ phone: '+393331234567' });
    expect(w.text('[part=outcome-heading]')).to.equal('Prenotazione confermata');
    expect(w.text('[part=booking-code]')).to.equal(saved.bookingCode);
    expect(w.text('[part=outcome]')).to.include('Studio Amministrazioni Ferrero consegnerà 15 mascherine FFP2 al tuo edificio, Via Nizza 150, 10126 Torino.');
    await until(() => w.focused() === 'outcome-heading', 'focus on the outcome');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ bookingCode: saved.bookingCode, roundId: saved.roundId, quantity: 15 });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expectNoPersonalData(events[0]!.detail);
    await expect(w.el).to.be.accessible();
  });

  it('copies the code with the Clipboard API, and falls back to a selection when it is refused', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { lang: 'en' });
    await w.fillAll();
    await w.next();
    await until(() => w.outcome() === 'confirmed', 'confirmed');
    const code = w.text('[part=booking-code]');
    const written: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void written.push(t) });
    await w.click('[part=copy]');
    await until(() => w.text('[part=status]') === 'Code copied.', 'copied');
    expect(written).to.deep.equal([code]);
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    let fallback = '';
    const onCopy = (e: Event) => {
      const area = e.composedPath()[0] as HTMLTextAreaElement;
      fallback = area.value?.slice(area.selectionStart, area.selectionEnd) ?? '';
    };
    document.addEventListener('copy', onCopy, { once: true });
    // A real key press: browsers only run execCommand('copy') on a user's gesture.
    w.$<HTMLButtonElement>('[part=copy]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => fallback !== '', 'the fallback copied');
    expect(fallback, 'the fallback selected the code').to.equal(code);
    await until(() => w.text('[part=status]') === 'Code copied.', 'said so');
    expect(w.root.querySelector('textarea'), 'the helper is gone').to.equal(null);
    expect(w.root.activeElement?.getAttribute('part')).to.equal('copy');
    delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
  });

  it('already booked: says so without revealing the existing code, and opens "Manage my booking" for the code the person has', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.fillAll({ taxCode: demo.taxCodes.alreadyBooked });
    await w.next();
    await until(() => w.outcome() === 'already-booked', 'already booked');
    expect(w.text('[part=outcome-heading]')).to.equal('Hai già prenotato per questo turno');
    expect(w.text('[part=outcome]')).to.include('serve il codice ricevuto quando hai prenotato');
    expect(w.text('[part=outcome]')).not.to.include(demo.bookingCodes.confirmed);
    expect(w.$('[part=booking-code]')).to.equal(null);
    await expect(w.el).to.be.accessible();
    await w.click('[part=manage]');
    await until(() => w.el.mode === 'manage', 'manage my booking');
    expect(api.count('POST', '/v1/ppe/booking-lookups'), 'nothing looked up without the code').to.equal(0);
  });

  it('already booked in the scenario of the same name, in English', async () => {
    api.serve({ now: DEMO_NOW, scenario: 'already-booked' });
    const w = await renderBooking(api.client, { lang: 'en' });
    await w.fillAll();
    await w.next();
    await until(() => w.outcome() === 'already-booked', 'already booked');
    expect(w.text('[part=outcome]')).to.include('There is already a booking with this codice fiscale in this round');
    expect(w.text('[part=outcome]')).not.to.match(/PR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);
  });

  it('round full: said in plain words when the last units go to someone else, nothing saved', async () => {
    const mock = api.serve({ now: DEMO_NOW, scenario: 'last-units' });
    const before = mock.store.state.bookings.length;
    const w = await renderBooking(api.client);
    expect(w.text('[part=round]')).to.include('Ne restano 10.');
    await w.fillAll();
    await w.next();
    await until(() => w.outcome() === 'round-full', 'round full');
    expect(w.text('[part=outcome-heading]')).to.equal('Mascherine esaurite');
    expect(w.text('[part=outcome]')).to.include('Non è stato salvato nulla.');
    expect(w.text('[part=outcome]')).to.include('Il prossimo turno, «Mascherine chirurgiche — novembre 2026», apre il');
    expect(mock.store.state.bookings).to.have.length(before);
    await expect(w.el).to.be.accessible();
  });

  it('round full before starting: the round says so and offers no booking', async () => {
    api.serve({ now: DEMO_NOW, scenario: 'round-full' });
    const w = await renderBooking(api.client, { lang: 'en' });
    expect(w.text('[part=round]')).to.include('All the masks of this round have already been booked.');
    expect(w.$('[part=submit]')).to.equal(null);
    await expect(w.el).to.be.accessible();
  });

  it('window closed while booking: explained, with when the next round opens', async () => {
    let now = DEMO_NOW;
    const store = createStore({ fixtures: createFixtures(DEMO_NOW), now: () => now, rateLimits: false });
    api.serve({ store });
    const w = await renderBooking(api.client);
    await w.fillAll();
    now = new Date(DEMO_NOW.getTime() + 25 * DAY);
    await w.next();
    await until(() => w.outcome() === 'window-closed', 'window closed');
    expect(w.text('[part=outcome-heading]')).to.equal('Prenotazioni chiuse');
    expect(w.text('[part=outcome]')).to.include('Il prossimo turno apre il lunedì 16 novembre 2026.');
    await expect(w.el).to.be.accessible();
  });

  it('no open round: says so, and when the next one opens (window-closed scenario)', async () => {
    api.serve({ now: DEMO_NOW, scenario: 'window-closed' });
    const w = await renderBooking(api.client);
    expect(w.outcome()).to.equal('no-open-round');
    expect(w.text('[part=outcome]')).to.equal(
      'Al momento non ci sono turni di prenotazione aperti Il prossimo turno, «Mascherine chirurgiche — novembre 2026», apre il lunedì 16 novembre 2026.',
    );
    expect(w.$('[part=steps]')).to.equal(null);
    await expect(w.el).to.be.accessible();
  });

  it('no open round and none planned (empty scenario), in English', async () => {
    api.serve({ now: DEMO_NOW, scenario: 'empty' });
    const w = await renderBooking(api.client, { lang: 'en' });
    expect(w.text('[part=outcome]')).to.equal('There is no booking round open at the moment No new round is planned yet: please check again later.');
  });

  it('a double click makes one booking: one request while pending, submit held with visible progress', async () => {
    const mock = api.serve({ now: DEMO_NOW, latencyMs: 400 });
    const before = mock.store.state.bookings.length;
    const w = await renderBooking(api.client);
    await w.fillAll();
    const submit = w.$<HTMLButtonElement>('[part=submit]')!;
    submit.click();
    submit.click();
    await w.el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(w.text('[part=status]')).to.equal('Invio della prenotazione in corso…');
    expect(w.$('[part=status] .progress')).to.exist;
    submit.click();
    await until(() => w.outcome() === 'confirmed', 'confirmed');
    expect(api.count('POST', BOOKINGS)).to.equal(1);
    expect(mock.store.state.bookings).to.have.length(before + 1);
  });

  it('offline: keeps everything, and Retry (same idempotency key) makes one booking', async () => {
    const errors = errorsFired();
    const keys = keysSent();
    const mock = api.serve({ now: DEMO_NOW });
    const before = mock.store.state.bookings.length;
    api.worker.use(...bookingsIn('offline', mock.store));
    const w = await renderBooking(api.client);
    await w.fillAll();
    await w.next();
    await until(() => w.text('[part=alert]').includes('Non riusciamo a raggiungere il servizio'), 'offline message');
    expect(w.text('[part=alert]')).to.include('quello che hai scritto non è andato perso');
    expect(w.text('[part=review]')).to.include('Luigi Verdi');
    expect(errors.map((e) => e.detail)).to.deep.equal([{ status: 0, type: 'network' }]);
    await expect(w.el).to.be.accessible();
    api.worker.resetHandlers(...createHandlers({ store: mock.store }));
    await w.click('[part=retry]');
    await until(() => w.outcome() === 'confirmed', 'confirmed on retry');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(mock.store.state.bookings).to.have.length(before + 1);
  });

  it('an answer lost on the way back: Retry replays the same booking instead of making a second', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const before = mock.store.state.bookings.length;
    api.worker.use(
      http.post(
        '*/v1/ppe/bookings',
        async ({ request }) => {
          await mock.answer(request);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const w = await renderBooking(api.client, { lang: 'en' });
    await w.fillAll();
    await w.next();
    await until(() => w.text('[part=alert]').includes('We cannot reach the service'), 'network message');
    expect(mock.store.state.bookings).to.have.length(before + 1);
    await w.click('[part=retry]');
    await until(() => w.outcome() === 'confirmed', 'confirmed');
    expect(mock.store.state.bookings).to.have.length(before + 1);
    expect(w.text('[part=booking-code]')).to.equal(mock.store.state.bookings.at(-1)!.bookingCode);
  });

  it('a changed request gets a new idempotency key', async () => {
    const keys = keysSent();
    const mock = api.serve({ now: DEMO_NOW });
    api.worker.use(...bookingsIn('server-error', mock.store));
    const w = await renderBooking(api.client);
    await w.fillAll();
    await w.next();
    await until(() => w.text('[part=alert]').includes('Non è stato salvato nulla'), 'server error');
    w.$$<HTMLButtonElement>('[part=change]')[4]!.click();
    await w.el.updateComplete;
    await w.type('phone', '011 123 4567');
    await w.next();
    await w.next();
    await until(() => keys.length === 2, 'second attempt');
    expect(keys[1]).not.to.equal(keys[0]);
  });

  it('server error: nothing saved, try again later, with everything kept', async () => {
    const errors = errorsFired();
    const mock = api.serve({ now: DEMO_NOW });
    api.worker.use(...bookingsIn('server-error', mock.store));
    const w = await renderBooking(api.client, { lang: 'en' });
    await w.fillAll();
    await w.next();
    await until(() => w.text('[part=alert]').includes('Something went wrong on the service. Nothing was saved'), 'server error');
    expect(w.$('[part=retry]')).to.exist;
    expect(errors.map((e) => e.detail)).to.deep.equal([{ status: 500, type: 'urn:sportello:problem:internal-error' }]);
    await expect(w.el).to.be.accessible();
  });

  it('429: shows how long to wait, counting down, holds Retry, then retries with the same key', async () => {
    const keys = keysSent();
    const errors = errorsFired();
    const mock = api.serve({ now: DEMO_NOW });
    api.worker.use(...bookingsIn('rate-limited', mock.store));
    const w = await renderBooking(api.client);
    await w.fillAll();
    await w.next();
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 30 secondi.'), '30 seconds');
    expect(w.text('[part=alert]')).to.include('Troppi tentativi in poco tempo.');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 29 secondi.'), 'counting down', 2000);
    await w.click('[part=retry]');
    await w.click('[part=submit]');
    expect(keys, 'no request while waiting').to.have.length(1);
    expect(errors.map((e) => e.detail)).to.deep.equal([{ status: 429, type: 'urn:sportello:problem:rate-limited' }]);
    await expect(w.el).to.be.accessible();

    api.worker.resetHandlers(
      http.post(
        '*/v1/ppe/bookings',
        () =>
          HttpResponse.json(
            { type: 'urn:sportello:problem:rate-limited', title: 'Troppe richieste', status: 429, retryAfterSeconds: 1 },
            { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' } },
          ),
        { once: true },
      ),
      ...createHandlers({ store: mock.store }),
    );
    w.el.remove();
    const again = await renderBooking(api.client);
    await again.fillAll();
    await again.next();
    await until(() => again.text('[part=alert]').includes('Puoi riprovare tra 1 secondo.'), '1 second');
    await until(() => again.$('[part=retry]')!.getAttribute('aria-disabled') === 'false', 'retry allowed', 2500);
    expect(again.text('[part=status]')).to.equal('Ora puoi riprovare.');
    await again.click('[part=retry]');
    await until(() => again.outcome() === 'confirmed', 'confirmed after the wait');
    expect(keys.at(-1)).to.equal(keys.at(-2));
  });
});
