/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { DEMO_NOW, demo } from '@sportello/mocks';
import { mockApi } from '../testing/mock-api';
import { page, until } from '../testing/page';
import '../define/sportello-event-calendar';
import type { SportelloEventCalendar } from './event-calendar';

const api = mockApi();
const WITH_SEATS = 'tai-chi-parco-ruffini-2026-10-27';
const FULL = 'tai-chi-parco-ruffini-2026-10-20';
const POSTS = (id: string) => `/v1/events/${id}/registrations`;

/** The October 2026 grid with the details of `eventId` open. */
async function open(eventId: string, lang = 'it') {
  const el = await fixture<SportelloEventCalendar>(
    html`<sportello-event-calendar lang=${lang} month="2026-10" view="month" max-per-day="10" .client=${api.client} .now=${DEMO_NOW}></sportello-event-calendar>`,
  );
  const p = page(el);
  await until(() => p.$(`[data-event="${eventId}"]`) !== null, 'the event in the grid');
  const created: unknown[] = [];
  el.addEventListener('sportello-registration-created', (e) => created.push(e.detail));
  p.$<HTMLElement>(`[data-event="${eventId}"]`)!.click();
  await until(() => p.$<HTMLDialogElement>('dialog')!.open && p.$('[part=registration]') !== null, 'the details');
  const fill = async (v: { given?: string; family?: string; phone?: string; email?: string; consent?: boolean } = {}) => {
    await p.type('reg-given', v.given ?? 'Maria');
    await p.type('reg-family', v.family ?? 'Rossi');
    if (v.phone !== undefined) await p.type('reg-phone', v.phone);
    await p.type('reg-email', v.email ?? 'maria.rossi@example.org');
    if (v.consent !== false && !p.byId<HTMLInputElement>('reg-consent')!.checked) await p.click('#reg-consent');
  };
  const submit = () => p.click('[part=registration] [part=submit]');
  const confirmed = () => until(() => p.$('[part=confirmation]') !== null, 'the confirmation');
  return { el, ...p, fill, submit, confirmed, created };
}

describe('<sportello-event-calendar> registration', () => {
  before(() => api.start());
  after(() => api.stop());

  it('registers a person with a caregiver: confirmation with the code, focus on it, seats updated, event fired', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const seats = mock.store.state.events.find((e) => e.id === WITH_SEATS)!.seatsLeft;
    const w = await open(WITH_SEATS);
    expect(w.text('[part=details]')).to.include(`Restano ${seats} posti`);
    await w.fill({ phone: '333 123 4567' });
    await w.click('#reg-companion');
    await w.type('reg-c-given', 'Luca');
    await w.type('reg-c-family', 'Rossi');
    await w.click('#reg-caregiver');
    await w.submit();
    await w.confirmed();
    const saved = mock.store.state.registrations.filter((r) => r.eventId === WITH_SEATS);
    expect(saved).to.have.length(1);
    expect(saved[0]!.attendee).to.deep.equal({ givenName: 'Maria', familyName: 'Rossi', contact: { phone: '+393331234567', email: 'maria.rossi@example.org' } });
    expect(saved[0]!.companion).to.deep.equal({ givenName: 'Luca', familyName: 'Rossi', caregiver: true });
    expect(w.text('[part=confirmation]')).to.equal(`Iscrizione confermata. Il codice è ${saved[0]!.registrationCode}: conservalo.`);
    await until(() => w.root.activeElement === w.$('[part=confirmation]'), 'focus on the confirmation');
    expect(w.text('[part=details]')).to.include(`Restano ${seats - 2} posti`);
    expect(w.created).to.deep.equal([{ eventId: WITH_SEATS, status: 'registered' }]);
    await expect(w.el).to.be.accessible();
  });

  it('when full offers the waiting list and puts the person on it, with the position', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const waiting = mock.store.state.events.find((e) => e.id === FULL)!.waitingListLength;
    const already = mock.store.state.registrations.filter((r) => r.eventId === FULL).length;
    const w = await open(FULL, 'en');
    expect(w.text('[part=details]')).to.include(`Fully booked, ${waiting} people on the waiting list`);
    await w.fill();
    await w.submit();
    await until(() => w.$('[part=waiting-list]') !== null, 'the offer');
    expect(w.text('[part=registration] [part=alert]')).to.include(`This activity is fully booked. ${waiting} people are already on the waiting list`);
    expect(mock.store.state.registrations.filter((r) => r.eventId === FULL), 'nothing stored before the person asks').to.have.length(already);
    await expect(w.el).to.be.accessible();
    await w.click('[part=waiting-list]');
    await w.confirmed();
    const saved = mock.store.state.registrations.filter((r) => r.eventId === FULL).slice(already);
    expect(saved.map((r) => [r.state, r.waitingListPosition])).to.deep.equal([['waitlisted', waiting + 1]]);
    expect(w.text('[part=confirmation]')).to.equal(`You are on the waiting list, in position ${waiting + 1}. Your code is ${saved[0]!.registrationCode}: we will tell you if a seat comes free.`);
    expect(w.created).to.deep.equal([{ eventId: FULL, status: 'waitlisted' }]);
    expect(api.count('POST', POSTS(FULL))).to.equal(2);
  });

  it('says when the person is already registered', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const existing = mock.store.state.registrations.find((r) => r.attendee.contact.email === demo.registeredEmail)!;
    const w = await open(existing.eventId);
    await w.fill({ given: 'Giovanna', family: 'Bianchi', email: demo.registeredEmail.toUpperCase() });
    await w.submit();
    await until(() => w.text('[part=registration] [part=alert]') !== '', 'the outcome');
    expect(w.text('[part=registration] [part=alert]')).to.equal('Risulti già iscritto a questa attività con questo telefono o questa e-mail.');
    expect(mock.store.state.registrations.filter((r) => r.eventId === existing.eventId)).to.have.length(1);
    expect(w.created).to.deep.equal([]);
  });

  it('a double submit makes one registration', async () => {
    const mock = api.serve({ now: DEMO_NOW, latencyMs: 300 });
    const before = mock.store.state.registrations.length;
    const w = await open(WITH_SEATS);
    await w.fill();
    const button = w.$<HTMLButtonElement>('[part=registration] [part=submit]')!;
    button.click();
    button.click();
    w.$<HTMLFormElement>('[part=registration] form')!.requestSubmit();
    await w.el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(w.text('[part=registration] [part=status]')).to.equal('Invio in corso…');
    await w.confirmed();
    expect(mock.store.state.registrations.length).to.equal(before + 1);
    expect(api.count('POST', POSTS(WITH_SEATS))).to.equal(1);
  });

  it('a retry after the answer was lost reuses the key: one registration, the same code', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const before = mock.store.state.registrations.length;
    const keys: string[] = [];
    // The server registers the person, then the connection drops before the answer arrives.
    api.worker.use(
      http.post('*/v1/events/:eventId/registrations', async ({ request }) => {
        const key = request.headers.get('Idempotency-Key')!;
        keys.push(key);
        await mock.answer(request);
        return HttpResponse.error();
      }, { once: true }),
    );
    const w = await open(WITH_SEATS);
    await w.fill();
    await w.submit();
    await until(() => w.$('[part=registration] [part=retry]') !== null, 'the network error');
    expect(w.text('[part=registration] [part=alert]')).to.include('Non riusciamo a raggiungere il servizio');
    expect(w.byId<HTMLInputElement>('reg-given')!.value, 'input kept').to.equal('Maria');
    await w.click('[part=registration] [part=retry]');
    await w.confirmed();
    expect(mock.store.state.registrations.length).to.equal(before + 1);
    expect(w.text('[part=confirmation]')).to.include(mock.store.state.registrations.at(-1)!.registrationCode);
    expect(keys).to.have.length(1);
  });

  it('offers no form for an activity that has already started', async () => {
    api.serve({ now: DEMO_NOW });
    const el = await fixture<SportelloEventCalendar>(
      html`<sportello-event-calendar month="2026-10" view="month" max-per-day="10" .client=${api.client} .now=${DEMO_NOW}></sportello-event-calendar>`,
    );
    const p = page(el);
    await until(() => p.$('[data-event="tai-chi-parco-ruffini-2026-10-06"]') !== null, 'the grid');
    p.$<HTMLElement>('[data-event="tai-chi-parco-ruffini-2026-10-06"]')!.click();
    await until(() => p.$('[part=registration]') !== null, 'the details');
    expect(p.text('[part=registration]')).to.equal('Iscriviti Le iscrizioni a questa attività sono chiuse.');
    expect(p.$('[part=registration] form')).to.equal(null);
  });

  it('checks the form first: error summary, each field, focus on the first; phone or e-mail', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await open(WITH_SEATS);
    await w.submit();
    await w.el.updateComplete;
    expect(w.texts('[part=registration] [part=error-summary] li')).to.deep.equal(['Compila questo campo.', 'Compila questo campo.', 'Indica un telefono o un’e-mail.', 'Per continuare devi dare il consenso.']);
    await until(() => w.focused() === 'reg-given', 'focus on the first field');
    expect(w.byId('reg-phone')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(w.el).to.be.accessible();
    await w.fill({ email: 'non-una-mail' });
    await w.submit();
    expect(w.texts('[part=registration] [part=error-summary] li')).to.deep.equal(['Il formato non è valido.']);
    expect(api.count('POST', POSTS(WITH_SEATS))).to.equal(0);
  });

  it('“Add to my calendar” downloads the event’s iCalendar file from the API', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await open(WITH_SEATS);
    const created: Blob[] = [];
    const clicked: { download: string; href: string }[] = [];
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return originalCreate(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    };
    try {
      await w.click('[part=add-to-calendar]');
      await until(() => clicked.length === 1, 'the download');
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(api.count('GET', `/v1/events/${WITH_SEATS}/calendar.ics`)).to.equal(1);
    expect(clicked[0]!.download).to.equal(`${WITH_SEATS}.ics`);
    expect(clicked[0]!.href).to.match(/^blob:/);
    const ics = await created[0]!.text();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.include('DTSTART;TZID=Europe/Rome:20261027T100000');
  });
});
