/**
 * A resident browses the Prometeo activities on the demo partner page, through
 * `<sportello-event-calendar>` from the one-file `sportello.js`, and registers — or joins the
 * waiting list — against the real reference server and its SQLite database.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { clean, launchChromium, openPage, recordEvents, startDemo, type Demo } from './harness';

const widget = 'sportello-event-calendar';
/** Registration closes when an activity starts: pick ones at least a day away. */
const MARGIN_MS = 24 * 3600_000;

interface EventRow {
  id: string;
  title_it: string;
  title_en: string;
  starts_at: number;
  capacity: number;
  seats_taken: number;
  waiting_list_length: number;
}

interface RegistrationRow {
  code: string;
  event_id: string;
  state: string;
  seats: number;
  waiting_list_position: number | null;
  given_name: string;
  family_name: string;
  phone: string | null;
  email: string | null;
  lang: string;
}


/** `YYYY-MM` of an instant in Turin. */
const romeMonth = (ms: number) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' }).slice(0, 7);
/** Months from `a` to `b` (`YYYY-MM`). */
const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5));
/** `novembre 2026` / `November 2026`, as the calendar's heading names a month. */
const monthName = (ym: string, locale: string) =>
  new Date(`${ym}-15T12:00:00Z`).toLocaleDateString(locale, { timeZone: 'Europe/Rome', month: 'long', year: 'numeric' });


/** Goes to the month of `event` as a person does (next month, as many times as needed), in the list view, and opens it. */
async function openActivity(page: Page, event: EventRow) {
  const w = (css: string) => page.locator(`${widget} ${css}`);
  await w('[part=status] .status__text').waitFor();
  await w('[part=view-list]').click();
  const steps = monthsBetween(romeMonth(Date.now()), romeMonth(event.starts_at));
  for (let i = 0; i < steps; i++) await w('[part=next]').click();
  await w(`[part=list] [data-event="${event.id}"]`).click();
  await w('dialog[open] [part=registration]').waitFor();
}

/** Fills the registration form: name, contact, consent. */
async function fillRegistration(page: Page, person: { given: string; family: string; email: string }) {
  const w = (css: string) => page.locator(`${widget} ${css}`);
  await w('#reg-given').fill(person.given);
  await w('#reg-family').fill(person.family);
  await w('#reg-email').fill(person.email);
  await w('#reg-consent').check();
}

describe('e2e: Prometeo activities on the demo partner page', () => {
  let demo: Demo;
  let browser: Browser;
  const event = (id: string) => demo.query<EventRow>('SELECT * FROM events WHERE id = ?', id)[0]!;
  const registrations = (eventId: string) => demo.query<RegistrationRow>('SELECT * FROM registrations WHERE event_id = ? ORDER BY created_at', eventId);
  /**
   * The first activity at least a day away that has seats left, or that is full with people
   * already waiting (one another test has just filled has no waiting list yet, whatever the order).
   */
  const upcoming = (full: boolean) =>
    demo.query<EventRow>(
      `SELECT * FROM events WHERE starts_at > ? AND ${full ? 'seats_taken >= capacity AND waiting_list_length > 0' : 'seats_taken < capacity'} ORDER BY starts_at, id LIMIT 1`,
      Date.now() + MARGIN_MS,
    )[0];
  before(async () => {
    demo = await startDemo();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows this month’s activities, then registers a person: seat taken, one registration stored, event without personal data', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/#attivita`);
    const seen = await recordEvents(page, ['sportello-event-selected', 'sportello-registration-created']);
    const w = (css: string) => page.locator(`${widget} ${css}`);

    // The month shown is this month in Turin, with every activity the database has for it.
    const thisMonth = romeMonth(Date.now());
    const inMonth = demo.query<EventRow>('SELECT * FROM events ORDER BY starts_at').filter((e) => romeMonth(e.starts_at) === thisMonth);
    assert.ok(inMonth.length > 0, 'the demo has activities this month');
    const label = monthName(thisMonth, 'it-IT');
    await page.waitForFunction(
      (text) => document.querySelector('sportello-event-calendar')?.shadowRoot?.querySelector('[part=status]')?.textContent?.trim() === text,
      `${inMonth.length} attività a ${label}`,
    );
    assert.equal(clean(await w('[part=title]').textContent()), `Attività Prometeo, ${label}`);
    await w('[part=view-list]').click();
    assert.deepEqual(
      await w('[part=list] [part=event]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset['event'])),
      inMonth.map((e) => e.id),
      'the list shows the month’s activities in order',
    );
    assert.match(clean(await w(`[data-event="${inMonth[0]!.id}"]`).textContent()), new RegExp(inMonth[0]!.title_it));

    // An activity with seats left, at least a day away.
    const chosen = upcoming(false);
    assert.ok(chosen, 'an upcoming activity with seats');
    await w('[part=view-month]').click();
    await openActivity(page, chosen);
    const left = chosen.capacity - chosen.seats_taken;
    const earlier = registrations(chosen.id).length;
    assert.equal(clean(await w('dialog #dialog-title').textContent()), chosen.title_it);
    assert.match(clean(await w('[part=details]').textContent()), new RegExp(left === 1 ? 'Resta 1 posto' : `Restano ${left} posti`));

    await fillRegistration(page, { given: 'Teresa', family: 'Bongiovanni', email: 'teresa.bongiovanni@example.org' });
    await w('[part=registration] [part=submit]').click();
    await w('[part=confirmation]').waitFor();
    const text = clean(await w('[part=confirmation]').textContent());
    const code = /Il codice è (RG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])/.exec(text)?.[1];
    assert.ok(code, text);
    assert.equal(text, `Iscrizione confermata. Il codice è ${code}: conservalo.`);

    const rows = registrations(chosen.id);
    assert.equal(rows.length, earlier + 1, 'one more registration for the activity');
    assert.ok(rows.some((r) => r.email === 'teresa.bongiovanni@example.org'), 'the person’s registration');
    const { code: storedCode, state, seats, waiting_list_position, given_name, family_name, email, phone, lang } = rows.find((r) => r.email === 'teresa.bongiovanni@example.org')!;
    assert.deepEqual(
      { storedCode, state, seats, waiting_list_position, given_name, family_name, email, phone, lang },
      { storedCode: code, state: 'registered', seats: 1, waiting_list_position: null, given_name: 'Teresa', family_name: 'Bongiovanni', email: 'teresa.bongiovanni@example.org', phone: null, lang: 'it' },
    );
    assert.equal(event(chosen.id).seats_taken, chosen.seats_taken + 1, 'one seat taken');
    const nowLeft = left - 1;
    assert.match(clean(await w('[part=details]').textContent()), new RegExp(nowLeft === 0 ? 'Posti esauriti' : nowLeft === 1 ? 'Resta 1 posto' : `Restano ${nowLeft} posti`));

    assert.deepEqual(seen, [
      ['sportello-event-selected', { eventId: chosen.id }],
      ['sportello-registration-created', { eventId: chosen.id, status: 'registered' }],
    ]);
    assert.doesNotMatch(await page.locator('#log').innerText(), /Teresa|Bongiovanni|example\.org/, 'the demo log shows nothing personal');
    assert.deepEqual(problems, []);
  });

  it('offers the waiting list for a full activity and puts the person on it, with the position', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const seen = await recordEvents(page, ['sportello-event-selected', 'sportello-registration-created']);
    const w = (css: string) => page.locator(`${widget} ${css}`);
    const full = upcoming(true);
    assert.ok(full, 'an upcoming full activity with people waiting');
    const waiting = full.waiting_list_length;
    const earlier = registrations(full.id).length;

    await openActivity(page, full);
    assert.match(clean(await w('[part=details]').textContent()), new RegExp(`Posti esauriti, ${waiting === 1 ? '1 persona' : `${waiting} persone`} in lista d’attesa`));
    await fillRegistration(page, { given: 'Aldo', family: 'Ferraris', email: 'aldo.ferraris@example.org' });
    await w('[part=registration] [part=submit]').click();
    await w('[part=waiting-list]').waitFor();
    assert.match(clean(await w('[part=registration] [part=alert]').textContent()), /^L’attività è al completo\..*vuoi metterti in lista\?/);
    assert.equal(registrations(full.id).length, earlier, 'nothing stored before the person asks for the waiting list');

    await w('[part=waiting-list]').click();
    await w('[part=confirmation]').waitFor();
    const rows = registrations(full.id);
    assert.equal(rows.length, earlier + 1, 'one more registration for the activity');
    const mine = rows.find((r) => r.email === 'aldo.ferraris@example.org')!;
    assert.ok(mine, 'the person’s registration');
    assert.equal(mine.state, 'waitlisted');
    assert.equal(mine.waiting_list_position, waiting + 1);
    assert.equal(event(full.id).waiting_list_length, waiting + 1);
    assert.equal(event(full.id).seats_taken, full.seats_taken, 'no seat taken');
    assert.equal(
      clean(await w('[part=confirmation]').textContent()),
      `Sei in lista d’attesa, in posizione ${waiting + 1}. Il codice è ${mine.code}: ti avviseremo se si libera un posto.`,
    );
    assert.deepEqual(
      seen.filter(([name]) => name === 'sportello-registration-created').map(([, d]) => d),
      [{ eventId: full.id, status: 'waitlisted' }],
      'the event: activity and outcome only',
    );
    assert.deepEqual(problems, []);
  });

  it('speaks English once the page switches language, activities from the server in English', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const w = (css: string) => page.locator(`${widget} ${css}`);
    await w('[part=status] .status__text').waitFor();
    assert.equal(clean(await w('[part=next]').textContent()), 'Mese successivo →');

    await page.locator('header [data-lang=en]').click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const thisMonth = romeMonth(Date.now());
    const inMonth = demo.query<EventRow>('SELECT * FROM events ORDER BY starts_at').filter((e) => romeMonth(e.starts_at) === thisMonth);
    const label = monthName(thisMonth, 'en-GB');
    await page.waitForFunction(
      (text) => document.querySelector('sportello-event-calendar')?.shadowRoot?.querySelector('[part=status]')?.textContent?.trim() === text,
      `${inMonth.length} activities in ${label}`,
    );
    assert.equal(clean(await w('[part=next]').textContent()), 'Next month →');
    assert.equal(clean(await w('[part=title]').textContent()), `Prometeo activities, ${label}`);
    await w('[part=view-list]').click();
    assert.match(clean(await w(`[data-event="${inMonth[0]!.id}"]`).textContent()), new RegExp(inMonth[0]!.title_en));
    assert.deepEqual(problems, []);
  });
});
