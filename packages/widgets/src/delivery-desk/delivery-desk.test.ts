/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demo, demoToken, operators, type DemoOperator, type Store } from '@sportello/mocks';
import type { TokenSource } from '@sportello/sdk';
import { mockApi } from '../testing/mock-api';
import { unavailable } from '../testing/unavailable';
import { page, until } from '../testing/page';
import '../define/sportello-delivery-desk';
import type { DeliveriesUpdatedEvent } from './delivery-desk.events';
import type { SportelloDeliveryDesk } from './delivery-desk';

const api = mockApi();
const apiCalls = () => api.requests.filter((r) => r.path.startsWith('/v1/'));
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
const as = (who: DemoOperator): TokenSource => () => demoToken(who);
const mine = operators.administrator.buildings as readonly string[];

/** A household for each of the administrator's buildings in the open round, so there is a list to work on. */
function seed(store: Store) {
  const round = store.state.rounds.find((r) => r.state === 'open')!;
  const template = store.state.bookings.find((b) => b.roundId === round.id)!;
  const codes = ['PR-2222-2222-A', 'PR-3333-3333-B', 'PR-4444-4444-C'];
  mine.forEach((code, i) => {
    const building = store.state.buildings.find((b) => b.buildingCode === code)!;
    store.state.bookings.push({ ...structuredClone(template), bookingCode: `${codes[i]!}`, building, state: 'confirmed', applicant: { ...template.applicant, familyName: `Famiglia${i}` } });
  });
  return { round, live: () => store.state.bookings.filter((b) => b.roundId === round.id && mine.includes(b.building.buildingCode)) };
}

async function render(o: { lang?: string; getToken?: TokenSource | undefined } = {}) {
  const getToken = 'getToken' in o ? o.getToken : as('administrator');
  const el = await fixture<SportelloDeliveryDesk>(html`<sportello-delivery-desk lang=${o.lang ?? 'it'} .client=${api.client} .getToken=${getToken}></sportello-delivery-desk>`);
  const p = page(el);
  const listed = () => until(() => p.$('[part=bookings], [part=empty]') !== null, 'the list');
  const select = async (id: string, value: string) => {
    const s = p.byId<HTMLSelectElement>(id)!;
    s.value = value;
    s.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };
  return { el, ...p, listed, select };
}

describe('<sportello-delivery-desk>', () => {
  before(() => api.start());
  after(() => api.stop());

  it('signed out: asks to sign in, sends nothing, ignores a token attribute', async () => {
    api.serve();
    const w = await render({ getToken: undefined });
    w.el.setAttribute('get-token', 'demo:administrator');
    await w.el.updateComplete;
    expect(w.text('[part=signed-out] h2')).to.equal('Accedi per vedere le consegne');
    expect(apiCalls()).to.have.length(0);
    await expect(w.el).to.be.accessible();
  });

  it('lists the households booked in my buildings for the open round, with loading first', async () => {
    const mock = api.serve({ latencyMs: 200 });
    const { live } = seed(mock.store);
    const w = await render();
    expect(w.text('[part=status]')).to.equal('Caricamento delle prenotazioni…');
    await w.listed();
    const expected = live().length;
    expect(w.$$('[part=booking]')).to.have.length(expected);
    expect(w.byId<HTMLSelectElement>('building')!.options.length).to.equal(mine.length + 1);
    expect(w.text('[part=summary]')).to.match(/^\d+ famigli[ae], \d+ unità; \d+ consegnat[ae]\.$/);
    await expect(w.el).to.be.accessible();
    await w.select('building', 'TO-0305');
    await until(() => w.$$('[part=booking]').length === live().filter((b) => b.building.buildingCode === 'TO-0305').length, 'one building');
  });

  it('empty: nobody booked in this building; no round at all', async () => {
    const mock = api.serve();
    const w = await render({ lang: 'en' });
    await w.listed();
    const round = w.byId<HTMLSelectElement>('round')!.value;
    const building = mine.find((code) => !mock.store.state.bookings.some((b) => b.roundId === round && b.building.buildingCode === code))!;
    await w.select('building', building);
    await until(() => w.text('[part=empty]') === 'No household has booked in this round for this building.', 'empty list');
    await expect(w.el).to.be.accessible();
    api.serve({ scenario: 'empty' });
    const v = await render();
    await until(() => v.text('[part=empty]') === 'Non ci sono turni di distribuzione aperti o passati da consegnare.', 'no round');
  });

  it('marks one booking assigned, then delivered; the store holds it', async () => {
    const mock = api.serve();
    seed(mock.store);
    const w = await render();
    await w.listed();
    const events: DeliveriesUpdatedEvent[] = [];
    w.el.addEventListener('sportello-deliveries-updated', (e) => events.push(e));
    const row = () => w.$('[data-code="PR-2222-2222-A"]')!;
    expect(row().querySelector('[part=mark]')!.getAttribute('aria-label')).to.equal('Segna assegnata: Famiglia0 ' + mock.store.state.bookings.find((b) => b.bookingCode === 'PR-2222-2222-A')!.applicant.givenName);
    (row().querySelector('[part=mark]') as HTMLButtonElement).click();
    await until(() => row()?.querySelector('[part=booking-state]')?.textContent === 'Assegnata', 'assigned');
    expect(w.text('[part=status]')).to.equal('1 prenotazione aggiornata.');
    (row().querySelector('[part=mark]') as HTMLButtonElement).click();
    await until(() => row()?.querySelector('[part=booking-state]')?.textContent === 'Consegnata', 'delivered');
    expect(row().querySelector('[part=mark]')).to.equal(null);
    expect(mock.store.state.bookings.find((b) => b.bookingCode === 'PR-2222-2222-A')!.state).to.equal('delivered');
    expect(events.map((e) => e.detail)).to.deep.equal([{ state: 'assigned', updated: 1 }, { state: 'delivered', updated: 1 }]);
  });

  it('marks all delivered after a confirmation; "no" changes nothing', async () => {
    const mock = api.serve();
    const { live } = seed(mock.store);
    const w = await render();
    await w.listed();
    const pending = live().filter((b) => b.state === 'confirmed' || b.state === 'assigned').length;
    await w.click('[data-all=delivered]');
    expect(w.text('[part=confirm] p')).to.equal(`Segnare ${pending} prenotazioni come consegnate? Una consegna non si può annullare.`);
    await until(() => w.root.activeElement?.getAttribute('part') === 'confirm-no', 'focus on "no"');
    await expect(w.el).to.be.accessible();
    await w.click('[part=confirm-no]');
    expect(live().filter((b) => b.state === 'delivered').length).to.equal(live().length - pending - live().filter((b) => b.state === 'cancelled').length);
    await w.click('[data-all=delivered]');
    await w.click('[part=confirm-yes]');
    await until(() => w.text('[part=status]') === `${pending} prenotazioni aggiornate.`, 'updated');
    expect(live().every((b) => b.state === 'delivered' || b.state === 'cancelled')).to.equal(true);
    await until(() => w.$('[data-all]') === null, 'nothing left to mark');
  });

  it('downloads the CSV of the list', async () => {
    const mock = api.serve();
    seed(mock.store);
    const w = await render({ lang: 'en' });
    await w.listed();
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      await w.click('[data-csv]');
      await until(() => w.text('[part=status]') === 'The CSV has been downloaded.', 'downloaded');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names[0]).to.match(/^consegne-[a-z0-9-]+\.csv$/);
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n')[0]).to.equal('Building;Family name;Given name;Household;Units;Booking code;State');
    expect(csv).to.include('PR-2222-2222-A');
  });

  it('has a print stylesheet that leaves only the list', async () => {
    api.serve();
    const w = await render();
    const css = (w.el.constructor as typeof SportelloDeliveryDesk).styles as unknown as { cssText?: string }[];
    expect(css.map((c) => c.cssText ?? '').join('\n')).to.include('@media print');
  });

  it('403: another administrator’s token cannot see this list; 401: sign in again', async () => {
    api.serve();
    const w = await render({ getToken: as('shop') });
    await until(() => w.text('[part=alert]').includes('serve l’accesso di un amministratore'), 'forbidden');
    await expect(w.el).to.be.accessible();
    const v = await render({ getToken: () => 'not-a-demo-token' });
    await until(() => v.text('[part=alert]').includes('L’accesso è scaduto'), 'session expired');
  });

  it('offline: says so and retries', async () => {
    api.serve({ scenario: 'offline' });
    const w = await render({ lang: 'en' });
    await until(() => w.text('[part=alert]').includes('We cannot reach the service.'), 'offline');
    await expect(w.el).to.be.accessible();
    api.serve();
    await w.click('[part=retry]');
    await w.listed();
  });

  it('rate-limited and unavailable: counts the wait down, then lets the administrator retry', async function () {
    this.timeout(8000);
    api.serve({ scenario: 'rate-limited' });
    const w = await render();
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 30 secondi.'), '429 wait');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    api.serve();
    api.worker.use(unavailable('get', '/operator/ppe/bookings', 2));
    const v = await render({ lang: 'en' });
    await until(() => v.text('[part=alert]').includes('try again in 2 seconds'), '503 wait');
    await until(() => v.$('[part=retry]')?.getAttribute('aria-disabled') === 'false', 'retry allowed', 4000);
    api.serve();
    await v.click('[part=retry]');
    await v.listed();
  });

  it('keyboard, 320 px and 44 px targets', async () => {
    const mock = api.serve();
    seed(mock.store);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '320px';
    const w = await render();
    wrapper.append(w.el);
    await w.listed();
    w.byId('round')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(w.focused()).to.equal('building');
    expect(w.el.scrollWidth).to.be.at.most(320);
    for (const b of w.$$('button, select')) expect(b.getBoundingClientRect().height, b.outerHTML.slice(0, 50)).to.be.at.least(44);
    expect(demo.buildingCode).to.equal(mine[0]);
  });

  it('met no Content-Security-Policy or Trusted Types violation', () => {
    expect(violations).to.deep.equal([]);
  });
});
