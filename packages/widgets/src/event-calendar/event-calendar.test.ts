/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { DEMO_NOW, createFixtures } from '@sportello/mocks';
import { publicEvent } from '@sportello/domain';
import { json, testClient } from '../testing/fetch';
import { mockApi } from '../testing/mock-api';
import { unavailable } from '../testing/unavailable';
import { page, until } from '../testing/page';
import '../define/sportello-event-calendar';
import type { SportelloEventCalendar } from './event-calendar';

const api = mockApi();

async function render(attrs: { month?: string; lang?: string; view?: string; category?: string; district?: string; max?: number; width?: number } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style-width></div>`);
  wrapper.style.width = `${attrs.width ?? 900}px`;
  const el = document.createElement('sportello-event-calendar') as SportelloEventCalendar;
  el.client = api.client;
  el.now = DEMO_NOW;
  el.lang = attrs.lang ?? 'it';
  if (attrs.month) el.month = attrs.month;
  if (attrs.view) el.setAttribute('view', attrs.view);
  if (attrs.category) el.setAttribute('category', attrs.category);
  if (attrs.district) el.setAttribute('district', attrs.district);
  if (attrs.max !== undefined) el.setAttribute('max-per-day', String(attrs.max));
  wrapper.append(el);
  await el.updateComplete;
  const p = page(el);
  const loaded = () => until(() => /attivit|activit/i.test(p.text('[part=status]')) && !p.$('[part=status] .progress'), 'the month loaded');
  const cell = (day: string) => p.$(`td[data-day="${day}"]`);
  const focusedDay = () => (p.root.activeElement as HTMLElement | null)?.dataset?.['day'];
  const dialog = () => p.$<HTMLDialogElement>('dialog')!;
  return { el, ...p, loaded, cell, focusedDay, dialog };
}

describe('<sportello-event-calendar>', () => {
  before(() => api.start());
  after(() => api.stop());

  it('shows the month grid with every weekly occurrence at its Turin time, today marked, the count announced', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await render({ month: '2026-10' });
    await w.loaded();
    expect(w.text('[part=title]')).to.equal('Attività Prometeo, ottobre 2026');
    const tuesdays = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27'];
    for (const day of tuesdays) {
      const chips = [...w.cell(day)!.querySelectorAll('[part=event]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
      expect(chips, day).to.include('10:00 Tai chi al parco Movimento');
    }
    const today = w.$('td[aria-current=date]')!;
    expect(today.dataset['day']).to.equal('2026-10-12');
    expect(today.textContent).to.include('oggi');
    expect(today.getAttribute('tabindex')).to.equal('0');
    expect(w.$$('td[tabindex="0"]')).to.have.length(1);
    expect(w.text('[part=status]')).to.match(/^\d+ attività a ottobre 2026$/);
    await expect(w.el).to.be.accessible();
  });

  it('follows the WAI-ARIA grid pattern: arrows, Home/End, PageUp/PageDown, Enter, focus kept across months', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await render({ month: '2026-10' });
    await w.loaded();
    w.cell('2026-10-12')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(w.focusedDay()).to.equal('2026-10-13');
    await sendKeys({ press: 'ArrowDown' });
    expect(w.focusedDay()).to.equal('2026-10-20');
    await sendKeys({ press: 'Home' });
    expect(w.focusedDay()).to.equal('2026-10-19');
    await sendKeys({ press: 'End' });
    expect(w.focusedDay()).to.equal('2026-10-25');
    await sendKeys({ press: 'ArrowLeft' });
    expect(w.focusedDay()).to.equal('2026-10-24');
    expect(w.$$('td[tabindex="0"]').map((c) => c.dataset['day'])).to.deep.equal(['2026-10-24']);
    await sendKeys({ press: 'PageDown' });
    await w.el.updateComplete;
    expect(w.text('[part=title]')).to.include('novembre 2026');
    expect(w.focusedDay()).to.equal('2026-11-24');
    await w.loaded();
    expect(w.focusedDay(), 'still focused once loaded').to.equal('2026-11-24');
    await sendKeys({ press: 'PageUp' });
    await w.el.updateComplete;
    expect(w.focusedDay()).to.equal('2026-10-24');
    // Out of the month by arrows: the month follows.
    w.cell('2026-10-31')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await w.el.updateComplete;
    expect(w.focusedDay()).to.equal('2026-11-01');
    expect(w.text('[part=title]')).to.include('novembre 2026');
    await w.loaded();
    // Enter opens the day.
    w.cell('2026-11-03')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => w.dialog().open, 'the day opened');
    expect(w.dialog().querySelector('h3')!.textContent).to.equal('martedì 3 novembre');
    expect(w.root.activeElement).to.equal(w.dialog().querySelector('h3'));
    await sendKeys({ press: 'Escape' });
    await until(() => !w.dialog().open, 'closed');
    await until(() => w.focusedDay() === '2026-11-03', 'focus back on the day');
  });

  it('moves focus with the previous/next buttons without losing it; the next month was fetched ahead', async () => {
    api.serve({ now: DEMO_NOW });
    const asked: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/events') asked.push(url.searchParams.get('from')!.slice(0, 7));
    };
    api.worker.events.on('request:start', listener);
    const w = await render({ month: '2026-10' });
    await w.loaded();
    await until(() => asked.includes('2026-11'), 'November fetched while idle');
    w.$<HTMLButtonElement>('[part=next]')!.focus();
    await sendKeys({ press: 'Enter' });
    await w.el.updateComplete;
    expect(w.text('[part=title]')).to.include('novembre 2026');
    expect(w.root.activeElement).to.equal(w.$('[part=next]'));
    await w.loaded();
    expect(w.$$('td[tabindex="0"]').map((c) => c.dataset['day'])).to.deep.equal(['2026-11-12']);
    expect(w.text('[part=status]')).to.match(/attività a novembre 2026$/);
    api.worker.events.removeListener('request:start', listener);
    expect(asked.filter((m) => m === '2026-11'), 'November asked once, ahead').to.have.length(1);
  });

  it('opens an event in a modal dialog: focus moves in, Esc closes, focus returns to the day; fires sportello-event-selected', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await render({ month: '2026-10', lang: 'en' });
    await w.loaded();
    const selected: unknown[] = [];
    w.el.addEventListener('sportello-event-selected', (e) => selected.push(e.detail));
    const chip = w.cell('2026-10-13')!.querySelector<HTMLElement>('[data-event^="tai-chi"]')!;
    chip.click();
    await until(() => w.dialog().open, 'dialog open');
    expect(w.dialog().matches(':modal')).to.equal(true);
    expect(w.root.activeElement?.id).to.equal('dialog-title');
    expect(w.text('#dialog-title')).to.equal('Tai chi in the park');
    const details = w.text('[part=details]');
    expect(details).to.include('Tuesday, 13 October 2026, 10:00–11:00');
    expect(details).to.include('every Tuesday until');
    expect(details).to.include('Parco Ruffini');
    expect(details).to.match(/seats? left|Fully booked/);
    expect(selected).to.deep.equal([{ eventId: 'tai-chi-parco-ruffini-2026-10-13' }]);
    await expect(w.el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !w.dialog().open, 'closed');
    await until(() => w.focusedDay() === '2026-10-13', 'focus back on the day');
  });

  it('shows at most max-per-day events and "+N more" opens the day’s list, each opening its details and back', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await render({ month: '2026-10', max: 1 });
    await w.loaded();
    const busy = w.$$('td[data-day]').find((c) => c.querySelector('[part=more]'))!;
    const day = busy.dataset['day']!;
    expect(busy.querySelectorAll('[part=event]')).to.have.length(1);
    const more = busy.querySelector<HTMLElement>('[part=more]')!;
    const total = 1 + Number(/\+(\d+)/.exec(more.textContent!)![1]);
    more.click();
    await until(() => w.dialog().open, 'day list open');
    const items = [...w.dialog().querySelectorAll<HTMLElement>('[data-event]')];
    expect(items).to.have.length(total);
    items[1]!.click();
    await until(() => w.$('[part=back]') !== null, 'details');
    w.$<HTMLElement>('[part=back]')!.click();
    await until(() => w.root.activeElement === w.dialog().querySelectorAll('[data-event]')[1], 'focus back on the item');
    w.$<HTMLElement>('[part=close]')!.click();
    await until(() => !w.dialog().open, 'closed');
    await until(() => w.focusedDay() === day, 'focus back on the day');
  });

  it('filters by category, district and free seats (presets by attribute) and announces the count', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    const october = mock.store.state.events.filter((e) => e.startsAt.startsWith('2026-10'));
    const w = await render({ month: '2026-10', district: '3' });
    await w.loaded();
    const requests = api.count('GET', '/v1/events');
    const inDistrict = october.filter((e) => e.district === 3);
    expect(w.text('[part=status]')).to.equal(`${inDistrict.length} attività a ottobre 2026`);
    expect(w.byId<HTMLSelectElement>('f-district')!.value).to.equal('3');
    const select = w.byId<HTMLSelectElement>('f-category')!;
    select.value = 'movement';
    select.dispatchEvent(new Event('change'));
    await w.el.updateComplete;
    const movement = inDistrict.filter((e) => e.category === 'movement');
    expect(w.text('[part=status]')).to.equal(`${movement.length} attività a ottobre 2026`);
    expect(w.$$('[part=event]').length).to.be.at.most(movement.length);
    w.byId('f-free')!.click();
    await w.el.updateComplete;
    expect(w.text('[part=status]')).to.equal(`${movement.filter((e) => e.seatsLeft > 0).length} attività a ottobre 2026`);
    expect(api.count('GET', '/v1/events'), 'filters work on the loaded month').to.equal(requests);
  });

  it('says when a month is empty and offers the next month with events', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await render({ month: '2026-09' });
    await until(() => w.$('[part=next-with-events]') !== null, 'the offer');
    expect(w.text('[part=empty]')).to.include('Nessuna attività in calendario a settembre 2026.');
    expect(w.text('[part=next-with-events]')).to.equal('Vai a ottobre 2026');
    await expect(w.el).to.be.accessible();
    await w.click('[part=next-with-events]');
    await w.loaded();
    expect(w.text('[part=title]')).to.include('ottobre 2026');
  });

  it('shows the list on narrow containers, the grid on wide ones, unless view is set', async () => {
    api.serve({ now: DEMO_NOW });
    const narrow = await render({ month: '2026-10', width: 360 });
    await narrow.loaded();
    await until(() => narrow.$('[part=list]') !== null, 'the list');
    expect(narrow.$('[part=grid]')).to.equal(null);
    expect(narrow.$$('[part=list-day]')[0]!.textContent).to.match(/ottobre/);
    expect(narrow.el.scrollWidth).to.be.at.most(360);
    await expect(narrow.el).to.be.accessible();
    const forced = await render({ month: '2026-10', width: 360, view: 'month' });
    await forced.loaded();
    expect(forced.$('[part=grid]')).to.not.equal(null);
    const wide = await render({ month: '2026-10', view: 'list' });
    await wide.loaded();
    expect(wide.$('[part=list]')).to.not.equal(null);
    await wide.click('[part=view-month]');
    expect(wide.$('[part=grid]')).to.not.equal(null);
  });

  it('shows progress while loading and an error with a retry', async () => {
    api.serve({ now: DEMO_NOW, latencyMs: 400 });
    const slow = await render({ month: '2026-10' });
    // A fast answer does not flash an empty grid: the heading and the (empty) live region first,
    // the loading state after 100 ms.
    expect(slow.text('[part=title]')).to.include('ottobre 2026');
    expect(slow.$('[part=status]')).to.not.equal(null);
    await until(() => slow.text('[part=status]') !== '', 'the loading state', 1000);
    expect(slow.text('[part=status]')).to.equal('Caricamento delle attività di ottobre 2026…');
    expect(slow.$('[part=status] .progress')).to.not.equal(null);
    expect(slow.$$('td[data-day]')).to.have.length(31);
    await slow.loaded();
    api.serve({ now: DEMO_NOW, scenario: 'server-error' });
    const errors: unknown[] = [];
    const w = await render({ month: '2026-11', lang: 'en' });
    w.el.addEventListener('sportello-error', (e) => errors.push(e.detail));
    await until(() => w.$('[part=alert]') !== null, 'the alert');
    expect(w.text('[part=alert]')).to.include('Something went wrong on the service');
    expect(errors).to.deep.equal([{ status: 500, type: 'urn:sportello:problem:internal-error' }]);
    await expect(w.el).to.be.accessible();
    api.serve({ now: DEMO_NOW });
    await w.click('[part=retry]');
    await w.loaded();
    expect(w.$('[part=alert]')).to.equal(null);
  });

  it('asks for a month 1,000 at a time, in Turin time, and follows the pages', async () => {
    const october = createFixtures(DEMO_NOW).events.filter((e) => e.startsAt.startsWith('2026-10')).map((e) => publicEvent(e, 'it'));
    const { client, calls } = testClient((r) => {
      const page = Number(r.url.searchParams.get('page'));
      const items = page === 1 ? october.slice(0, 5) : page === 2 ? october.slice(5) : [];
      return json({ items, page: { page, pageSize: 5, total: october.length } });
    });
    const el = await fixture<SportelloEventCalendar>(html`<sportello-event-calendar month="2026-10" view="list" .client=${client} .now=${DEMO_NOW}></sportello-event-calendar>`);
    const w = page(el);
    await until(() => /^\d+ attività/.test(w.text('[part=status]')), 'loaded');
    const october1 = calls.filter((c) => c.url.searchParams.get('from') === '2026-10-01T00:00:00+02:00');
    expect(october1.map((c) => [c.url.searchParams.get('to'), c.url.searchParams.get('page'), c.url.searchParams.get('pageSize')])).to.deep.equal([
      ['2026-11-01T00:00:00+01:00', '1', '1000'],
      ['2026-11-01T00:00:00+01:00', '2', '1000'],
    ]);
    expect(w.text('[part=status]')).to.equal(`${october.length} attività a ottobre 2026`);
    expect(w.$$('[part=list] [part=event]')).to.have.length(october.length);
  });

  it('fits 320 px and speaks English', async () => {
    await setViewport({ width: 320, height: 640 });
    api.serve({ now: DEMO_NOW });
    const w = await render({ month: '2026-10', lang: 'en', width: 320 });
    await w.loaded();
    expect(w.text('[part=status]')).to.match(/^\d+ activities in October 2026$/);
    expect(w.el.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 800, height: 600 });
  });

  it('503 on the month: says the service is down and counts the Retry-After wait down like a 429', async () => {
    api.serve({ now: DEMO_NOW });
    api.worker.use(unavailable('get', '/events', 5));
    const w = await render();
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 5 secondi.'), 'the wait');
    expect(w.text('[part=alert]')).to.include('Il servizio è temporaneamente non disponibile.');
    expect(w.$('[part=retry]')!.getAttribute('aria-disabled')).to.equal('true');
    await until(() => w.text('[part=alert]').includes('Puoi riprovare tra 4 secondi.'), 'counting down', 2000);
  });
});
