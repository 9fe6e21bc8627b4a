/**
 * Drives `<sportello-ppe-booking>` in stories the way a person would: typing into fields and
 * pressing the visible buttons. Shared by `ppe-booking.stories.ts`.
 */
import { expect, waitFor } from 'storybook/test';
import { demo } from '@sportello/mocks';
import type { SportelloPpeBooking } from '../packages/widgets/src/ppe-booking/ppe-booking';

/** The person booking in the stories: never booked in the open round. */
export const person: Record<'taxCode' | 'givenName' | 'familyName' | 'householdSize' | 'phone', string> = { taxCode: demo.taxCodes.free, givenName: 'Luigi', familyName: 'Verdi', householdSize: '3', phone: '333 123 4567' };

export function ui(canvas: HTMLElement) {
  const el = canvas.querySelector<SportelloPpeBooking>('sportello-ppe-booking')!;
  const root = () => el.shadowRoot!;
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root().querySelector<T>(selector);
  const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const type = async (id: string, value: string) => {
    const input = root().getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  };
  const click = async (selector: string) => {
    $(selector)!.click();
    await el.updateComplete;
  };
  const shows = (selector: string, timeout = 5000) => waitFor(() => expect($(selector)).toBeTruthy(), { timeout });
  const outcome = (kind: string) => shows(`[part=outcome][data-outcome=${kind}]`);
  const next = () => click('[part=submit]');

  /** Waits for the rounds, then fills each step up to (not including) `until`. */
  async function fill(until: 'applicant' | 'building' | 'contact' | 'review' | 'submitted', over: Partial<typeof person> = {}, building = demo.buildingCode) {
    const who = { ...person, ...over };
    await el.updateComplete;
    await shows('#step-heading');
    await next();
    if (until === 'applicant') return;
    await type('tax-code', who.taxCode);
    await type('given-name', who.givenName);
    await type('family-name', who.familyName);
    await type('household-size', who.householdSize);
    await next();
    if (until === 'building') return;
    await type('building-code', building);
    await next();
    await shows('[part=building]');
    await next();
    if (until === 'contact') return;
    await type('phone', who.phone);
    await click('#consent');
    await next();
    if (until === 'review') return;
    await next();
  }

  return { el, root, $, text, type, click, shows, outcome, next, fill };
}
