/**
 * Shared by the booking widget's browser tests: render it against the mock API and walk the
 * steps the way a person would (typing into fields, pressing the visible buttons).
 */
import { fixture, html } from '@open-wc/testing';
import { DEMO_NOW, demo } from '@sportello/mocks';
import type { SportelloClient } from '@sportello/sdk';
import { page, until } from '../testing/page';
import '../define/sportello-ppe-booking';
import type { SportelloPpeBooking } from './ppe-booking';

export { DEMO_NOW, demo };

/** The person booking in the tests: never booked in the open round. */
export const person = { taxCode: demo.taxCodes.free.toLowerCase(), givenName: 'Luigi', familyName: 'Verdi', householdSize: '3', phone: '333 123 4567' };

export async function renderBooking(client: SportelloClient, options: { lang?: string; buildingCode?: string; mode?: 'book' | 'manage'; round?: string } = {}) {
  const el = await fixture<SportelloPpeBooking>(
    html`<sportello-ppe-booking
      lang=${options.lang ?? 'it'}
      building-code=${options.buildingCode ?? ''}
      round=${options.round ?? ''}
      mode=${options.mode ?? 'book'}
      .client=${client}
    ></sportello-ppe-booking>`,
  );
  const p = page(el);
  const heading = () => p.text('#step-heading');
  const next = () => p.click('[part=submit]');
  const ready = () => until(() => p.$('#step-heading') !== null || p.$('#manage-heading') !== null || p.$('[part=outcome]') !== null || p.$('[part=alert]') !== null, 'the rounds');
  await ready();

  /** From the round step to the review, with valid data (by building code unless told). */
  async function fillAll(over: Partial<typeof person> = {}, building: 'code' | 'address' = 'code') {
    const who = { ...person, ...over };
    await next();
    await p.type('tax-code', who.taxCode);
    await p.type('given-name', who.givenName);
    await p.type('family-name', who.familyName);
    await p.type('household-size', who.householdSize);
    await next();
    if (building === 'address') {
      await p.click('#building-mode-1');
      await p.type('street', demo.addresses.inNetwork.street);
      await p.type('civic-number', demo.addresses.inNetwork.civicNumber);
      await p.type('cap', demo.addresses.inNetwork.cap);
    } else {
      await p.type('building-code', demo.buildingCode);
    }
    await next();
    await until(() => p.$('[part=building]') !== null, 'the building found');
    await next();
    await p.type('phone', who.phone);
    await p.click('#consent');
    await next();
    await until(() => p.$('[part=review]') !== null, 'the review');
  }

  return { el, ...p, heading, next, fillAll, outcome: () => p.$('[part=outcome]')?.getAttribute('data-outcome') ?? undefined };
}
