/**
 * `<sportello-ppe-booking>` restyled by a partner: `--sportello-*` custom properties and `::part`
 * rules only, on a plain page and on a page that looks like Bootstrap Italia (no external CDN).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { DEMO_NOW, createHandlers } from '@sportello/mocks';
import '../packages/widgets/src/define/sportello-ppe-booking';
import { ui } from './ppe-booking.play';

type Story = StoryObj;

const meta = {
  title: 'Widgets/PPE booking/Theming',
  component: 'sportello-ppe-booking',
  beforeEach: ({ msw }) => msw.use(...createHandlers({ now: DEMO_NOW, rateLimits: false })),
} satisfies Meta;
export default meta;

const english = { globals: { locale: 'en' } };

/** A partner's theme: `--sportello-*` custom properties and `::part` rules on the page. */
export const ThemedWithPropertiesAndParts: Story = {
  render: () => html`<style>
      .partner {
        --sportello-color-primary: #6a1b4d;
        --sportello-color-focus: #6a1b4d;
        --sportello-radius: 0.75rem;
        --sportello-font-family: Georgia, 'Times New Roman', serif;
        --sportello-ppe-booking-card-surface: #fbf4f8;
        --sportello-ppe-booking-step-size: 2.5rem;
      }
      .partner sportello-ppe-booking::part(title) {
        font-variant: small-caps;
        letter-spacing: 0.04em;
      }
      .partner sportello-ppe-booking::part(round) {
        border-inline-start: 0.5rem solid #6a1b4d;
      }
    </style>
    <div class="partner"><sportello-ppe-booking api-base="/v1"></sportello-ppe-booking></div>`,
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.shows('[part=round]');
    await expect(getComputedStyle(w.$('[part=submit]')!).backgroundColor).toBe('rgb(106, 27, 77)');
    await expect(getComputedStyle(w.$('[part=title]')!).fontVariantCaps).toBe('small-caps');
  },
};

/** At home on a Bootstrap Italia page: Titillium-like type, #0066CC, the PA header (no external CDN). */
export const ThemedBootstrapItalia: Story = {
  render: () => html`<style>
      .bi-page {
        --sportello-font-family: 'Titillium Web', Geneva, Tahoma, sans-serif;
        --sportello-color-primary: #0066cc;
        --sportello-color-focus: #ff9900;
        --sportello-color-text: #17324d;
        --sportello-color-muted: #5c6f82;
        --sportello-color-border: #5c6f82;
        --sportello-radius: 4px;
        --sportello-ppe-booking-card-surface: #f0f6fc;
        font-family: 'Titillium Web', Geneva, Tahoma, sans-serif;
        color: #17324d;
      }
      .bi-header {
        background: #0066cc;
        color: #fff;
        padding: 1rem 1.5rem;
        font-weight: 600;
        font-size: 1.5rem;
      }
      .bi-header small {
        display: block;
        font-size: 0.875rem;
        font-weight: 400;
      }
      .bi-main {
        padding: 1.5rem;
      }
      .bi-page sportello-ppe-booking::part(input) {
        border-width: 0 0 1px;
        border-radius: 0;
      }
      .bi-page sportello-ppe-booking::part(submit) {
        text-transform: none;
        box-shadow: 0 1px 2px rgba(0, 0, 0, 0.2);
      }
    </style>
    <div class="bi-page">
      <div class="bi-header"><small>Regione Piemonte</small>Città di Torino</div>
      <main class="bi-main"><sportello-ppe-booking api-base="/v1"></sportello-ppe-booking></main>
    </div>`,
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.shows('[part=round]');
    await expect(getComputedStyle(w.$('[part=submit]')!).backgroundColor).toBe('rgb(0, 102, 204)');
  },
};
export const ThemedBootstrapItaliaEnglish: Story = { ...ThemedBootstrapItalia, ...english };
