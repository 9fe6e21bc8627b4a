/**
 * `<sportello-event-calendar>` in every state, from the mocks' named scenarios and demo data (the
 * clock fixed at `DEMO_NOW`, Monday 12 October 2026). Switch the language in the toolbar; the
 * *English* stories fix it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, type HttpHandler } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { DEMO_NOW, createFixtures, createHandlers, demo, type EventFixture, type ScenarioName } from '@sportello/mocks';
import '../packages/widgets/src/define/sportello-event-calendar';
import type { SportelloEventCalendar } from '../packages/widgets/src/event-calendar/event-calendar';

type Story = StoryObj;
type Args = { month: string; view: string; category: string; district: string; 'free-seats': boolean; 'max-per-day': number };

const meta = {
  title: 'Widgets/Event calendar',
  component: 'sportello-event-calendar',
  args: { month: '2026-10', view: 'month', category: '', district: '', 'free-seats': false, 'max-per-day': 3 } satisfies Args,
  argTypes: {
    view: { control: 'inline-radio', options: ['', 'month', 'list'] },
    category: { control: 'select', options: ['', 'culture', 'movement', 'digital-skills', 'social', 'workshops'] },
    district: { control: 'select', options: ['', '1', '2', '3', '4', '5', '6', '7', '8'] },
  },
  render: (args) =>
    html`<sportello-event-calendar
      api-base="/v1"
      partner-key="pk_storybook"
      month=${args['month']}
      view=${args['view']}
      category=${args['category']}
      district=${args['district']}
      ?free-seats=${args['free-seats']}
      max-per-day=${args['max-per-day']}
      .now=${DEMO_NOW}
    ></sportello-event-calendar>`,
  parameters: {
    docs: {
      description: {
        component:
          'The Prometeo activities for over-65s and caregivers: a month grid (keyboard: arrows, Home/End, PageUp/PageDown, Enter) or a list, filters by kind, district and free seats, the details in a dialog with registration (or the waiting list) and the iCalendar file. Times are Turin’s whatever the viewer’s time zone.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

const english = { globals: { locale: 'en' } };
const serve = (scenario: ScenarioName = 'default', extra: HttpHandler[] = []): Story['beforeEach'] => ({ msw }) =>
  msw.use(...extra, ...createHandlers({ scenario, now: DEMO_NOW, rateLimits: false }));

const widget = (canvas: HTMLElement) => canvas.querySelector<SportelloEventCalendar>('sportello-event-calendar')!;
const $ = <T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string) => widget(canvas).shadowRoot!.querySelector<T>(selector);
const text = (canvas: HTMLElement, selector: string) => $(canvas, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shows = (canvas: HTMLElement, selector: string, timeout = 5000) => waitFor(() => expect($(canvas, selector)).toBeTruthy(), { timeout });
const loaded = (canvas: HTMLElement) =>
  waitFor(() => expect(text(canvas, '[part=status]')).toMatch(/^(\d+ attività|\d+ activit|1 activity|Nessuna|No activ)/), { timeout: 5000 });

/** Opens an event's details and fills the registration form as a person would. */
async function register(canvas: HTMLElement, eventId: string, contact: { email: string }) {
  await shows(canvas, `[data-event="${eventId}"]`);
  $(canvas, `[data-event="${eventId}"]`)!.click();
  await shows(canvas, '[part=registration] form');
  const type = (id: string, value: string) => {
    const input = $<HTMLInputElement>(canvas, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  type('reg-given', 'Giovanna');
  type('reg-family', 'Bianchi');
  type('reg-email', contact.email);
  $(canvas, '#reg-consent')!.click();
  await widget(canvas).updateComplete;
  $(canvas, '[part=registration] [part=submit]')!.click();
}

/** October 2026 as a month grid: every weekly occurrence, today (12 October) marked. */
export const Month: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect($(canvasElement, 'td[aria-current=date]')?.dataset['day']).toBe('2026-10-12');
  },
};
export const MonthEnglish: Story = { ...Month, ...english };

/** The agenda: days with activities, each a list of buttons. */
export const List: Story = {
  args: { view: 'list' },
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await shows(canvasElement, '[part=list-day]');
  },
};
export const ListEnglish: Story = { ...List, ...english };

/** A district's own site presets its district (and here a kind of activity); the count says how many. */
export const FiltersPreset: Story = {
  args: { district: '3', category: 'movement' },
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect($<HTMLSelectElement>(canvasElement, '#f-district')!.value).toBe('3');
  },
};
export const FiltersPresetEnglish: Story = { ...FiltersPreset, ...english };

/** September has no activities: the calendar says so and offers October. */
export const EmptyMonth: Story = {
  args: { month: '2026-09' },
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part=next-with-events]');
  },
};
export const EmptyMonthEnglish: Story = { ...EmptyMonth, ...english };

/** Waiting for the month: a visible progress bar, the empty grid already there. */
export const Loading: Story = {
  beforeEach: ({ msw }) => msw.use(http.get('*/v1/events', () => delay('infinite'))),
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part=status] .progress');
  },
};
export const LoadingEnglish: Story = { ...Loading, ...english };

/** The service fails: a plain message and a retry. */
export const Error: Story = {
  beforeEach: serve('server-error'),
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part=alert] [part=retry]');
  },
};
export const ErrorEnglish: Story = { ...Error, ...english };

/** 1,000 activities in October (at most three a day, then "+N more"). */
export const ThousandEvents: Story = {
  beforeEach: ({ msw }) => {
    const f = createFixtures(DEMO_NOW);
    const model = f.events.filter((e) => e.startsAt.startsWith('2026-10'));
    const many: EventFixture[] = Array.from({ length: 1000 }, (_, i) => {
      const e = structuredClone(model[i % model.length]!);
      const day = String(1 + (i % 31)).padStart(2, '0');
      const hour = String(8 + (i % 11)).padStart(2, '0');
      const offset = Number(day) < 25 ? '+02:00' : '+01:00';
      return { ...e, id: `${e.id}-${i}`, startsAt: `2026-10-${day}T${hour}:00:00${offset}`, endsAt: `2026-10-${day}T${hour}:45:00${offset}` };
    });
    msw.use(...createHandlers({ now: DEMO_NOW, rateLimits: false, fixtures: { ...f, events: many.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)) } }));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(text(canvasElement, '[part=status]')).toBe('1000 attività a ottobre 2026'), { timeout: 5000 });
  },
};

/** Registered: the confirmation with the registration code. */
export const Registered: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await register(canvasElement, 'tai-chi-parco-ruffini-2026-10-27', { email: 'maria.rossi@example.org' });
    await shows(canvasElement, '[part=confirmation]');
  },
};
export const RegisteredEnglish: Story = { ...Registered, ...english };

/** Full: the calendar offers the waiting list. */
export const Full: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await register(canvasElement, 'tai-chi-parco-ruffini-2026-10-20', { email: 'maria.rossi@example.org' });
    await shows(canvasElement, '[part=waiting-list]');
  },
};
export const FullEnglish: Story = { ...Full, ...english };

/** Full, then on the waiting list, with the position. */
export const Waitlisted: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await register(canvasElement, 'tai-chi-parco-ruffini-2026-10-20', { email: 'maria.rossi@example.org' });
    await shows(canvasElement, '[part=waiting-list]');
    $(canvasElement, '[part=waiting-list]')!.click();
    await shows(canvasElement, '[part=confirmation]');
  },
};
export const WaitlistedEnglish: Story = { ...Waitlisted, ...english };

/** The same person registering twice: already registered. */
export const AlreadyRegistered: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await register(canvasElement, 'tai-chi-parco-ruffini-2026-10-13', { email: demo.registeredEmail });
    await waitFor(() => expect(text(canvasElement, '[part=registration] [part=alert]')).not.toBe(''), { timeout: 5000 });
  },
};
export const AlreadyRegisteredEnglish: Story = { ...AlreadyRegistered, ...english };

/** A narrow column (320 px): the list, since no view is set. */
export const Narrow: Story = {
  args: { view: '' },
  decorators: [(story) => html`<div class="narrow-column">${story()}</div>`],
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('.narrow-column')!.style.maxWidth = '320px';
    await loaded(canvasElement);
    await shows(canvasElement, '[part=list]');
  },
};
export const NarrowEnglish: Story = { ...Narrow, ...english };
