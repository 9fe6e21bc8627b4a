/**
 * `<sportello-delivery-desk>` in every state, from the mocks' named scenarios and demo data, signed
 * in as the demo administrator (`demoToken('administrator')`). The *English* stories fix the language.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createHandlers, demoToken, type DemoOperator, type ScenarioName } from '@sportello/mocks';
import '../packages/widgets/src/define/sportello-delivery-desk';
import type { SportelloDeliveryDesk } from '../packages/widgets/src/delivery-desk/delivery-desk';

type Args = { operator: DemoOperator | 'nobody' };
type Story = StoryObj<Args>;

const meta = {
  title: 'Widgets/Delivery desk',
  component: 'sportello-delivery-desk',
  args: { operator: 'administrator' },
  argTypes: { operator: { control: 'select', options: ['administrator', 'otherAdministrator', 'shop', 'nobody'], description: 'Who is signed in (sets `getToken`)' } },
  render: ({ operator }) =>
    html`<sportello-delivery-desk api-base="/v1" partner-key="pk_storybook" .getToken=${operator === 'nobody' ? undefined : () => demoToken(operator)}></sportello-delivery-desk>`,
  parameters: {
    docs: {
      description: {
        component:
          'A condominium administrator chooses a round and one of their buildings, sees the households booked, marks them assigned or delivered one by one or all at once (after a confirmation), prints the list (print stylesheet) or downloads the CSV. Signed in through the `getToken` property.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

const scenario = (name: ScenarioName = 'default'): Story['beforeEach'] => ({ msw }) => msw.use(...createHandlers({ scenario: name }));
const widget = (canvas: HTMLElement) => canvas.querySelector<SportelloDeliveryDesk>('sportello-delivery-desk')!;
const root = (canvas: HTMLElement) => widget(canvas).shadowRoot!;
const shown = (canvas: HTMLElement, selector: string, timeout = 5000) => waitFor(() => expect(root(canvas).querySelector(selector)).toBeTruthy(), { timeout });
const english = { globals: { locale: 'en' } };

/** Nobody signed in: a clear message, no request. */
export const SignedOut: Story = { args: { operator: 'nobody' }, beforeEach: scenario(), play: async ({ canvasElement }) => shown(canvasElement, '[part=signed-out]') };
export const SignedOutEnglish: Story = { ...SignedOut, ...english };

/** Loading (the `slow` scenario). */
export const Loading: Story = { beforeEach: scenario('slow'), play: async ({ canvasElement }) => shown(canvasElement, '[part=status] .progress') };
export const LoadingEnglish: Story = { ...Loading, ...english };

/** The households booked in my buildings for the open round. */
export const List: Story = { beforeEach: scenario(), play: async ({ canvasElement }) => shown(canvasElement, '[part=bookings], [part=empty]') };
export const ListEnglish: Story = { ...List, ...english };

/** No round to deliver (the `empty` scenario). */
export const Empty: Story = { beforeEach: scenario('empty'), play: async ({ canvasElement }) => shown(canvasElement, '[part=empty]') };
export const EmptyEnglish: Story = { ...Empty, ...english };

/** "Mark all delivered?" */
export const ConfirmAll: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part=bookings], [part=empty]');
    const all = root(canvasElement).querySelector<HTMLButtonElement>('[data-all]');
    if (!all) return;
    all.click();
    await shown(canvasElement, '[part=confirm]');
  },
};
export const ConfirmAllEnglish: Story = { ...ConfirmAll, ...english };

/** 403: signed in, but as a shop. */
export const Forbidden: Story = { args: { operator: 'shop' }, beforeEach: scenario(), play: async ({ canvasElement }) => shown(canvasElement, '[part=alert]') };
export const ForbiddenEnglish: Story = { ...Forbidden, ...english };

/** No network: retry. */
export const Offline: Story = { beforeEach: scenario('offline'), play: async ({ canvasElement }) => shown(canvasElement, '[part=retry]', 8000) };
export const OfflineEnglish: Story = { ...Offline, ...english };

/** 429: the wait counted down. */
export const RateLimited: Story = { beforeEach: scenario('rate-limited'), play: async ({ canvasElement }) => shown(canvasElement, '[part=alert]') };
export const RateLimitedEnglish: Story = { ...RateLimited, ...english };
