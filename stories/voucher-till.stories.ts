/**
 * `<sportello-voucher-till>` in every state, from the mocks' named scenarios and demo data, signed
 * in as the demo shop (`demoToken('shop')`). Switch the language in the toolbar; the *English*
 * stories fix it to English.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createHandlers, demo, demoToken, type DemoOperator, type ScenarioName } from '@sportello/mocks';
import '../packages/widgets/src/define/sportello-voucher-till';
import type { SportelloVoucherTill } from '../packages/widgets/src/voucher-till/voucher-till';

type Story = StoryObj<{ operator: DemoOperator | 'nobody' }>;
type Voucher = { voucherCode: string; taxCode: string };

const meta = {
  title: 'Widgets/Voucher till',
  component: 'sportello-voucher-till',
  args: { operator: 'shop' },
  argTypes: { operator: { control: 'select', options: ['shop', 'otherShop', 'administrator', 'nobody'], description: 'Who is signed in (sets `getToken`)' } },
  render: ({ operator }) =>
    html`<sportello-voucher-till api-base="/v1" partner-key="pk_storybook" .getToken=${operator === 'nobody' ? undefined : () => demoToken(operator)}></sportello-voucher-till>`,
  parameters: {
    docs: {
      description: {
        component:
          'A participating shop’s till, for a phone at the counter: voucher code, the holder’s codice fiscale and the amount, checked before any request; the credit before and after; void within 15 minutes; today’s total. Each payment has one Idempotency-Key, reused on retry, so it is never charged twice. Signed in through the `getToken` property.',
      },
    },
  },
} satisfies Meta<{ operator: DemoOperator | 'nobody' }>;
export default meta;

const scenario = (name: ScenarioName = 'default'): Story['beforeEach'] => ({ msw }) => msw.use(...createHandlers({ scenario: name }));
const widget = (canvas: HTMLElement) => canvas.querySelector<SportelloVoucherTill>('sportello-voucher-till')!;
const root = (canvas: HTMLElement) => widget(canvas).shadowRoot!;
const text = (canvas: HTMLElement, selector: string) => root(canvas).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const english = { globals: { locale: 'en' } };

/** Types as a cashier would and presses "Charge". */
async function charge(canvas: HTMLElement, v: Voucher, amount: string) {
  const el = widget(canvas);
  await el.updateComplete;
  for (const [id, value] of [['voucher-code', v.voucherCode], ['tax-code', v.taxCode], ['amount', amount]] as const) {
    const input = root(canvas).getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
  root(canvas).querySelector<HTMLButtonElement>('form [part=submit]')!.click();
}
const alertSays = (canvas: HTMLElement, part: string) => waitFor(() => expect(text(canvas, 'form [part=alert]')).toContain(part), { timeout: 5000 });
const receiptShown = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('[part=receipt]')).toBeTruthy(), { timeout: 5000 });
const todayShown = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('[part=today-empty], [part=today-total]')).toBeTruthy(), { timeout: 5000 });

/** Nobody signed in (no `getToken`): a clear message, no request. */
export const SignedOut: Story = {
  args: { operator: 'nobody' },
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await widget(canvasElement).updateComplete;
    await expect(root(canvasElement).querySelector('[part=signed-out]')).toBeTruthy();
  },
};
export const SignedOutEnglish: Story = { ...SignedOut, ...english };

/** Today's payments on their way (the `slow` scenario). */
export const Loading: Story = {
  beforeEach: scenario('slow'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part=today] .progress')).toBeTruthy());
  },
};
export const LoadingEnglish: Story = { ...Loading, ...english };

/** Signed in, nothing charged yet today. */
export const EmptyDay: Story = { beforeEach: scenario(), play: async ({ canvasElement }) => todayShown(canvasElement) };
export const EmptyDayEnglish: Story = { ...EmptyDay, ...english };

/** Mistakes caught before any request. */
export const ValidationErrors: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await charge(canvasElement, { voucherCode: 'BS-4D2N-8WQ5-P', taxCode: 'RSSMRA85T10L219X' }, '12,505');
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=error-summary] li')).toHaveLength(3));
  },
};
export const ValidationErrorsEnglish: Story = { ...ValidationErrors, ...english };

/** € 12,50 charged: the credit before and after, and today's total. */
export const Charged: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await todayShown(canvasElement);
    await charge(canvasElement, demo.vouchers.active, '12,50');
    await receiptShown(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('[part=today-total]')).toBeTruthy());
  },
};
export const ChargedEnglish: Story = { ...Charged, ...english };

/** "Are you sure?" before a void. */
export const VoidConfirmation: Story = {
  beforeEach: scenario(),
  play: async (ctx) => {
    await Charged.play!(ctx);
    root(ctx.canvasElement).querySelector<HTMLButtonElement>('[part=void]')!.click();
    await waitFor(() => expect(root(ctx.canvasElement).querySelector('[part=void-confirm]')).toBeTruthy());
  },
};
export const VoidConfirmationEnglish: Story = { ...VoidConfirmation, ...english };

/** The payment voided: the amount is back on the voucher. */
export const Voided: Story = {
  beforeEach: scenario(),
  play: async (ctx) => {
    await VoidConfirmation.play!(ctx);
    root(ctx.canvasElement).querySelector<HTMLButtonElement>('[part=void-yes]')!.click();
    await waitFor(() => expect(root(ctx.canvasElement).querySelector('.panel--voided')).toBeTruthy(), { timeout: 5000 });
  },
};
export const VoidedEnglish: Story = { ...Voided, ...english };

/** 404: an unknown code, or someone else's. */
export const NotFound: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await charge(canvasElement, { voucherCode: demo.vouchers.active.voucherCode, taxCode: demo.vouchers.expiringSoon.taxCode }, '5');
    await waitFor(() => expect(text(canvasElement, 'form [part=alert]')).not.toBe(''), { timeout: 5000 });
  },
};
export const NotFoundEnglish: Story = { ...NotFound, ...english };

/** 409: more than the credit left; offers to charge exactly the credit. */
export const InsufficientBalance: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await charge(canvasElement, demo.vouchers.active, '100');
    await waitFor(() => expect(root(canvasElement).querySelector('[part=use-balance]')).toBeTruthy(), { timeout: 5000 });
  },
};
export const InsufficientBalanceEnglish: Story = { ...InsufficientBalance, ...english };

/** 409: an expired (or used-up, or withdrawn) voucher. */
export const NotActive: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await charge(canvasElement, demo.vouchers.expired, '1');
    await waitFor(() => expect(text(canvasElement, 'form [part=alert]')).not.toBe(''), { timeout: 5000 });
  },
};
export const NotActiveEnglish: Story = { ...NotActive, ...english };

/** 403: signed in, but not as a shop (here: an administrator). */
export const Forbidden: Story = {
  args: { operator: 'administrator' },
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await charge(canvasElement, demo.vouchers.active, '1');
    await waitFor(() => expect(text(canvasElement, 'form [part=alert]')).not.toBe(''), { timeout: 5000 });
  },
};
export const ForbiddenEnglish: Story = { ...Forbidden, ...english };

/** No network: the input is kept, retry sends the same payment (same key). */
export const Offline: Story = {
  beforeEach: scenario('offline'),
  play: async ({ canvasElement }) => {
    await charge(canvasElement, demo.vouchers.active, '12,50');
    await waitFor(() => expect(root(canvasElement).querySelector('form [part=retry]')).toBeTruthy(), { timeout: 8000 });
  },
};
export const OfflineEnglish: Story = { ...Offline, ...english };

/** 429: the wait is counted down; "Charge" waits too. */
export const RateLimited: Story = {
  beforeEach: scenario('rate-limited'),
  play: async ({ canvasElement }) => {
    await charge(canvasElement, demo.vouchers.active, '12,50');
    await alertSays(canvasElement, '30');
  },
};
export const RateLimitedEnglish: Story = { ...RateLimited, ...english };
