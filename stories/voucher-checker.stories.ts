/**
 * `<sportello-voucher-checker>` in every state, from the mocks' named scenarios and demo data.
 * Switch the language in the toolbar; the *English* stories fix it to English.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createHandlers, demo, type ScenarioName } from '@sportello/mocks';
import { formatCode } from '@sportello/sdk/checks';
import '../packages/widgets/src/define/sportello-voucher-checker';
import type { SportelloVoucherChecker } from '../packages/widgets/src/voucher-checker/voucher-checker';

type Story = StoryObj;
type Voucher = { voucherCode: string; taxCode: string };

const meta = {
  title: 'Widgets/Voucher checker',
  component: 'sportello-voucher-checker',
  render: () => html`<sportello-voucher-checker api-base="/v1" partner-key="pk_storybook"></sportello-voucher-checker>`,
  parameters: {
    docs: {
      description: {
        component:
          'The holder of a grocery voucher types its code and their codice fiscale and sees its state, credit, expiry, recent purchases and the shops where to use it. A mistyped code is caught before any request; an unknown code and someone else’s code read the same.',
      },
    },
  },
} satisfies Meta;
export default meta;

/** Serves the mock API with a scenario for this story. */
const scenario = (name: ScenarioName = 'default'): Story['beforeEach'] => ({ msw }) => msw.use(...createHandlers({ scenario: name }));

const widget = (canvas: HTMLElement) => canvas.querySelector<SportelloVoucherChecker>('sportello-voucher-checker')!;
const root = (canvas: HTMLElement) => widget(canvas).shadowRoot!;
const text = (canvas: HTMLElement, selector: string) => root(canvas).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types a code and a codice fiscale as a person would and submits. */
async function check(canvas: HTMLElement, v: Voucher) {
  const el = widget(canvas);
  await el.updateComplete;
  for (const [id, value] of [['voucher-code', v.voucherCode], ['tax-code', v.taxCode]] as const) {
    const input = root(canvas).getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
  root(canvas).querySelector<HTMLButtonElement>('[part=submit]')!.click();
}

const shown = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('[part=result]')).toBeTruthy(), { timeout: 5000 });
const english = { globals: { locale: 'en' } };

/** Nothing typed yet. */
export const Initial: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await widget(canvasElement).updateComplete;
    await expect(root(canvasElement).getElementById('voucher-code')).toBeTruthy();
  },
};
export const InitialEnglish: Story = { ...Initial, ...english };

/** Submitted with mistakes: each field says what is wrong, the summary lists them, no request is sent. */
export const ValidationErrors: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, { voucherCode: 'BS-4D2N-8WQ5-P', taxCode: 'RSSMRA85T10L219X' });
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=error-summary] li')).toHaveLength(2));
    await waitFor(() => expect(root(canvasElement).activeElement?.id).toBe('voucher-code'));
  },
};
export const ValidationErrorsEnglish: Story = { ...ValidationErrors, ...english };

/** Waiting for the answer (the `slow` scenario). */
export const Checking: Story = {
  beforeEach: scenario('slow'),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.active);
    await waitFor(() => expect(root(canvasElement).querySelector('[part=status] .progress')).toBeTruthy());
  },
};

/** An active voucher: credit, purchases and the shops of its district. */
export const Active: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.active);
    await shown(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=shop]')).toHaveLength(3));
  },
};
export const ActiveEnglish: Story = { ...Active, ...english };

/** An active voucher that expires in 3 days. */
export const ExpiringSoon: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.expiringSoon);
    await shown(canvasElement);
    await expect(root(canvasElement).querySelector('[part=expiry-warning]')).toBeTruthy();
  },
};
export const ExpiringSoonEnglish: Story = { ...ExpiringSoon, ...english };

/** Never used yet. */
export const Unused: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.unused);
    await shown(canvasElement);
  },
};

const stateStory = (v: Voucher, state: string): Story => ({
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, v);
    await shown(canvasElement);
    await expect(root(canvasElement).querySelector(`.state--${state}`)).toBeTruthy();
  },
});

/** All the credit spent. */
export const Exhausted = stateStory(demo.vouchers.exhausted, 'exhausted');
export const ExhaustedEnglish: Story = { ...Exhausted, ...english };
/** Past its date. */
export const Expired = stateStory(demo.vouchers.expired, 'expired');
export const ExpiredEnglish: Story = { ...Expired, ...english };
/** Withdrawn by the City. */
export const Revoked = stateStory(demo.vouchers.revoked, 'revoked');
export const RevokedEnglish: Story = { ...Revoked, ...english };

/** An unknown code, or a code of someone else: the same words either way. */
export const NotFound: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, { voucherCode: formatCode('BS', 'ZZZZ9999'), taxCode: demo.vouchers.active.taxCode });
    await waitFor(() => expect(text(canvasElement, '[part=alert]')).not.toBe(''));
  },
};
export const NotFoundEnglish: Story = { ...NotFound, ...english };

/** Shops by a CAP the person types. */
export const ShopsByCap: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.active);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=shop]')).toHaveLength(3));
    const cap = root(canvasElement).getElementById('shop-cap') as HTMLInputElement;
    cap.value = '10126';
    cap.dispatchEvent(new Event('input'));
    root(canvasElement).querySelector<HTMLButtonElement>('[part=search]')!.click();
    await waitFor(() => expect(text(canvasElement, '.shops-section h4')).toContain('10126'));
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=shop]')).toHaveLength(2));
  },
};
export const ShopsByCapEnglish: Story = { ...ShopsByCap, ...english };

/** A CAP with no participating shop. */
export const ShopsEmpty: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.active);
    await shown(canvasElement);
    const cap = root(canvasElement).getElementById('shop-cap') as HTMLInputElement;
    cap.value = '10130';
    cap.dispatchEvent(new Event('input'));
    root(canvasElement).querySelector<HTMLButtonElement>('[part=search]')!.click();
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=shop]')).toHaveLength(0));
    await waitFor(() => expect(text(canvasElement, '.shops-section [part=status]')).toMatch(/^(Trovati 0 negozi|0 shops found)\.$/));
  },
};

/** Too many attempts (the `rate-limited` scenario): the wait counts down. */
export const RateLimited: Story = {
  beforeEach: scenario('rate-limited'),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.active);
    await waitFor(() => expect(root(canvasElement).querySelector('[part=retry]')?.getAttribute('aria-disabled')).toBe('true'), { timeout: 5000 });
  },
};
export const RateLimitedEnglish: Story = { ...RateLimited, ...english };

/** No connection: what was typed stays, a retry is offered. */
export const Offline: Story = {
  beforeEach: scenario('offline'),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.active);
    await waitFor(() => expect(root(canvasElement).querySelector('[part=retry]')).toBeTruthy(), { timeout: 6000 });
    await expect((root(canvasElement).getElementById('tax-code') as HTMLInputElement).value).toBe(demo.vouchers.active.taxCode);
  },
};
export const OfflineEnglish: Story = { ...Offline, ...english };

/** The service failed. */
export const ServerError: Story = {
  beforeEach: scenario('server-error'),
  play: async ({ canvasElement }) => {
    await check(canvasElement, demo.vouchers.active);
    await waitFor(() => expect(root(canvasElement).querySelector('[part=alert]')).toBeTruthy());
  },
};
export const ServerErrorEnglish: Story = { ...ServerError, ...english };
