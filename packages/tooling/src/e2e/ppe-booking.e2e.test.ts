/**
 * A resident books masks on the demo partner page, through `<sportello-ppe-booking>` from the
 * one-file `sportello.js`, against the real reference server and its SQLite database.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, recordDetails, startDemo, type Demo } from './harness';

const resident = { taxCode: 'vrdlgu40c15l219q', givenName: 'Luigi', familyName: 'Verdi', household: '3', phone: '333 123 4567' };
const widget = 'sportello-ppe-booking';

/** Walks the booking form as a person does: fill each step and press the step's main button. */
async function book(page: Page) {
  const w = (css: string) => page.locator(`${widget} ${css}`);
  const next = () => w('[part=submit]').click();
  await w('#step-heading').waitFor();
  // The demo has two open rounds: the city-wide one, and a small one (10 units left) in Aurora.
  const cityWide = w('input[type=radio][value^="ffp2-"]:not([value*="aurora"])');
  if (await cityWide.count()) await cityWide.check();
  await next();
  await w('#tax-code').fill(resident.taxCode);
  await w('#given-name').fill(resident.givenName);
  await w('#family-name').fill(resident.familyName);
  await w('#household-size').fill(resident.household);
  await next();
  await w('#building-code').fill('TO-0412');
  await next();
  await w('[part=building]').waitFor();
  await next();
  await w('#phone').fill(resident.phone);
  await w('#consent').check();
  await next();
  await w('[part=review]').waitFor();
  await next();
  await w('[part=outcome]').waitFor();
  return w('[part=outcome]');
}

describe('e2e: booking masks on the demo partner page', () => {
  let demo: Demo;
  let browser: Browser;
  before(async () => {
    demo = await startDemo();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('books for real, shows the code, stores one booking; booking again says already booked', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const created = await recordDetails(page, 'sportello-booking-created');

    const outcome = await book(page);
    assert.equal(await outcome.getAttribute('data-outcome'), 'confirmed');
    const code = (await page.locator(`${widget} [part=booking-code]`).textContent())!.trim();
    assert.match(code, /^PR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);

    assert.equal(created.length, 1, 'one sportello-booking-created event');
    const detail = created[0] as { bookingCode: string; roundId: string; quantity: number };
    assert.deepEqual(Object.keys(detail).sort(), ['bookingCode', 'quantity', 'roundId'], 'no personal data in the event');
    assert.equal(detail.bookingCode, code);

    const rows = demo.query<{ code: string; phone: string; quantity: number; state: string }>(
      'SELECT code, phone, quantity, state FROM bookings WHERE tax_code = ? AND round_id = ?',
      resident.taxCode.toUpperCase(),
      detail.roundId,
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.code, code);
    assert.equal(rows[0]!.phone, '+393331234567', 'the phone stored in E.164');
    assert.equal(rows[0]!.state, 'confirmed');
    assert.equal(rows[0]!.quantity, 15, 'a household of 3 at 5 masks each');

    // The same person, on a fresh page: the server refuses a second booking in the round.
    const second = await openPage(browser, `${demo.url}/`);
    const again = await book(second.page);
    assert.equal(await again.getAttribute('data-outcome'), 'already-booked');
    assert.doesNotMatch((await again.textContent())!, new RegExp(code), 'a codice fiscale alone reveals no booking code');
    const count = demo.query<{ n: number }>('SELECT COUNT(*) AS n FROM bookings WHERE tax_code = ? AND round_id = ?', resident.taxCode.toUpperCase(), detail.roundId);
    assert.equal(count[0]!.n, 1);

    assert.deepEqual([...problems, ...second.problems], []);
  });

  it('works on a plain page with only the script and the tag, under a strict CSP with Trusted Types', async () => {
    const csp = (await fetch(`${demo.url}/plain.html`)).headers.get('content-security-policy') ?? '';
    assert.match(csp, /require-trusted-types-for 'script'; trusted-types lit-html$/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const { page, problems } = await openPage(browser, `${demo.url}/plain.html`);
    await page.locator(`${widget} #step-heading`).waitFor();
    assert.match((await page.locator(`${widget} #step-heading`).textContent())!, /\S/);
    assert.deepEqual(problems, []);
  });
});
