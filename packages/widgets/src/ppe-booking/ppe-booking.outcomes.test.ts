/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { mockApi } from '../testing/mock-api';
import { until } from '../testing/page';
import type { BookingCreatedEvent } from './ppe-booking.events';
import { DEMO_NOW, demo, person, renderBooking } from './ppe-booking.test-kit';

const api = mockApi();
const BOOKINGS = '/v1/ppe/bookings';

describe('<sportello-ppe-booking> outcomes', () => {
  before(() => api.start());
  after(() => api.stop());

  it('confirmed: the code large and copyable, what happens next, an event without personal data', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const before = mock.store.state.bookings.length;
    const w = await renderBooking(api.client);
    const events: BookingCreatedEvent[] = [];
    document.addEventListener('sportello-booking-created', (e) => events.push(e), { once: true });
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
    await expect(w.el).to.be.accessible();
  });
});
