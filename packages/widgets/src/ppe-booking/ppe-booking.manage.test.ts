/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockApi } from '../testing/mock-api';
import { until } from '../testing/page';
import type { BookingCancelledEvent } from './ppe-booking.events';
import { DEMO_NOW, demo, renderBooking } from './ppe-booking.test-kit';

const api = mockApi();

async function lookUp(w: Awaited<ReturnType<typeof renderBooking>>, code: string, taxCode: string) {
  await w.type('manage-code', code);
  await w.type('manage-tax-code', taxCode);
  await w.click('[part=submit]');
}

describe('<sportello-ppe-booking> manage my booking', () => {
  before(() => api.start());
  after(() => api.stop());

  it('is reached from the mode switch, and checks the code and the codice fiscale before asking', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.click('[part=mode]:nth-of-type(2)');
    expect(w.el.mode).to.equal('manage');
    expect(w.$$('[part=mode]').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    expect(w.text('#manage-heading')).to.equal('Gestisci la tua prenotazione');
    await w.click('[part=submit]');
    expect(w.texts('[part=error-summary] a')).to.deep.equal(['Scrivi il codice della prenotazione.', 'Scrivi il codice fiscale.']);
    await until(() => w.focused() === 'manage-code', 'focus on the code');
    await lookUp(w, 'PR-7K4M-9QX2-6', 'RSSMRA85T10L219X');
    expect(w.text('#manage-code-error')).to.include('Il codice non è corretto: controlla di averlo copiato bene.');
    expect(w.text('#manage-tax-code-error')).to.include('L’ultima lettera non corrisponde');
    await lookUp(w, 'PR-7K4M', '');
    expect(w.text('#manage-code-error')).to.include('Il codice è troppo corto: ha la forma PR-7K4M-9QX2-5.');
    expect(api.requests.filter((r) => r.path === '/v1/ppe/booking-lookups')).to.have.length(0);
    await expect(w.el).to.be.accessible();
  });

  it('finds a booking, asks for confirmation, cancels it and returns its units to the round', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const round = () => mock.store.state.rounds[0]!;
    const left = round().unitsLeft;
    const w = await renderBooking(api.client, { mode: 'manage' });
    const events: BookingCancelledEvent[] = [];
    document.addEventListener('sportello-booking-cancelled', (e: Event) => events.push(e as BookingCancelledEvent), { once: true });
    await lookUp(w, 'pr7k4m9qx25', demo.taxCodes.alreadyBooked.toLowerCase());
    await until(() => w.$('[part=review]') !== null, 'booking found');
    const details = w.text('[part=review]');
    expect(details).to.include('PR-7K4M-9QX2-5');
    expect(details).to.include('Confermata: l’amministratore non l’ha ancora presa in carico');
    expect(details).to.include('Via Nizza 150, 10126 Torino');
    expect(details).to.include('M.R.');
    await until(() => w.focused() === 'manage-heading', 'focus on the booking');
    await expect(w.el).to.be.accessible();
    await w.click('[part=cancel]');
    expect(w.text('[part=confirm]')).to.include('Vuoi davvero annullare la prenotazione?');
    expect(w.text('[part=confirm]')).to.include('Le 15 mascherine torneranno disponibili per altre persone.');
    await until(() => w.focused() === 'confirm-heading', 'focus on the question');
    await expect(w.el).to.be.accessible();
    await w.click('[part=keep]');
    expect(w.$('[part=confirm]')).to.equal(null);
    expect(w.focused()).to.equal('cancel-button');
    expect(mock.store.state.bookings.find((b) => b.bookingCode === 'PR-7K4M-9QX2-5')!.state).to.equal('confirmed');
    await w.click('[part=cancel]');
    await w.click('[part=confirm-cancel]');
    await until(() => w.outcome() === 'cancelled', 'cancelled');
    expect(w.text('[part=outcome]')).to.include('La prenotazione PR-7K4M-9QX2-5 è stata annullata.');
    expect(w.text('[part=review]')).to.include('Annullata');
    expect(mock.store.state.bookings.find((b) => b.bookingCode === 'PR-7K4M-9QX2-5')!.state).to.equal('cancelled');
    expect(round().unitsLeft).to.equal(left + 15);
    expect(events.map((e) => e.detail)).to.deep.equal([{ bookingCode: 'PR-7K4M-9QX2-5' }]);
    expect(w.$('[part=cancel]')).to.equal(null);
    await expect(w.el).to.be.accessible();
  });

  it('cancels with the keyboard alone', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { mode: 'manage', lang: 'en' });
    w.byId('manage-code')!.focus();
    await sendKeys({ type: demo.bookingCodes.confirmed });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: demo.taxCodes.alreadyBooked });
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'manage-heading' && w.text('#manage-heading') === 'Your booking', 'booking found');
    for (let i = 0; i < 10 && w.root.activeElement?.getAttribute('part') !== 'cancel'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'confirm-heading', 'the question');
    await sendKeys({ press: 'Tab' });
    expect(w.root.activeElement?.getAttribute('part')).to.equal('confirm-cancel');
    await sendKeys({ press: 'Enter' });
    await until(() => w.focused() === 'manage-result', 'cancelled');
    expect(w.text('[part=outcome]')).to.include('Booking PR-7K4M-9QX2-5 has been cancelled.');
  });

  it('explains a booking the administrator has already taken on: no cancel', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { mode: 'manage' });
    await lookUp(w, demo.bookingCodes.assigned, demo.taxCodes.assigned);
    await until(() => w.$('[part=review]') !== null, 'booking found');
    expect(w.text('[part=review]')).to.include('Presa in carico dall’amministratore per la consegna');
    expect(w.$('[part=cancel]')).to.equal(null);
    expect(w.text('[part=alert]')).to.include('non si può più annullare');
    await expect(w.el).to.be.accessible();
  });

  it('says when nothing matches (a code and someone else’s codice fiscale look the same)', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { mode: 'manage', lang: 'en' });
    await lookUp(w, demo.bookingCodes.confirmed, demo.taxCodes.free);
    await until(() => w.text('[part=alert]') !== '', 'not found');
    expect(w.text('[part=alert]')).to.equal('We cannot find a booking with this code and this codice fiscale. Check the details and try again.');
    expect(w.byId<HTMLInputElement>('manage-code')!.value).to.equal(demo.bookingCodes.confirmed);
    await expect(w.el).to.be.accessible();
  });

  it('a refused cancellation (taken on meanwhile) is explained and the cancel button goes', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { mode: 'manage' });
    await lookUp(w, demo.bookingCodes.confirmed, demo.taxCodes.alreadyBooked);
    await until(() => w.$('[part=cancel]') !== null, 'cancellable booking');
    mock.store.state.bookings.find((b) => b.bookingCode === demo.bookingCodes.confirmed)!.state = 'assigned';
    await w.click('[part=cancel]');
    await w.click('[part=confirm-cancel]');
    await until(() => w.text('[part=alert]').includes('non si può più annullare'), 'not cancellable');
    expect(w.$('[part=cancel]')).to.equal(null);
  });

  it('429 on a look-up: the wait is shown and counted down', async () => {
    api.serve({ now: DEMO_NOW, rateLimits: { lookups: { limit: 1, windowSeconds: 60 } } });
    const w = await renderBooking(api.client, { mode: 'manage' });
    await lookUp(w, demo.bookingCodes.confirmed, demo.taxCodes.free);
    await until(() => w.text('[part=alert]').startsWith('Non troviamo'), 'first answer');
    await w.click('[part=submit]');
    await until(() => /Puoi riprovare tra \d+ secondi\./.test(w.text('[part=alert]')), 'wait shown');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(w.el).to.be.accessible();
  });
});
