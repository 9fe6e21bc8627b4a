/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import demoIt from './demo/demo-form.messages.it';
import demoEn from './demo/demo-form.messages.en';
import { formatDate, formatDateTime, formatMoney, formatTime, romeDay } from './format';
import { inheritedLangAttribute, plural, toLang } from './i18n';
import sharedIt from './messages.it';
import sharedEn from './messages.en';

const sharedMessages = { it: sharedIt, en: sharedEn };
const demoFormMessages = { it: demoIt, en: demoEn };

/** Every key path of an object, functions included as leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  for (const [name, catalog] of Object.entries({ shared: sharedMessages, demoForm: demoFormMessages })) {
    it(`${name}: English has exactly the Italian keys, each a non-empty text or a function`, () => {
      expect(keyPaths(catalog.en).sort()).to.deep.equal(keyPaths(catalog.it).sort());
      for (const path of keyPaths(catalog.en)) {
        const leaf = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog.en);
        expect(typeof leaf === 'function' || (typeof leaf === 'string' && leaf.length > 0), path).to.equal(true);
      }
    });
  }

  it('words plurals by count in both languages', () => {
    expect(sharedMessages.it.seconds(1)).to.equal('1 secondo');
    expect(sharedMessages.it.seconds(12)).to.equal('12 secondi');
    expect(sharedMessages.en.seconds(1)).to.equal('1 second');
    expect(sharedMessages.en.errorSummaryHeading(3)).to.equal('There are 3 problems to fix');
    expect(sharedMessages.it.errorSummaryHeading(1)).to.equal('C’è un problema da correggere');
    expect(plural('it', 1000, { one: '{n} posto', other: '{n} posti' })).to.equal('1000 posti');
    expect(plural('en', 1000, { one: '{n} seat', other: '{n} seats' })).to.equal('1,000 seats');
  });

  it('maps language tags to supported languages', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('IT')).to.equal('it');
    expect(toLang('fr')).to.equal(undefined);
    expect(toLang('')).to.equal(undefined);
  });

  it('finds the nearest lang attribute across a shadow root', () => {
    const outer = document.createElement('div');
    outer.setAttribute('lang', 'en');
    const host = outer.appendChild(document.createElement('div'));
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    expect(inheritedLangAttribute(inner)).to.equal('en');
  });
});

describe('formatting', () => {
  it('shows euro cents as € 12,50 in Italian and €12.50 in English', () => {
    expect(formatMoney('it', 1250)).to.equal('€\u00a012,50');
    expect(formatMoney('en', 1250)).to.equal('€12.50');
    expect(formatMoney('it', 150000)).to.equal('€\u00a01500,00');
    expect(formatMoney('en', 150000)).to.equal('€1,500.00');
    expect(formatMoney('en', 5)).to.equal('€0.05');
  });

  it('shows instants in Europe/Rome time whatever the offset they carry', () => {
    // 23:30 UTC on 31 March 2025 is 01:30 on 1 April in Rome (summer time, UTC+2).
    const instant = '2025-03-31T23:30:00Z';
    expect(formatTime('it', instant)).to.equal('01:30');
    expect(romeDay(instant)).to.equal('2025-04-01');
    expect(formatDate('it', instant)).to.equal('martedì 1 aprile 2025');
    expect(formatDate('en', instant)).to.equal('Tuesday, 1 April 2025');
    expect(formatDateTime('en', '2025-01-15T08:05:00+01:00')).to.equal('15 Jan 2025, 08:05');
    expect(formatDateTime('it', '2025-01-15T08:05:00+01:00')).to.equal('15 gen 2025, 08:05');
  });
});
