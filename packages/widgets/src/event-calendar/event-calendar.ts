import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Registration } from '@sportello/sdk';
import { controlStyles } from '../shared/controls.styles';
import { CountdownController } from '../shared/countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion } from '../shared/feedback';
import { SportelloElement } from '../shared/sportello-element';
import { sharedStyles } from '../shared/styles';
import { DetailsDialog } from './event-calendar.details';
import { MonthCache, findNextMonth, type LoadedMonth } from './event-calendar.load';
import { emptyView, filtersView, toolbarView } from './event-calendar.parts';
import { filterIndex, focusDayIn, moveDay, type DayEntry, type DayIndex, type Filters } from './event-calendar.logic';
import { eventCalendarMessages } from './event-calendar.messages';
import { RegistrationForm } from './event-calendar.registration';
import { eventCalendarStyles } from './event-calendar.styles';
import { listView, monthLabel, monthView, type ViewContext } from './event-calendar.views';
import { addMonths, dayKey, monthKey, monthOf, parseMonth, romeDayOf, romeMidnight, viewerDiffersFromRome, type YearMonth } from './rome-time.logic';

/**
 * `<sportello-event-calendar>`: the Prometeo activities for over-65s and caregivers, as a month
 * grid or a list, with filters, details in a dialog, registration (or the waiting list) and the
 * event's iCalendar file. Times are Turin's, whatever the viewer's time zone.
 *
 * ```html
 * <sportello-event-calendar api-base="https://api.example.org/v1" partner-key="pk_..." district="6"></sportello-event-calendar>
 * ```
 *
 * @summary Activities calendar with registration.
 * @attr api-base - The API root, `/v1` included.
 * @attr partner-key - The partner's publishable key.
 * @attr lang - `it` or `en`; inherited from the page when unset.
 * @fires {EventSelectedEvent} sportello-event-selected - An activity's details were opened; detail `{ eventId }`.
 * @fires {RegistrationCreatedEvent} sportello-registration-created - A registration was made; detail `{ eventId, status: 'registered' | 'waitlisted' }`.
 * @fires {SportelloErrorEvent} sportello-error - A request failed; detail `{ status, type }`.
 * @csspart calendar - The whole calendar.
 * @csspart title - The month's heading.
 * @csspart previous - The previous-month button.
 * @csspart next - The next-month button.
 * @csspart view-month - The month-view button.
 * @csspart view-list - The list-view button.
 * @csspart filters - The filters form.
 * @csspart field - Each field (label, hint, error, control).
 * @csspart label - Each label.
 * @csspart input - Each control.
 * @csspart status - The polite live regions (result count, progress).
 * @csspart grid - The month grid (a table).
 * @csspart day - Each day of the month grid (also `today` on today).
 * @csspart event - Each activity (chip in the grid, button in lists).
 * @csspart more - The "+N more" button of a day.
 * @csspart list - The agenda list.
 * @csspart list-day - Each day's heading in the list.
 * @csspart empty - The empty-month message.
 * @csspart next-with-events - The button to the next month with activities.
 * @csspart dialog - The details dialog.
 * @csspart close - The dialog's close button.
 * @csspart back - "Back to the day" in the dialog.
 * @csspart details - The activity's when / where / seats.
 * @csspart add-to-calendar - "Add to my calendar".
 * @csspart registration - The registration section.
 * @csspart form - The registration form.
 * @csspart submit - The registration button.
 * @csspart waiting-list - "Put me on the waiting list".
 * @csspart confirmation - The registration's confirmation.
 * @csspart alert - An error or an outcome to act on.
 * @csspart retry - The retry button in an alert.
 * @cssprop --sportello-calendar-day-min-height - Height of a day in the month grid. Default `9rem`.
 * @cssprop --sportello-calendar-today-color - Today's marker. Default the primary colour.
 * @cssprop --sportello-calendar-culture-color - Culture's colour (always beside its name). Default `#7b3fa0`.
 * @cssprop --sportello-calendar-movement-color - Movement's colour. Default `#1e6b34`.
 * @cssprop --sportello-calendar-digital-skills-color - Digital skills' colour. Default `#005a9c`.
 * @cssprop --sportello-calendar-social-color - Social's colour. Default `#a0401e`.
 * @cssprop --sportello-calendar-workshops-color - Workshops' colour. Default `#6b5a00`.
 */
export class SportelloEventCalendar extends SportelloElement {
  static override styles = [sharedStyles, controlStyles, eventCalendarStyles];
  static override messages = [eventCalendarMessages];

  /** The month shown, `YYYY-MM` (e.g. `2026-12`); default the current month in Turin. */
  @property() month = '';

  /** `month` (grid) or `list` (agenda); when unset, the list below 480 px of width, else the grid. */
  @property() view: '' | 'month' | 'list' = '';

  /** Shows only this category (`culture`, `movement`, `digital-skills`, `social`, `workshops`). */
  @property() category = '';

  /** Shows only this district (circoscrizione), `1` to `8`. */
  @property() district = '';

  /** Shows only activities with seats left. */
  @property({ type: Boolean, attribute: 'free-seats' }) freeSeats = false;

  /** Activities shown in a day of the grid before "+N more". */
  @property({ type: Number, attribute: 'max-per-day' }) maxPerDay = 3;

  /** The current time (for demos and tests); default the real time. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private narrow = false;
  @state() private active = '';
  @state() private failure: ErrorInfo | undefined;
  /** 100 ms have passed since the element arrived: show the loading state. */
  @state() private waited = false;

  #ready = false;
  #waiting: ReturnType<typeof setTimeout> | undefined;

  #focusPending = false;
  #months = new MonthCache();
  #memo: { from?: LoadedMonth; key?: string; index?: DayIndex } = {};
  #countdown = new CountdownController(this);
  #resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    const narrow = width > 0 && width < 480;
    if (narrow !== this.narrow) this.narrow = narrow;
  });

  #details = new DetailsDialog(this, {
    api: () => this.api,
    lang: () => this.locale,
    report: (e) => this.reportError(e),
    day: (day) => this.#index?.days.get(day) ?? [],
    find: (id) => this.#find(id),
    onEvent: (id) => this.#registration.reset(id),
    registration: (x) => this.#registration.render(this.t(eventCalendarMessages), this.shared, x.start <= (this.now ?? new Date()).getTime()),
  });

  #registration = new RegistrationForm(this, {
    api: () => this.api,
    lang: () => this.locale,
    report: (e) => this.reportError(e),
    onRegistered: (r) => this.#registered(r),
  });

  #load = new Task(this, {
    task: ([key, lang, api], { signal }) => this.#months.get(api, parseMonth(key)!, lang, signal),
    args: () => [monthKey(this.#ym), this.locale, this.api] as const,
    onComplete: (loaded) => {
      this.failure = undefined;
      this.#months.prefetch(this.api, addMonths(parseMonth(loaded.key)!, 1), this.locale);
    },
    onError: (e) => {
      const info = this.reportError(e);
      this.#countdown.waitFor(info);
      this.failure = info.kind === 'aborted' ? undefined : info;
    },
  });

  #ahead = new Task(this, {
    task: ([key, , empty], { signal }) => (empty ? findNextMonth(this.api, parseMonth(key)!, this.#filters, this.locale, signal) : Promise.resolve(undefined)),
    args: () => [monthKey(this.#ym), JSON.stringify(this.#filters), this.#index?.count === 0] as const,
  });

  get #today(): string {
    return romeDayOf((this.now ?? new Date()).getTime());
  }

  get #ym(): YearMonth {
    return parseMonth(this.month) ?? monthOf(this.#today);
  }

  get #filters(): Filters {
    return { category: this.category, district: this.district, freeSeats: this.freeSeats };
  }

  /** The shown month's events after the filters, once loaded (filtered once per change). */
  /** The shown month, once here: from the task, or already in the cache. */
  get #loaded(): LoadedMonth | undefined {
    const ym = this.#ym;
    const value = this.#load.value;
    return value?.key === monthKey(ym) ? value : this.#months.peek(this.api, ym, this.locale);
  }

  get #index(): DayIndex | undefined {
    const loaded = this.#loaded;
    if (!loaded) return undefined;
    const key = JSON.stringify(this.#filters);
    if (this.#memo.from !== loaded || this.#memo.key !== key) this.#memo = { from: loaded, key, index: filterIndex(loaded.index, this.#filters) };
    return this.#memo.index;
  }

  /** The day with the roving tabindex in the month shown. */
  get #activeDay(): string {
    return focusDayIn(this.#ym, this.active || undefined, this.#today);
  }

  // A zero-height probe is observed, not the host: its size follows the width only, so switching
  // views (which changes the height) never re-triggers the observer.
  #observe(): void {
    const probe = this.renderRoot?.querySelector('.probe');
    if (probe) this.#resize?.observe(probe);
    this.#observed = !!probe;
  }

  #observed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observe();
    if (!this.#ready) this.#waiting ??= setTimeout(() => (this.waited = true), 100);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#waiting);
    this.#waiting = undefined;
    this.#resize?.disconnect();
    this.#observed = false;
    this.#months.stop();
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The probe arrives with the first render that has the language (a loading state may come first).
    if (!this.#observed) this.#observe();
    if (!this.#focusPending) return;
    this.#focusPending = false;
    this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.active}"]`)?.focus();
  }

  /** Shows the month `n` months away; the focused day follows (same day number). */
  #go(n: number): void {
    this.#goTo(addMonths(this.#ym, n));
  }

  #goTo(ym: YearMonth): void {
    this.active = focusDayIn(ym, this.#activeDay, this.#today);
    this.month = monthKey(ym);
  }

  #find(id: string): DayEntry | undefined {
    for (const list of this.#loaded?.index.days.values() ?? []) for (const x of list) if (x.event.id === id) return x;
    return undefined;
  }

  /** One listener for every day, chip and "+N more" of a view (or of the dialog's day list). */
  #onClick = (e: Event) => {
    const target = (e.target as Element).closest<HTMLElement>('[data-event],[data-more],td[data-day]');
    if (!target) return;
    const inDialog = !!target.closest('dialog');
    // In the grid, focus comes back to the day (its chips are not tab stops).
    const opener = inDialog ? null : (target.closest<HTMLElement>('td[data-day]') ?? target);
    const { event, more, day } = target.dataset;
    const opened = this.#details.opened;
    if (event) this.#details.openEvent(event, opener, inDialog && opened?.kind === 'day' ? opened.day : undefined);
    else if (more) this.#details.openDay(more, opener);
    else if (day) this.active = day;
  };

  /** The grid's keys: arrows, Home/End, PageUp/PageDown move the focused day; Enter or Space opens it. */
  #onKey = (e: KeyboardEvent) => {
    const cell = e.target as HTMLElement;
    const day = cell.dataset?.['day'];
    if (!day || cell.localName !== 'td') return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#details.openDay(day, cell);
      return;
    }
    const next = moveDay(day, e.key, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    this.active = next;
    this.#focusPending = true;
    if (!next.startsWith(monthKey(this.#ym))) this.month = next.slice(0, 7);
  };

  /** Keeps the seats shown in step with a registration just made. */
  #registered(r: Registration): void {
    const e = this.#find(r.eventId)?.event;
    if (!e) return;
    if (r.state === 'registered') e.seatsLeft = Math.max(0, e.seatsLeft - r.seats);
    else e.waitingListLength += 1;
    this.#memo = {};
    this.requestUpdate();
  }

  protected override render() {
    const m = this.t(eventCalendarMessages);
    const lang = this.locale;
    const ym = this.#ym;
    const label = monthLabel(m, ym);
    const index = this.#index;
    const loading = !index && this.#load.status === TaskStatus.PENDING;
    const view = this.view === 'month' || this.view === 'list' ? this.view : this.narrow ? 'list' : 'month';
    const today = this.#today;
    const ctx = { lang, m, ym, index, today };
    const failure = !index && this.#load.status === TaskStatus.ERROR ? this.failure : undefined;
    // The first month's calendar is drawn when it arrives, or after 100 ms of waiting: a fast
    // answer does not flash an empty grid first. The heading and the live region are there at once.
    const quiet = !(this.#ready ||= !!index || !!failure || this.waited);
    return html`<div class="probe"></div>
      <section part="calendar" class="calendar" lang=${lang} aria-labelledby="cal-title">
      <div class="bar">
        <h2 id="cal-title" part="title"><span class="visually-hidden">${m.title}, </span>${label}</h2>
        ${quiet ? nothing : toolbarView(m, view, (n) => this.#go(n), (v) => (this.view = v))}
      </div>
      ${quiet
        ? nothing
        : filtersView(lang, m, this.shared, this.#filters, (f) => {
            this.category = f.category;
            this.district = f.district;
            this.freeSeats = f.freeSeats;
          })}
      ${statusRegion({ message: index ? m.count(index.count, label) : loading && !quiet ? m.loadingMonth(label) : '', busy: loading && !quiet })}
      ${quiet ? nothing : this.#body(ctx, view, label, failure)}
    </section>`;
  }

  #body(ctx: ViewContext, view: 'month' | 'list', label: string, failure: ErrorInfo | undefined) {
    const { m, ym, index } = ctx;
    return html`${viewerDiffersFromRome(romeMidnight(dayKey(ym, 15))) ? html`<p class="hint">${m.romeTime}</p>` : nothing}
      ${failure
        ? errorAlert(this.shared, {
            message: sharedErrorMessage(this.shared, failure) ?? this.shared.problems.unexpected,
            retryIn: this.#countdown.remaining,
            onRetry: () => void this.#load.run(),
          })
        : nothing}
      <div class="view" @click=${this.#onClick} @keydown=${this.#onKey}>
        ${view === 'month' ? monthView(ctx, this.#activeDay, this.maxPerDay, 'cal-title') : listView(ctx)}
      </div>
      ${index?.count === 0
        ? emptyView(m, label, this.#filters, this.#ahead.status === TaskStatus.PENDING, this.#ahead.value, (ym) => this.#goTo(ym))
        : nothing}
      ${this.#details.render(m, this.shared, this.#onClick)}`;
  }
}
