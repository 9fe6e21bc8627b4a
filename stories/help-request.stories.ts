/**
 * `<sportello-help-request>` in every state, from the mocks' named scenarios and demo data.
 * Switch the language in the toolbar; the *English* stories fix it to English.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createHandlers, demo, type ScenarioName } from '@sportello/mocks';
import '../packages/widgets/src/define/sportello-help-request';
import type { SportelloHelpRequest } from '../packages/widgets/src/help-request/help-request';

type Story = StoryObj<{ topics: string; mode: string }>;

const meta = {
  title: 'Widgets/Help request',
  component: 'sportello-help-request',
  args: { topics: '', mode: 'request' },
  render: (args) =>
    html`<sportello-help-request api-base="/v1" partner-key="pk_storybook" topics=${args.topics} mode=${args.mode}></sportello-help-request>`,
  parameters: {
    docs: {
      description: {
        component:
          'Ask the volunteers of the community concierge for help: topic, who needs it, a short description, contact, district and consent (plus a separate health-data consent for psychological support). Success shows the ticket code; “check my request” shows its status.',
      },
    },
  },
} satisfies Meta<{ topics: string; mode: string }>;
export default meta;

const scenario = (name: ScenarioName = 'default'): Story['beforeEach'] => ({ msw }) => msw.use(...createHandlers({ scenario: name }));
const english = { globals: { locale: 'en' } };

const widget = (canvas: HTMLElement) => canvas.querySelector<SportelloHelpRequest>('sportello-help-request')!;
const root = (canvas: HTMLElement) => widget(canvas).shadowRoot!;
const $ = <T extends Element = HTMLElement>(canvas: HTMLElement, selector: string) => root(canvas).querySelector<T>(selector);
const text = (canvas: HTMLElement, selector: string) => $(canvas, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const topicsShown = (canvas: HTMLElement) => waitFor(() => expect($(canvas, '[part~=topic-card]')).toBeTruthy(), { timeout: 5000 });

async function type(canvas: HTMLElement, id: string, value: string) {
  const input = root(canvas).getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await widget(canvas).updateComplete;
}

/** Fills a complete request as a person would. */
async function fill(canvas: HTMLElement, topic = 'apps-and-accounts') {
  await topicsShown(canvas);
  $<HTMLInputElement>(canvas, `input[name=topic][value=${topic}]`)!.click();
  $<HTMLInputElement>(canvas, 'input[name=for-whom][value=someone-i-care-for]')!.click();
  await type(canvas, 'description', 'Mia madre deve installare l’app IO e creare lo SPID.');
  await type(canvas, 'phone', '333 765 4321');
  const district = root(canvas).getElementById('district') as HTMLSelectElement;
  district.value = '8';
  district.dispatchEvent(new Event('change'));
  root(canvas).getElementById('privacy-consent')!.click();
  await widget(canvas).updateComplete;
}
const submit = (canvas: HTMLElement) => $<HTMLButtonElement>(canvas, 'form[part=form] [part=submit]')!.click();

/** The form, with the topics from the API. */
export const Initial: Story = { beforeEach: scenario(), play: async ({ canvasElement }) => topicsShown(canvasElement) };
export const InitialEnglish: Story = { ...Initial, ...english };

/** A library's page offering only homework help: the topic is preselected. */
export const SingleTopic: Story = {
  args: { topics: 'homework' },
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await topicsShown(canvasElement);
    await waitFor(() => expect(root(canvasElement).getElementById('topic-0')).toHaveProperty('checked', true));
  },
};
export const SingleTopicEnglish: Story = { ...SingleTopic, ...english };

/** Topics loading (the `slow` scenario). */
export const LoadingTopics: Story = {
  beforeEach: scenario('slow'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part=status] .progress')).toBeTruthy());
  },
};

/** No topics on offer (the `empty` scenario). */
export const NoTopics: Story = {
  beforeEach: scenario('empty'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part=empty]')).toBeTruthy());
  },
};
export const NoTopicsEnglish: Story = { ...NoTopics, ...english };

/** Submitted empty: every missing answer is named, focus goes to the first. */
export const ValidationErrors: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await topicsShown(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part=error-summary] li')).toHaveLength(7));
  },
};
export const ValidationErrorsEnglish: Story = { ...ValidationErrors, ...english };

/** Psychological support: the separate health-data consent, explained. */
export const PsychologicalSupport: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'psychological-support');
    await waitFor(() => expect($(canvasElement, '[part=health-consent]')).toBeTruthy());
  },
};
export const PsychologicalSupportEnglish: Story = { ...PsychologicalSupport, ...english };

/** Sending (the `slow` scenario). */
export const Sending: Story = {
  beforeEach: scenario('slow'),
  play: async ({ canvasElement }) => {
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect($(canvasElement, 'form [part=status] .progress')).toBeTruthy());
  },
};

/** Sent: the ticket code to keep and what happens next. */
export const Sent: Story = {
  beforeEach: scenario(),
  play: async ({ canvasElement }) => {
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect(text(canvasElement, '[part=ticket-code]')).toMatch(/^PC-/));
  },
};
export const SentEnglish: Story = { ...Sent, ...english };

/** Too many requests: the wait counts down. */
export const RateLimited: Story = {
  beforeEach: ({ msw }) => {
    const ok = createHandlers();
    const limited = createHandlers({ scenario: 'rate-limited' });
    // Topics load; the request is refused.
    msw.use(...ok.filter((h) => h.info.header.includes('/help/topics')), ...limited);
  },
  play: async ({ canvasElement }) => {
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect($(canvasElement, '[part=retry]')?.getAttribute('aria-disabled')).toBe('true'), { timeout: 5000 });
  },
};
export const RateLimitedEnglish: Story = { ...RateLimited, ...english };

/** The topics cannot be loaded: a retry is offered. */
export const Offline: Story = {
  beforeEach: scenario('offline'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part=retry]')).toBeTruthy(), { timeout: 6000 });
  },
};
export const OfflineEnglish: Story = { ...Offline, ...english };

/** The service failed while sending: nothing was saved, a retry is offered, nothing is lost. */
export const ServerError: Story = {
  beforeEach: ({ msw }) => {
    const ok = createHandlers();
    msw.use(...ok.filter((h) => h.info.header.includes('/help/topics')), ...createHandlers({ scenario: 'server-error' }));
  },
  play: async ({ canvasElement }) => {
    await fill(canvasElement);
    submit(canvasElement);
    await waitFor(() => expect($(canvasElement, 'form [part=alert]')).toBeTruthy(), { timeout: 5000 });
  },
};
export const ServerErrorEnglish: Story = { ...ServerError, ...english };

const lookup = (code: string, contact: string): Story['play'] => async ({ canvasElement }) => {
  await widget(canvasElement).updateComplete;
  await type(canvasElement, 'lookup-code', code);
  await type(canvasElement, 'lookup-contact', contact);
  $<HTMLButtonElement>(canvasElement, '[part=lookup-form] [part=submit]')!.click();
  await waitFor(() => expect($(canvasElement, '[part=ticket], [part=alert]')).toBeTruthy(), { timeout: 5000 });
};

/** "Check my request", nothing typed yet. */
export const Lookup: Story = { args: { mode: 'lookup' }, beforeEach: scenario() };
export const LookupEnglish: Story = { ...Lookup, ...english };
/** A request just received. */
export const LookupReceived: Story = { ...Lookup, play: lookup(demo.tickets.received.ticketCode, demo.tickets.received.phone) };
/** Taken by a volunteer. */
export const LookupAssigned: Story = { ...Lookup, play: lookup(demo.tickets.assigned.ticketCode, demo.tickets.assigned.email) };
/** An appointment is set, with its time. */
export const LookupScheduled: Story = { ...Lookup, play: lookup(demo.tickets.scheduled.ticketCode, demo.tickets.scheduled.email) };
export const LookupScheduledEnglish: Story = { ...LookupScheduled, ...english };
/** Closed. */
export const LookupClosed: Story = { ...Lookup, play: lookup(demo.tickets.closed.ticketCode, demo.tickets.closed.phone) };
/** Unknown code or wrong contact: the same words. */
export const LookupNotFound: Story = { ...Lookup, play: lookup(demo.tickets.received.ticketCode, '333 000 0000') };
export const LookupNotFoundEnglish: Story = { ...LookupNotFound, ...english };
