/**
 * A resident asks the community concierge for help on the demo partner page, through
 * `<sportello-help-request>` from the one-file `sportello.js`, against the real reference server
 * and its SQLite database; then checks the request with its code.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { clean, launchChromium, openPage, recordDetails, recordRequests, startDemo, type Demo } from './harness';

const widget = 'sportello-help-request';
const REQUESTS = '/v1/help/requests';

interface HelpRow {
  ticket_code: string;
  topic: string;
  description: string;
  for_whom: string;
  phone: string | null;
  email: string | null;
  preferred_channel: string;
  district: number;
  health_data_consent: number;
  lang: string;
  state: string;
}




/** What a person fills in. */
interface Filling {
  /** The topic's title as the card shows it. */
  topicTitle: string;
  forWhom: 'myself' | 'someone-i-care-for';
  description: string;
  phone?: string;
  email?: string;
  district: string;
}

/** Fills the form as a person does: a topic card, who for, what, contact, district, consent. */
async function fill(page: Page, f: Filling) {
  const w = (css: string) => page.locator(`${widget} ${css}`);
  await w('[part~=topic-card]').filter({ hasText: f.topicTitle }).click();
  await w(`input[name=for-whom][value=${f.forWhom}]`).check();
  await w('#description').fill(f.description);
  if (f.phone) await w('#phone').fill(f.phone);
  if (f.email) await w('#email').fill(f.email);
  await w('#district').selectOption(f.district);
  await w('#privacy-consent').check();
}

describe('e2e: asking the community concierge for help on the demo partner page', () => {
  let demo: Demo;
  let browser: Browser;
  const topicTitle = (id: string, lang: 'it' | 'en' = 'it') =>
    demo.query<{ title: string }>(`SELECT title_${lang} AS title FROM help_topics WHERE id = ?`, id)[0]!.title;
  const stored = (code: string) => demo.query<HelpRow>('SELECT * FROM help_requests WHERE ticket_code = ?', code);
  before(async () => {
    demo = await startDemo();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('files a request: ticket code shown, one record with that code and topic; the description stays out of URLs and events; the look-up says received', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/#portineria`);
    const requests = recordRequests(page);
    const created = await recordDetails(page, 'sportello-help-request-created');
    const w = (css: string) => page.locator(`${widget} ${css}`);
    const description = 'Mia madre deve installare l’app IO sul telefono e creare lo SPID, da sola non riesce.';
    const before = demo.query<{ n: number }>('SELECT COUNT(*) AS n FROM help_requests')[0]!.n;

    await fill(page, { topicTitle: topicTitle('apps-and-accounts'), forWhom: 'someone-i-care-for', description, phone: '333 765 4321', district: '8' });
    await w('form[part=form] [part=submit]').click();
    await w('[part=success]').waitFor();
    const code = clean(await w('[part=ticket-code]').textContent());
    assert.match(code, /^PC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    assert.match(clean(await w('[part=success]').textContent()), /Richiesta inviata/);

    const rows = stored(code);
    assert.equal(rows.length, 1, 'one record with the code shown');
    assert.equal(demo.query<{ n: number }>('SELECT COUNT(*) AS n FROM help_requests')[0]!.n, before + 1, 'one record in all');
    const row = rows[0]!;
    assert.equal(row.topic, 'apps-and-accounts');
    // Kept for the volunteer, sealed at rest: not readable in the database…
    assert.match(row.description, /^v1\.[A-Za-z0-9_-]+\./);
    assert.doesNotMatch(row.description, /SPID|madre/);
    // …and read back, whole, by the concierge's coordinator (signed in with the development provider).
    const signIn = await fetch(`${demo.url}/dev-idp/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operator: 'coordinator' }) });
    const { access_token: token } = (await signIn.json()) as { access_token: string };
    const detail = await fetch(`${demo.url}/v1/operator/help/requests/${code}`, { headers: { 'Sportello-Partner-Key': 'pk_demo_torino', Authorization: `Bearer ${token}` } });
    assert.equal(((await detail.json()) as { description: string }).description, description);
    assert.equal(row.for_whom, 'someone-i-care-for');
    assert.equal(row.phone, '+393337654321', 'the phone stored in E.164');
    assert.equal(row.email, null);
    assert.equal(row.preferred_channel, 'phone');
    assert.equal(row.district, 8);
    assert.equal(row.health_data_consent, 0);
    assert.equal(row.lang, 'it');
    assert.equal(row.state, 'received');

    assert.deepEqual(created, [{ ticketCode: code, topic: 'apps-and-accounts' }], 'the event: code and topic only');
    const words = ['installare', 'SPID', 'riesce'];
    for (const url of [page.url(), ...requests.map((r) => r.url())]) {
      const plain = decodeURIComponent(url);
      for (const word of words) assert.ok(!plain.includes(word), `"${word}" in ${url}`);
    }
    const posts = requests.filter((r) => r.method() === 'POST');
    assert.deepEqual(posts.map((r) => new URL(r.url()).pathname), [REQUESTS]);
    assert.doesNotMatch(await page.locator('#log').innerText(), /installare|SPID|765/, 'the demo log shows nothing the person wrote');

    // Later, on another visit: "check my request" with the code and the phone given.
    const later = await openPage(browser, `${demo.url}/`);
    const l = (css: string) => later.page.locator(`${widget} ${css}`);
    await l('[part=mode]').click();
    await l('#lookup-code').fill(code.toLowerCase());
    await l('#lookup-contact').fill('333 765 4321');
    await l('form[part=lookup-form] [part=submit]').click();
    await l('[part=ticket]').waitFor();
    assert.equal(clean(await l('#ticket-title').textContent()), `Richiesta ${code}`);
    assert.equal(clean(await l('[part=ticket-state]').textContent()), '● Ricevuta');
    assert.match(clean(await l('[part=ticket]').textContent()), new RegExp(`Argomento: ${topicTitle('apps-and-accounts')}`));
    assert.deepEqual([...problems, ...later.problems], []);
  });

  it('asks the extra consent for psychological support, next to the field, before sending; then files it', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const requests = recordRequests(page);
    const w = (css: string) => page.locator(`${widget} ${css}`);
    const health = demo.query<{ id: string }>('SELECT id FROM help_topics WHERE health_data = 1');
    assert.deepEqual(health.map((t) => t.id), ['psychological-support'], 'the topic that is health data');

    await w('[part~=topic-card]').first().waitFor();
    assert.equal(await w('[part=health-consent]').count(), 0, 'no health consent for other topics');
    await fill(page, {
      topicTitle: topicTitle('psychological-support'),
      forWhom: 'myself',
      description: 'Vivo da solo e in questo periodo mi sento molto giù, vorrei parlare con qualcuno.',
      email: 'piero.gallo@example.org',
      district: '6',
    });
    await w('[part=health-consent]').waitFor();
    assert.equal(clean(await w('[part=health-consent] h3').textContent()), 'Un consenso in più per il supporto psicologico');
    assert.match(clean(await w('#health-consent-hint').textContent()), /GDPR, articolo 9/);

    await w('form[part=form] [part=submit]').click();
    await w('#health-consent-error').waitFor();
    assert.equal(clean(await w('#health-consent-error').textContent()), 'Errore: Per il supporto psicologico serve anche questo consenso.');
    assert.equal(await w('#health-consent').getAttribute('aria-invalid'), 'true');
    assert.equal(await w('#health-consent').getAttribute('aria-describedby'), 'health-consent-hint health-consent-error', 'the message is tied to the box');
    assert.match(clean(await w('[part=error-summary]').textContent()), /Per il supporto psicologico serve anche questo consenso\./);

    await w('#health-consent').check();
    await w('form[part=form] [part=submit]').click();
    await w('[part=success]').waitFor();
    const code = clean(await w('[part=ticket-code]').textContent());
    const rows = stored(code);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.topic, 'psychological-support');
    assert.equal(rows[0]!.health_data_consent, 1, 'the consent is recorded');
    assert.equal(rows[0]!.email, 'piero.gallo@example.org');
    assert.equal(rows[0]!.preferred_channel, 'email');
    assert.equal(rows[0]!.district, 6);
    const posts = requests.filter((r) => r.method() === 'POST' && r.url().endsWith(REQUESTS));
    assert.equal(posts.length, 1, 'nothing was sent without the consent');
    assert.deepEqual(problems, []);
  });

  it('speaks English once the page switches language, topics from the server in English', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const w = (css: string) => page.locator(`${widget} ${css}`);
    await w('[part~=topic-card]').first().waitFor();
    assert.equal(clean(await w('#title').textContent()), 'Chiedi aiuto alla Portineria di comunità');

    await page.locator('header [data-lang=en]').click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.waitForFunction(() => document.querySelector('sportello-help-request')?.shadowRoot?.getElementById('title')?.textContent === 'Ask the community concierge for help');
    const english = demo.query<{ title: string }>('SELECT title_en AS title FROM help_topics ORDER BY position').map((t) => t.title);
    await page.waitForFunction(
      (first) => document.querySelector('sportello-help-request')?.shadowRoot?.querySelector('.card__title')?.textContent === first,
      english[0],
    );
    assert.deepEqual(await w('.card__title').allTextContents(), english);
    assert.equal(clean(await w('form[part=form] [part=submit]').textContent()), 'Send the request');
    assert.equal(clean(await w('[part=mode]').textContent()), 'Already asked? Check how your request is going');
    assert.deepEqual(problems, []);
  });
});
