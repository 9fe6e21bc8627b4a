/**
 * A holder checks a grocery voucher on the demo partner page, through `<sportello-voucher-checker>`
 * from the one-file `sportello.js`, against the real reference server and its SQLite database.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { demo as fixtures } from '@sportello/mocks';
import { CODE_ALPHABET, checkCode, generateCode } from '@sportello/sdk/checks';
import { clean, launchChromium, openPage, recordDetails, recordRequests, startDemo, type Demo } from './harness';

const widget = 'sportello-voucher-checker';
const CHECKS = '/v1/vouchers/checks';
const active = fixtures.vouchers.active;
const NOT_FOUND = 'Non troviamo un buono con questo codice intestato a questo codice fiscale. Controlla entrambi e riprova.';

interface VoucherRow {
  code: string;
  holder_tax_code: string;
  balance_cents: number;
  face_value_cents: number;
  expires_on: string;
  district: number;
  revoked: number;
}

/** Euro cents as the Italian page writes them: `€ 12,50` (no-break space; amounts under € 1.000). */
const euroIt = (cents: number) => `€\u00a0${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
/** The English form: `€12.50`. */
const euroEn = (cents: number) => `€${(cents / 100).toFixed(2)}`;




/** Types a code and a codice fiscale and presses the check button, as a person does. */
async function check(page: Page, voucherCode: string, taxCode: string) {
  const w = (css: string) => page.locator(`${widget} ${css}`);
  await w('#voucher-code').fill(voucherCode);
  await w('#tax-code').fill(taxCode);
  await w('[part=submit]').click();
}

describe('e2e: checking a grocery voucher on the demo partner page', () => {
  let demo: Demo;
  let browser: Browser;
  const voucher = (code: string) => demo.query<VoucherRow>('SELECT * FROM vouchers WHERE code = ?', code)[0];
  before(async () => {
    demo = await startDemo();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows an active voucher: state in words, credit, purchases and shops of its district; the event and the URL carry nothing personal', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/#buoni`);
    const requests = recordRequests(page);
    const checked = await recordDetails(page, 'sportello-voucher-checked');
    const w = (css: string) => page.locator(`${widget} ${css}`);
    const row = voucher(active.voucherCode);
    assert.ok(row, 'the demo voucher is in the database');
    assert.equal(row.holder_tax_code, active.taxCode);

    // Typed as people type: lower case, the codice fiscale in lower case too.
    await check(page, active.voucherCode.toLowerCase(), active.taxCode.toLowerCase());
    await w('[part=result]').waitFor();
    assert.equal(clean(await w('[part=status]').first().textContent()), 'Ecco il tuo buono.');
    assert.equal(clean(await w('[part=state]').textContent()), '✓ Attivo');
    assert.match(clean(await w('[part=result]').textContent()), /Puoi usarlo nei negozi aderenti\./);
    assert.equal(clean(await w('[part=balance]').textContent()), clean(euroIt(row.balance_cents)));
    assert.equal(await w('[part=balance]').textContent(), euroIt(row.balance_cents), 'the amount as `€ 12,50`, with a no-break space');

    // Recent purchases, newest first, as the database holds them.
    const stored = demo.query<{ shop_name: string; amount_cents: number }>(
      'SELECT shop_name, amount_cents FROM redemptions WHERE voucher_code = ? ORDER BY redeemed_at DESC',
      active.voucherCode,
    );
    assert.ok(stored.length > 0, 'the demo voucher has purchases');
    const shown = await w('[part=redemptions] tbody tr').evaluateAll((rows) =>
      rows.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').trim())),
    );
    assert.deepEqual(
      shown.map((r) => [r[1], r[2]]),
      stored.map((r) => [r.shop_name, euroIt(r.amount_cents)]),
    );

    // The participating shops of the voucher's district.
    const shops = demo.query<{ name: string }>('SELECT name FROM shops WHERE district = ? ORDER BY name', row.district).map((s) => s.name);
    assert.ok(shops.length > 0);
    await page.waitForFunction(
      (n) => document.querySelector('sportello-voucher-checker')?.shadowRoot?.querySelectorAll('[part=shop]').length === n,
      shops.length,
    );
    assert.deepEqual((await w('[part=shop] .shop__name').allTextContents()).sort(), shops);

    // What the partner's page hears: state, credit and expiry only.
    assert.equal(checked.length, 1);
    assert.deepEqual(checked[0], { status: 'active', balanceCents: row.balance_cents, expiresOn: row.expires_on });
    assert.doesNotMatch(await page.locator('#log').innerText(), /BS-|BNCGNN/i, 'the demo log shows no code, no codice fiscale');

    // Neither the code nor the codice fiscale is in the page's address or in any request's.
    for (const url of [page.url(), ...requests.map((r) => r.url())]) {
      assert.doesNotMatch(decodeURIComponent(url), /BS-?4D2N|4D2N-?8WQ5|BNCGNN50A41L219J/i, url);
    }
    const posts = requests.filter((r) => r.method() === 'POST');
    assert.deepEqual(posts.map((r) => new URL(r.url()).pathname), [CHECKS], 'one check, sent in the body');
    assert.deepEqual(problems, []);
  });

  it('says the same thing for a voucher of someone else and for a code that does not exist', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const requests = recordRequests(page);
    const checked = await recordDetails(page, 'sportello-voucher-checked');
    const w = (css: string) => page.locator(`${widget} ${css}`);

    // The right code with another person's (valid) codice fiscale.
    const other = fixtures.vouchers.exhausted.taxCode;
    assert.notEqual(voucher(active.voucherCode)!.holder_tax_code, other);
    let answered = page.waitForResponse((r) => r.url().endsWith(CHECKS));
    await check(page, active.voucherCode, other);
    assert.equal((await answered).status(), 404);
    await w('[part=alert]').waitFor();
    const wrongHolder = clean(await w('[part=alert]').textContent());

    // A well-formed code (right check character) that the database does not hold.
    let unknown = generateCode('BS');
    while (voucher(unknown)) unknown = generateCode('BS');
    answered = page.waitForResponse((r) => r.url().endsWith(CHECKS));
    await check(page, unknown, active.taxCode);
    assert.equal((await answered).status(), 404);
    await w('[part=alert]').waitFor();
    const unknownCode = clean(await w('[part=alert]').textContent());

    assert.equal(wrongHolder, NOT_FOUND);
    assert.equal(unknownCode, wrongHolder, 'a wrong holder and an unknown code read the same');
    assert.equal(await w('[part=result]').count(), 0, 'no voucher shown');
    assert.deepEqual(checked, [], 'no sportello-voucher-checked event');
    assert.equal(requests.filter((r) => r.method() === 'POST' && r.url().endsWith(CHECKS)).length, 2, 'both were asked to the server');
    assert.deepEqual(problems, []);
  });

  it('catches a mistyped code by its check character before any request', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const w = (css: string) => page.locator(`${widget} ${css}`);
    await w('#voucher-code').waitFor();
    const requests = recordRequests(page);

    // The active voucher's code with its last character changed: well formed, wrong check character.
    const stem = active.voucherCode.slice(0, -1);
    const typo = [...CODE_ALPHABET].map((c) => stem + c).find((c) => c !== active.voucherCode && !checkCode('BS', c).ok)!;
    assert.deepEqual(checkCode('BS', typo), { ok: false, code: 'check-character' });
    await check(page, typo, active.taxCode);
    await w('#voucher-code-error').waitFor();
    assert.equal(clean(await w('#voucher-code-error').textContent()), 'Errore: Il codice non è corretto: controlla di averlo copiato bene dal buono.');
    assert.equal(await w('#voucher-code').getAttribute('aria-invalid'), 'true');
    assert.equal(await w('#voucher-code').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), true, 'focus on the code');

    // Corrected, it is checked: exactly one request in all, so the mistyped one never left the page.
    await check(page, active.voucherCode, active.taxCode);
    await w('[part=result]').waitFor();
    const calls = requests.filter((r) => r.url().includes('/v1/vouchers/checks'));
    assert.equal(calls.length, 1, 'only the corrected code was sent');
    assert.deepEqual(problems, []);
  });

  it('speaks English once the page switches language, amounts in the English form', async () => {
    const { page, problems } = await openPage(browser, `${demo.url}/`);
    const w = (css: string) => page.locator(`${widget} ${css}`);
    await w('h2').waitFor();
    assert.equal(clean(await w('h2').textContent()), 'Controlla il tuo buono spesa');

    await page.locator('header [data-lang=en]').click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.waitForFunction(() => document.querySelector('sportello-voucher-checker')?.shadowRoot?.querySelector('h2')?.textContent === 'Check your grocery voucher');
    assert.match(clean(await w('label[for=voucher-code]').textContent()), /^Voucher code\b/);
    assert.equal(clean(await w('[part=submit]').textContent()), 'Check the voucher');

    const unused = fixtures.vouchers.unused;
    const row = voucher(unused.voucherCode)!;
    await check(page, unused.voucherCode, unused.taxCode);
    await w('[part=result]').waitFor();
    assert.equal(clean(await w('[part=state]').textContent()), '✓ Active');
    assert.equal(await w('[part=balance]').textContent(), euroEn(row.balance_cents));
    assert.match(clean(await w('[part=result]').textContent()), /You have not used this voucher yet\./);
    assert.deepEqual(problems, []);
  });
});
