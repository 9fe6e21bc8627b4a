/**
 * `<sportello-ppe-booking>` in every state, from the mocks' named scenarios and demo data (the
 * clock fixed at `DEMO_NOW`). Switch the language in the toolbar; the *English* stories fix it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { DEMO_NOW, createFixtures, createHandlers, createStore, demo, type ScenarioName, type Store } from '@sportello/mocks';
import '../packages/widgets/src/define/sportello-ppe-booking';
import { person, ui } from './ppe-booking.play';

type Story = StoryObj;

const meta = {
  title: 'Widgets/PPE booking',
  component: 'sportello-ppe-booking',
  args: { mode: 'book', 'building-code': '', round: '' },
  render: (args) =>
    html`<sportello-ppe-booking
      api-base="/v1"
      partner-key="pk_storybook"
      mode=${args['mode']}
      building-code=${args['building-code']}
      round=${args['round']}
    ></sportello-ppe-booking>`,
  parameters: {
    docs: {
      description: {
        component:
          'A resident books protective masks for their household, delivered to their building by its condominium administrator: the open round, applicant and household (the quantity follows as it is typed), the building by code or address, contact and consent, a review, then the booking code. “Manage my booking” looks a booking up and cancels it.',
      },
    },
  },
} satisfies Meta;
export default meta;

const english = { globals: { locale: 'en' } };
const serve = (scenario: ScenarioName = 'default', extra: HttpHandler[] = []): Story['beforeEach'] => ({ msw }) =>
  msw.use(...extra, ...createHandlers({ scenario, now: DEMO_NOW, rateLimits: false }));
/** Only `POST /ppe/bookings` answers as in `scenario`; everything else is the default. */
const bookingsAs = (scenario: ScenarioName, store: Store = createStore({ now: DEMO_NOW, rateLimits: false })) =>
  createHandlers({ scenario, store }).filter((h) => h.info.method === 'POST' && String(h.info.path).endsWith('/ppe/bookings'));

/** The open round: its window, allowance and what is left. */
export const Round: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await ui(canvasElement).shows('[part=round]');
  },
};
export const RoundEnglish: Story = { ...Round, ...english };

/** Waiting for the rounds: a visible progress bar and a polite message. */
export const Loading: Story = {
  beforeEach: ({ msw }) => msw.use(http.get('*/v1/ppe/rounds', () => delay('infinite'))),
  play: async ({ canvasElement }) => {
    await ui(canvasElement).shows('[part=status] .progress');
  },
};
export const LoadingEnglish: Story = { ...Loading, ...english };

/** No round open now; the next one opens in 35 days (`window-closed` scenario). */
export const NoOpenRound: Story = {
  beforeEach: serve('window-closed'),
  play: async ({ canvasElement }) => {
    await ui(canvasElement).outcome('no-open-round');
  },
};
export const NoOpenRoundEnglish: Story = { ...NoOpenRound, ...english };

/** No round open nor planned (`empty` scenario). */
export const NoRoundPlanned: Story = { ...NoOpenRound, beforeEach: serve('empty') };
export const NoRoundPlannedEnglish: Story = { ...NoRoundPlanned, ...english };

/** Every unit of the open round is booked: said at once, no booking offered (`round-full`). */
export const RoundFullBeforeStart: Story = {
  beforeEach: serve('round-full'),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.shows('[part=round]');
    await expect(w.$('[part=submit]')).toBeNull();
  },
};
export const RoundFullBeforeStartEnglish: Story = { ...RoundFullBeforeStart, ...english };

/** The applicant and household: the quantity follows as the size is typed. */
export const Applicant: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('applicant');
    await w.type('tax-code', person.taxCode);
    await w.type('household-size', '4');
    await waitFor(() => expect(w.text('[part=quantity]')).toMatch(/20/));
  },
};
export const ApplicantEnglish: Story = { ...Applicant, ...english };

/** Continue with nothing typed: the summary links to each field, each says what is wrong, focus on the first. */
export const ValidationErrors: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('applicant');
    await w.type('tax-code', 'RSSMRA85T10L219X');
    await w.type('household-size', '13');
    await w.next();
    await waitFor(() => expect(w.root().querySelectorAll('[part=error-summary] a')).toHaveLength(4));
    await waitFor(() => expect(w.root().activeElement?.id).toBe('tax-code'));
  },
};
export const ValidationErrorsEnglish: Story = { ...ValidationErrors, ...english };

/** The building code resolved by the API, showing the address and the administrator. */
export const BuildingFound: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('building');
    await w.type('building-code', 'to0412');
    await w.next();
    await w.shows('[part=building]');
  },
};
export const BuildingFoundEnglish: Story = { ...BuildingFound, ...english };

/** An administrator's page prefills its building code (`building-code`), looked up at once. */
export const PrefilledBuilding: Story = {
  ...BuildingFound,
  args: { 'building-code': 'TO-0856' },
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('building');
    await w.shows('[part=building]');
  },
};
export const PrefilledBuildingEnglish: Story = { ...PrefilledBuilding, ...english };

/** The address is not served by an administrator in the network: what to do instead. */
export const NotInNetwork: Story = {
  beforeEach: serve('not-in-network'),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('building');
    await w.click('#building-mode-1');
    await w.type('street', demo.addresses.notInNetwork.street);
    await w.type('civic-number', demo.addresses.notInNetwork.civicNumber);
    await w.type('cap', demo.addresses.notInNetwork.cap);
    await w.next();
    await w.shows('[part=alert]');
  },
};
export const NotInNetworkEnglish: Story = { ...NotInNetwork, ...english };

/** Contact and privacy consent, with why the data is asked. */
export const Contact: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await ui(canvasElement).fill('contact');
  },
};
export const ContactEnglish: Story = { ...Contact, ...english };

/** Everything to check before confirming, each part with a Change button. */
export const Review: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('review');
    await w.shows('[part=review]');
  },
};
export const ReviewEnglish: Story = { ...Review, ...english };

/** Sending: the button is held and progress shows. */
export const Sending: Story = {
  beforeEach: serve('default', [http.post('*/v1/ppe/bookings', () => delay('infinite'))]),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('submitted');
    await waitFor(() => expect(w.$('[part=submit]')?.getAttribute('aria-disabled')).toBe('true'));
    await w.shows('[part=status] .progress');
  },
};
export const SendingEnglish: Story = { ...Sending, ...english };

/** Confirmed: the code, large and copyable, and what happens next. */
export const Confirmed: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('submitted');
    await w.outcome('confirmed');
    await expect(w.text('[part=booking-code]')).toMatch(/^PR-/);
  },
};
export const ConfirmedEnglish: Story = { ...Confirmed, ...english };

/** This codice fiscale already booked in the round (`already-booked`): said, without revealing anything of that booking. */
export const AlreadyBooked: Story = {
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('submitted', { taxCode: demo.taxCodes.alreadyBooked });
    await w.outcome('already-booked');
    await expect(w.text('[part=outcome]')).not.toContain(demo.bookingCodes.confirmed);
  },
};
export const AlreadyBookedEnglish: Story = { ...AlreadyBooked, ...english };

/** The last units went to others (`last-units`: 10 left, a household of 3 needs 15). */
export const RoundFull: Story = {
  beforeEach: serve('last-units'),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('submitted');
    await w.outcome('round-full');
  },
};
export const RoundFullEnglish: Story = { ...RoundFull, ...english };

let clock = DEMO_NOW;
/** The round closed while the person was typing; the next one opens in 35 days. */
export const WindowClosed: Story = {
  beforeEach: ({ msw }) => {
    clock = DEMO_NOW;
    msw.use(...createHandlers({ store: createStore({ fixtures: createFixtures(DEMO_NOW), now: () => clock, rateLimits: false }) }));
  },
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('review');
    clock = new Date(DEMO_NOW.getTime() + 25 * 86_400_000);
    await w.next();
    await w.outcome('window-closed');
  },
};
export const WindowClosedEnglish: Story = { ...WindowClosed, ...english };

/** The API refused fields: its messages land on the same fields, on their step (`validation-error`). */
export const ApiFieldErrors: Story = {
  beforeEach: serve('default', [
    http.post('*/v1/ppe/bookings', () =>
      HttpResponse.json(
        { type: 'urn:sportello:problem:validation-error', title: 'Dati non validi', status: 400, errors: [{ pointer: '/applicant/taxCode', code: 'check-character' }] },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  ]),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('submitted');
    await waitFor(() => expect(w.root().activeElement?.id).toBe('tax-code'));
  },
};
export const ApiFieldErrorsEnglish: Story = { ...ApiFieldErrors, ...english };

/** Offline when sending: everything is kept, Retry reuses the same idempotency key (`offline`). */
export const Offline: Story = {
  beforeEach: serve('default', bookingsAs('offline')),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('submitted');
    await w.shows('[part=retry]');
    await expect(w.$('[part=review]')).toBeTruthy();
  },
};
export const OfflineEnglish: Story = { ...Offline, ...english };

/** The service failed (`server-error`): nothing saved, try again later. */
export const ServerError: Story = { ...Offline, beforeEach: serve('default', bookingsAs('server-error')) };
export const ServerErrorEnglish: Story = { ...ServerError, ...english };

/** Too many attempts (`rate-limited`): the wait counts down, Retry is held. */
export const RateLimited: Story = {
  beforeEach: serve('default', bookingsAs('rate-limited')),
  play: async ({ canvasElement }) => {
    const w = ui(canvasElement);
    await w.fill('submitted');
    await w.shows('.alert__countdown');
    await expect(w.$('[part=retry]')?.getAttribute('aria-disabled')).toBe('true');
  },
};
export const RateLimitedEnglish: Story = { ...RateLimited, ...english };

/** "Manage my booking": the look-up form. */
export const Manage: Story = {
  args: { mode: 'manage' },
  beforeEach: serve(),
  play: async ({ canvasElement }) => {
    await ui(canvasElement).shows('#manage-code');
  },
};
export const ManageEnglish: Story = { ...Manage, ...english };

const lookUp = async (canvas: HTMLElement, code: string, taxCode: string) => {
  const w = ui(canvas);
  await w.shows('#manage-code');
  await w.type('manage-code', code);
  await w.type('manage-tax-code', taxCode);
  await w.next();
  return w;
};

/** A booking found, asking for confirmation before cancelling it. */
export const ManageConfirmCancel: Story = {
  ...Manage,
  play: async ({ canvasElement }) => {
    const w = await lookUp(canvasElement, demo.bookingCodes.confirmed, demo.taxCodes.alreadyBooked);
    await w.shows('[part=cancel]');
    await w.click('[part=cancel]');
    await w.shows('[part=confirm]');
  },
};
export const ManageConfirmCancelEnglish: Story = { ...ManageConfirmCancel, ...english };

/** Cancelled: its units go back to the round. */
export const ManageCancelled: Story = {
  ...Manage,
  play: async (context) => {
    await ManageConfirmCancel.play!(context);
    const w = ui(context.canvasElement);
    await w.click('[part=confirm-cancel]');
    await w.outcome('cancelled');
  },
};
export const ManageCancelledEnglish: Story = { ...ManageCancelled, ...english };

/** Taken on by the administrator: it can no longer be cancelled. */
export const ManageNotCancellable: Story = {
  ...Manage,
  play: async ({ canvasElement }) => {
    const w = await lookUp(canvasElement, demo.bookingCodes.assigned, demo.taxCodes.assigned);
    await w.shows('[part=review]');
  },
};
export const ManageNotCancellableEnglish: Story = { ...ManageNotCancellable, ...english };

/** No booking with this code and codice fiscale. */
export const ManageNotFound: Story = {
  ...Manage,
  play: async ({ canvasElement }) => {
    const w = await lookUp(canvasElement, demo.bookingCodes.confirmed, demo.taxCodes.free);
    await w.shows('[part=alert]');
  },
};
export const ManageNotFoundEnglish: Story = { ...ManageNotFound, ...english };
