/**
 * The shared foundation, in every state a person can meet, through the kit's sampler form. The
 * product widgets (Widgets/…) are built from the same pieces and look and behave the same.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../packages/widgets/src/shared/demo/define-demo-form';
import type { SportelloDemoForm } from '../packages/widgets/src/shared/demo/demo-form';

const API = '/sandbox/v1';
const url = `${API}/vouchers/checks`;
const voucher = { voucherCode: 'BS-4D2N-8WQ5-N', state: 'active', faceValueCents: 15000, balanceCents: 8250, expiresOn: '2027-01-31', district: 8, redemptions: [] };
const problem = (status: number, slug: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: `urn:sportello:problem:${slug}`, title: slug, status, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

type Story = StoryObj;

const meta = {
  title: 'Foundation/Form, errors and progress',
  render: () => html`<sportello-demo-form api-base=${API} partner-key="pk_storybook"></sportello-demo-form>`,
  parameters: {
    docs: {
      description: {
        component:
          'A sampler of the shared controls every widget uses: labelled fields with hints and errors wired for screen readers, the error summary, the status region with its progress bar, alerts with retry and the wait after too many attempts. Switch the language in the toolbar.',
      },
    },
  },
} satisfies Meta;
export default meta;

const form = (canvas: HTMLElement) => canvas.querySelector<SportelloDemoForm>('sportello-demo-form')!;
const shadow = (canvas: HTMLElement) => form(canvas).shadowRoot!;

/** Fills the form as a person would (values typed, consent ticked) and submits it. */
async function fillAndSubmit(canvas: HTMLElement, { consent = true, taxCode = 'BNCGNN50A41L219J' } = {}) {
  const el = form(canvas);
  await el.updateComplete;
  const root = shadow(canvas);
  for (const [id, value] of [['voucher-code', 'BS-4D2N-8WQ5-N'], ['tax-code', taxCode]] as const) {
    const input = root.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  if (consent) root.getElementById('consent')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
}

const text = (canvas: HTMLElement, selector: string) => shadow(canvas).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Nothing typed yet. */
export const Initial: Story = {
  play: async ({ canvasElement }) => {
    await form(canvasElement).updateComplete;
    await expect(shadow(canvasElement).querySelector('[part=submit]')).toBeTruthy();
  },
};

/** Submitted empty: the error summary lists each problem, each field says what is wrong, focus goes to the first. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    await form(canvasElement).updateComplete;
    shadow(canvasElement).querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('[part=error-summary] li')).toHaveLength(3));
    await waitFor(() => expect(shadow(canvasElement).activeElement?.id).toBe('voucher-code'));
  },
};

/** The same, in English. */
export const ValidationErrorsEnglish: Story = { ...ValidationErrors, globals: { locale: 'en' } };

/** Waiting for the answer: a visible progress bar and a polite status message. */
export const Checking: Story = {
  beforeEach: ({ msw }) => msw.use(http.post(url, async () => {
    await delay('infinite');
    return HttpResponse.json(voucher);
  })),
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part=status] .progress')).toBeTruthy());
  },
};

/** The answer, with money formatted for the language. */
export const Found: Story = {
  beforeEach: ({ msw }) => msw.use(http.post(url, () => HttpResponse.json(voucher))),
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(text(canvasElement, '[part=status]')).toBe('Buono trovato: restano € 82,50.'));
  },
};

/** The same, in English. */
export const FoundEnglish: Story = {
  ...Found,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(text(canvasElement, '[part=status]')).toBe('Voucher found: €82.50 left.'));
  },
};

/** The API rejected a field: its message appears next to it and focus moves there. */
export const ServerFieldError: Story = {
  beforeEach: ({ msw }) => msw.use(http.post(url, () => problem(400, 'validation-error', { errors: [{ pointer: '/taxCode', code: 'format' }] }))),
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).getElementById('tax-code')?.getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(shadow(canvasElement).activeElement?.id).toBe('tax-code'));
  },
};

/** Too many attempts: the wait counts down, retry is held until it is over. */
export const RateLimited: Story = {
  beforeEach: ({ msw }) => msw.use(http.post(url, () => problem(429, 'rate-limited', { retryAfterSeconds: 45 }, { 'Retry-After': '45' }))),
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(text(canvasElement, '[part=alert]')).toContain('Puoi riprovare tra'));
    await expect(shadow(canvasElement).querySelector('[part=retry]')?.getAttribute('aria-disabled')).toBe('true');
  },
};

/** The same, in English. */
export const RateLimitedEnglish: Story = {
  ...RateLimited,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(text(canvasElement, '[part=alert]')).toContain('You can try again in'));
  },
};

/** No connection: the input is kept and a retry is offered. */
export const NetworkError: Story = {
  beforeEach: ({ msw }) => msw.use(http.post(url, () => HttpResponse.error())),
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(text(canvasElement, '[part=alert]')).toContain('Non riusciamo a raggiungere il servizio'), { timeout: 5000 });
    await expect((shadow(canvasElement).getElementById('tax-code') as HTMLInputElement).value).toBe('BNCGNN50A41L219J');
  },
};

/** The service failed: nothing was saved, try later. */
export const ServerError: Story = {
  beforeEach: ({ msw }) => msw.use(http.post(url, () => problem(500, 'internal-error'))),
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await waitFor(() => expect(text(canvasElement, '[part=alert]')).toContain('Non è stato salvato nulla'));
  },
};

/** A partner's theme: only `--sportello-*` custom properties, set on the page. */
export const Themed: Story = {
  render: () => html`<style>
      .partner-theme {
        --sportello-color-primary: #7a1f5c;
        --sportello-color-focus: #7a1f5c;
        --sportello-radius: 0;
        --sportello-font-family: Georgia, serif;
      }
    </style>
    <div class="partner-theme"><sportello-demo-form api-base=${API}></sportello-demo-form></div>`,
  play: async ({ canvasElement }) => {
    await form(canvasElement).updateComplete;
    const submit = shadow(canvasElement).querySelector('[part=submit]')!;
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(122, 31, 92)');
  },
};
