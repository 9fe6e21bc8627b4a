/// <reference types="mocha" />
/**
 * The browser in other time zones (CDP `Emulation.setTimezoneOverride`, through the
 * `emulate-timezone` command of web-test-runner.config.mjs): the calendar still shows Turin's
 * days and times, labelled, across the October and March clock changes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEMO_NOW, createFixtures, type EventFixture } from '@sportello/mocks';
import { mockApi } from '../testing/mock-api';
import { page, until } from '../testing/page';
import '../define/sportello-event-calendar';
import type { SportelloEventCalendar } from './event-calendar';

const api = mockApi();
const emulate = (timezoneId?: string) => executeServerCommand('emulate-timezone', timezoneId ? { timezoneId } : {});

/** The demo data plus activities at awkward times: the repeated and the skipped hour, near midnight. */
function fixtures() {
  const f = createFixtures(DEMO_NOW);
  const base = f.events.find((e) => !e.seriesId)!;
  const at = (id: string, startsAt: string, endsAt: string): EventFixture => ({ ...structuredClone(base), id, title: id, en: { title: id, description: id }, startsAt, endsAt });
  f.events.push(
    at('ripetuta-prima', '2026-10-25T02:30:00+02:00', '2026-10-25T02:50:00+02:00'),
    at('ripetuta-dopo', '2026-10-25T02:30:00+01:00', '2026-10-25T03:30:00+01:00'),
    at('tardi-31-ottobre', '2026-10-31T23:30:00+01:00', '2026-10-31T23:59:00+01:00'),
    at('presto-1-novembre', '2026-11-01T00:30:00+01:00', '2026-11-01T01:30:00+01:00'),
    at('dopo-il-salto', '2027-03-29T03:30:00+02:00', '2027-03-29T04:30:00+02:00'),
  );
  return f;
}

async function render(month: string, lang = 'it') {
  const el = await fixture<SportelloEventCalendar>(html`<sportello-event-calendar lang=${lang} month=${month} view="month" .client=${api.client} .now=${DEMO_NOW}></sportello-event-calendar>`);
  const p = page(el);
  await until(() => /attivit|activit/i.test(p.text('[part=status]')) && !p.$('[part=status] .progress'), 'the month loaded');
  const chips = (day: string) => [...(p.$(`td[data-day="${day}"]`)?.querySelectorAll('[part=event]') ?? [])].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
  return { el, ...p, chips };
}

describe('<sportello-event-calendar> in other time zones', () => {
  before(() => api.start());
  after(async () => {
    await emulate();
    await api.stop();
  });

  it('in New York: Turin days and times, labelled, across Turin’s clock change (25 October) and New York’s (1 November)', async () => {
    await emulate('America/New_York');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date('2026-10-13T08:00:00Z').getHours(), 'the browser really is in New York').to.equal(4);
    api.serve({ now: DEMO_NOW, fixtures: fixtures() });
    const w = await render('2026-10');
    for (const day of ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27']) expect(w.chips(day), day).to.include('10:00 Tai chi al parco Movimento');
    const repeated = w.chips('2026-10-25').filter((c) => c.includes('ripetuta'));
    expect(repeated.map((c) => c.split(' ').slice(0, 2).join(' '))).to.deep.equal(['02:30 ripetuta-prima', '02:30 ripetuta-dopo']);
    expect(w.chips('2026-10-31').some((c) => c.startsWith('23:30 tardi-31-ottobre'))).to.equal(true);
    expect(w.chips('2026-10-31').some((c) => c.includes('presto-1-novembre')), 'Nov 1 in Turin is not October').to.equal(false);
    expect(w.text('.hint')).to.equal('Gli orari sono quelli di Torino.');
    w.$<HTMLElement>('td[data-day="2026-10-27"] [data-event^="tai-chi"]')!.click();
    await until(() => w.$<HTMLDialogElement>('dialog')!.open, 'details');
    expect(w.text('[part=details] dd')).to.equal('martedì 27 ottobre 2026, 10:00–11:00 (ora di Torino)');
    w.$<HTMLDialogElement>('dialog')!.close();

    const nov = await render('2026-11', 'en');
    expect(nov.chips('2026-11-01').some((c) => c.startsWith('00:30 presto-1-novembre'))).to.equal(true);
    expect(nov.chips('2026-11-03')).to.include('10:00 Tai chi in the park Movement');
    expect(nov.text('.hint')).to.equal('Times are Turin time.');
  });

  it('in Tokyo: an activity at 23:30 in Turin stays on its Turin day; after the March jump 03:30 is 03:30', async () => {
    await emulate('Asia/Tokyo');
    expect(new Date('2026-10-31T22:30:00Z').getDate(), 'already 1 November in Tokyo').to.equal(1);
    api.serve({ now: DEMO_NOW, fixtures: fixtures() });
    const w = await render('2026-10');
    expect(w.chips('2026-10-31').some((c) => c.startsWith('23:30 tardi-31-ottobre'))).to.equal(true);
    const march = await render('2027-03');
    expect(march.chips('2027-03-29').some((c) => c.startsWith('03:30 dopo-il-salto'))).to.equal(true);
  });

  it('in Turin itself: no label, the same times', async () => {
    await emulate('Europe/Rome');
    api.serve({ now: DEMO_NOW, fixtures: fixtures() });
    const w = await render('2026-10');
    expect(w.chips('2026-10-27')).to.include('10:00 Tai chi al parco Movimento');
    expect(w.$('.hint')).to.equal(null);
    w.$<HTMLElement>('td[data-day="2026-10-27"] [data-event^="tai-chi"]')!.click();
    await until(() => w.$<HTMLDialogElement>('dialog')!.open, 'details');
    expect(w.text('[part=details] dd')).to.equal('martedì 27 ottobre 2026, 10:00–11:00');
    await expect(w.el).to.be.accessible();
  });
});
