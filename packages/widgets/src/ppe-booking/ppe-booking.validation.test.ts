/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createFixtures } from '@sportello/mocks';
import { mockApi } from '../testing/mock-api';
import { until } from '../testing/page';
import { DEMO_NOW, person, renderBooking } from './ppe-booking.test-kit';

const api = mockApi();

type Widget = Awaited<ReturnType<typeof renderBooking>>;

/** Types `value` into `id`, continues, and returns the field's message (or '' when accepted). */
async function messageFor(w: Widget, id: string, value: string): Promise<string> {
  await w.type(id, value);
  await w.next();
  return w.byId(`${id}-error`)?.textContent?.replace(/\s+/g, ' ').replace(/^Errore: |^Error: /, '').trim() ?? '';
}

describe('<sportello-ppe-booking> validation', () => {
  before(() => api.start());
  after(() => api.stop());

  it('on continue: every problem in the summary, linked to its field, each message by its field, focus to the first', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.next();
    await w.type('household-size', '');
    await w.next();
    expect(w.text('[part=error-summary] [role=heading]')).to.equal('Ci sono 4 problemi da correggere');
    expect(w.$$('[part=error-summary] a').map((a) => a.getAttribute('href'))).to.deep.equal(['#tax-code', '#given-name', '#family-name', '#household-size']);
    expect(w.texts('[part=error-summary] a')).to.deep.equal(['Scrivi il codice fiscale.', 'Scrivi il tuo nome.', 'Scrivi il tuo cognome.', 'Indica quante persone siete.']);
    for (const id of ['tax-code', 'given-name', 'family-name', 'household-size']) {
      expect(w.byId(id)!.getAttribute('aria-invalid'), id).to.equal('true');
      expect(w.byId(id)!.getAttribute('aria-describedby'), id).to.include(`${id}-error`);
    }
    await until(() => w.focused() === 'tax-code', 'focus on the first invalid field');
    w.$<HTMLAnchorElement>('[part=error-summary] a[href="#family-name"]')!.click();
    expect(w.focused()).to.equal('family-name');
    expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    await expect(w.el).to.be.accessible();
  });

  it('checks a flagged field again as it is typed, and leaves the others alone until continue', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.next();
    await w.next();
    expect(w.byId('tax-code-error')).to.exist;
    await w.type('tax-code', 'RSSMRA8');
    expect(w.text('#tax-code-error')).to.include('Il codice fiscale ha 16 caratteri: ne mancano alcuni.');
    await w.type('tax-code', person.taxCode);
    expect(w.byId('tax-code-error')).to.equal(null);
    expect(w.byId('tax-code')!.hasAttribute('aria-invalid')).to.equal(false);
    expect(w.texts('[part=error-summary] a')).to.deep.equal(['Scrivi il tuo nome.', 'Scrivi il tuo cognome.']);
    await w.type('household-size', '99');
    expect(w.byId('household-size-error'), 'not flagged before continue').to.equal(null);
    expect(w.text('[part=quantity]')).to.equal('Indica quante persone siete per sapere quante mascherine riceverai.');
  });

  it('says what is wrong with each applicant field', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client);
    await w.next();
    const cases: [string, string, string][] = [
      ['tax-code', 'RSSMRA8', 'Il codice fiscale ha 16 caratteri: ne mancano alcuni.'],
      ['tax-code', 'RSSMRA85T10L219GX', 'Il codice fiscale ha 16 caratteri: ce ne sono di troppo.'],
      ['tax-code', 'RSSMRA85Z10L219G', 'Il codice fiscale non ha la forma giusta: controlla lettere e cifre.'],
      ['tax-code', 'RSSMRA85T10L219X', 'L’ultima lettera non corrisponde: controlla di aver copiato bene il codice fiscale.'],
      ['tax-code', '', 'Scrivi il codice fiscale.'],
      ['given-name', '', 'Scrivi il tuo nome.'],
      ['given-name', 'M'.repeat(81), 'Il nome può avere al massimo 80 caratteri.'],
      ['family-name', ' ', 'Scrivi il tuo cognome.'],
      ['family-name', 'R'.repeat(81), 'Il cognome può avere al massimo 80 caratteri.'],
      ['household-size', '', 'Indica quante persone siete.'],
      ['household-size', '2,5', 'Scrivi un numero intero, per esempio 3.'],
      ['household-size', '0', 'Il nucleo familiare può essere da 1 a 12 persone.'],
      ['household-size', '13', 'Il nucleo familiare può essere da 1 a 12 persone.'],
    ];
    for (const [id, value, message] of cases) expect(await messageFor(w, id, value), `${id} = "${value}"`).to.equal(message);
  });

  it('says what is wrong with each building and contact field, in English too', async () => {
    api.serve({ now: DEMO_NOW });
    const w = await renderBooking(api.client, { lang: 'en' });
    await w.next();
    await w.type('tax-code', person.taxCode);
    await w.type('given-name', person.givenName);
    await w.type('family-name', person.familyName);
    await w.next();
    expect(await messageFor(w, 'building-code', '')).to.equal('Enter the building code.');
    expect(await messageFor(w, 'building-code', 'TO-41')).to.equal('The code is two letters and four digits, for example TO-0412.');
    await w.click('#building-mode-1');
    expect(w.byId('building-code'), 'code field hidden by address mode').to.equal(null);
    await w.next();
    expect(w.texts('[part=error-summary] a')).to.deep.equal(['Enter the street.', 'Enter the civic number.', 'Enter the CAP.']);
    expect(await messageFor(w, 'street', 'V')).to.equal('Enter the full street name.');
    expect(await messageFor(w, 'civic-number', 'civico')).to.equal('Enter the civic number, for example 150, 66/B or 140 bis.');
    expect(await messageFor(w, 'cap', '1012')).to.equal('A CAP has 5 digits.');
    expect(await messageFor(w, 'cap', '20121')).to.equal('The CAP must be a Turin one, 10121 to 10156.');
    await w.type('street', 'Via Nizza');
    await w.type('civic-number', '150');
    expect(await messageFor(w, 'cap', '10126')).to.equal('');
    await until(() => w.$('[part=building]') !== null, 'building found');
    await w.next();
    await w.next();
    expect(w.texts('[part=error-summary] a')).to.deep.equal(['Enter a phone number.', 'To book, you need to accept the privacy notice.']);
    expect(await messageFor(w, 'phone', 'tel. abc')).to.equal('This number is not valid: use digits only, for example 333 123 4567.');
    expect(await messageFor(w, 'phone', '333 12')).to.equal('The number is too short: check you typed all of it.');
    expect(await messageFor(w, 'phone', '333 123 456 789')).to.equal('The number is too long: check you typed it correctly.');
    await w.click('#contact-method-1');
    expect(await messageFor(w, 'email', '')).to.equal('Enter an e-mail address.');
    expect(await messageFor(w, 'email', 'luigi@')).to.equal('This e-mail address is not valid: it should look like name@example.org.');
    expect(w.text('#consent-error')).to.include('To book, you need to accept the privacy notice.');
    await expect(w.el).to.be.accessible();
  });

  it('asks to choose a round when several are open', async () => {
    const fixtures = createFixtures(DEMO_NOW);
    api.serve({ now: DEMO_NOW, fixtures: { ...fixtures, rounds: [...fixtures.rounds, fixtures.smallStockRound] } });
    const w = await renderBooking(api.client);
    expect(w.$$('#round-id input[type=radio]')).to.have.length(2);
    await w.next();
    expect(w.text('#round-id-error')).to.include('Scegli un turno.');
    await until(() => w.root.activeElement === w.$('#round-id input'), 'focus on the first choice');
    await w.click('#round-id-0');
    expect(w.byId('round-id-error')).to.equal(null);
    expect(w.text('[part=round]')).to.include('Mascherine FFP2 — distribuzione straordinaria Aurora');
    expect(w.text('[part=round]')).to.include('Ne restano 10.');
    await expect(w.el).to.be.accessible();
  });

  it('preselects the round named by the round attribute', async () => {
    const fixtures = createFixtures(DEMO_NOW);
    api.serve({ now: DEMO_NOW, fixtures: { ...fixtures, rounds: [...fixtures.rounds, fixtures.smallStockRound] } });
    const w = await renderBooking(api.client, { round: fixtures.rounds[0]!.id });
    expect(w.byId<HTMLInputElement>('round-id-1')!.checked).to.equal(true);
    expect(w.text('[part=round]')).to.include('Mascherine FFP2 — ottobre 2026');
    await w.next();
    expect(w.heading()).to.equal('Passo 2 di 5: Richiedente');
  });

  it('puts the API’s field errors (JSON pointers) on the same fields, on their step, focusing the first', async () => {
    const mock = api.serve({ now: DEMO_NOW });
    api.worker.use(
      http.post('*/v1/ppe/bookings', () =>
        HttpResponse.json(
          {
            type: 'urn:sportello:problem:validation-error',
            title: 'Dati non validi',
            status: 400,
            errors: [
              { pointer: '/contact/phone', code: 'format' },
              { pointer: '/applicant/familyName', code: 'too-long' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const bookings = mock.store.state.bookings.length;
    const w = await renderBooking(api.client);
    await w.fillAll();
    await w.next();
    await until(() => w.heading() === 'Passo 2 di 5: Richiedente', 'back on the applicant step');
    expect(w.text('#family-name-error')).to.include('Il cognome può avere al massimo 80 caratteri.');
    expect(w.texts('[part=error-summary] a')).to.deep.equal(['Il cognome può avere al massimo 80 caratteri.']);
    await until(() => w.focused() === 'family-name', 'focus on the flagged field');
    expect(w.byId<HTMLInputElement>('family-name')!.value).to.equal(person.familyName);
    await w.next();
    expect(w.heading(), 'an unchanged field the API refused stays flagged').to.equal('Passo 2 di 5: Richiedente');
    await w.type('family-name', 'Verdi Bianchi');
    expect(w.byId('family-name-error')).to.equal(null);
    await w.next();
    await w.next();
    await w.next();
    expect(w.heading(), 'the phone stays flagged on its own step').to.equal('Passo 4 di 5: Contatto');
    expect(w.text('#phone-error')).to.include('Il numero non è valido');
    expect(mock.store.state.bookings).to.have.length(bookings);
  });
});
