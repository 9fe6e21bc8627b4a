import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { newIdempotencyKey, unwrap, type Booking, type BookingRequest, type Building, type BuildingQuery, type FieldErrorCode } from '@sportello/sdk';
import { CountdownController } from '../shared/countdown-controller';
import type { ErrorInfo } from '../shared/errors';
import { FieldErrorsController } from '../shared/field-errors-controller';
import { copyText } from '../shared/clipboard';
import { BookingCreatedEvent } from './ppe-booking.events';
import type { PpeContext } from './ppe-booking.context';
import {
  BOOKING_POINTERS,
  STEPS,
  STEP_FIELDS,
  buildingKey,
  emptyForm,
  fieldError,
  nextStep,
  requestFingerprint,
  stepErrors,
  toBookingRequest,
  toBuildingQuery,
  type BookingForm,
  type FieldId,
  type Step,
} from './ppe-booking.logic';

/** How a booking attempt ended, when it ended the flow. */
export type Outcome =
  | { kind: 'confirmed'; booking: Booking }
  | { kind: 'already-booked' }
  | { kind: 'round-full' }
  | { kind: 'window-closed'; nextOpensAt: string | undefined };

/**
 * The booking flow's state and behaviour: what was typed (kept across steps, failures and
 * retries), the step, field errors, the building look-up, the submission with one idempotency
 * key per distinct request, and the outcome. `booking-flow.view.ts` renders it.
 */
export class BookingFlow implements ReactiveController {
  readonly ctx: PpeContext;
  form: BookingForm = emptyForm();
  step: Step = 'round';
  outcome: Outcome | undefined;
  /** A failed submission that is not an outcome (offline, server error, 429). */
  failure: ErrorInfo | undefined;
  /** A failed building look-up other than "not in the network". */
  lookupFailure: ErrorInfo | undefined;
  notInNetwork = false;
  /** Whether the last "copy the code" worked. */
  copied: '' | 'copied' | 'failed' = '';
  /** The building the API resolved, for the query it was resolved from. */
  resolved: { key: string; building: Building } | undefined;
  readonly errors: FieldErrorsController;
  readonly countdown: CountdownController;

  #key: { value: string; fingerprint: string } | undefined;
  #focus: string | undefined;
  #prefilled = false;
  /** Fields the API flagged, kept flagged until changed. */
  #fromApi = new Set<FieldId>();

  readonly lookup: Task<[BuildingQuery, string], { key: string; building: Building }>;
  readonly submission: Task<[BookingRequest, string], Booking>;

  constructor(ctx: PpeContext) {
    this.ctx = ctx;
    const host = ctx.host;
    host.addController(this);
    this.errors = new FieldErrorsController(host, BOOKING_POINTERS);
    this.countdown = new CountdownController(host);
    this.lookup = new Task(host, {
      autoRun: false,
      task: async ([query, key]: [BuildingQuery, string], { signal }) => ({
        key,
        building: await unwrap(ctx.api().POST('/ppe/building-lookups', { body: query, signal })),
      }),
      onComplete: (result) => {
        this.resolved = result;
        this.notInNetwork = false;
        this.lookupFailure = undefined;
      },
      onError: (error) => this.#lookupFailed(error),
    });
    this.submission = new Task(host, {
      autoRun: false,
      task: async ([body, key]: [BookingRequest, string], { signal }) =>
        unwrap(ctx.api().POST('/ppe/bookings', { body, params: { header: { 'Idempotency-Key': key } }, signal })),
      onComplete: (booking) => {
        this.#key = undefined;
        this.#end({ kind: 'confirmed', booking });
        host.dispatchEvent(new BookingCreatedEvent(booking));
      },
      onError: (error) => this.#submitFailed(error),
    });
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const id = this.#focus;
    if (!id) return;
    this.#focus = undefined;
    const target = (this.ctx.host.renderRoot as ShadowRoot).getElementById(id);
    target?.focus();
  }

  /** The round being booked, once the rounds are loaded. */
  get round() {
    return this.ctx.rounds()?.open.find((r) => r.id === this.form.roundId);
  }

  get busy(): boolean {
    return this.submission.status === TaskStatus.PENDING;
  }

  get searching(): boolean {
    return this.lookup.status === TaskStatus.PENDING;
  }

  /** The resolved building, if it is still the one the fields name. */
  get building(): Building | undefined {
    return this.resolved && this.resolved.key === buildingKey(this.form) ? this.resolved.building : undefined;
  }

  /** Errors of the current step, in the order its fields appear. */
  get stepErrorIds(): FieldId[] {
    return STEP_FIELDS[this.step].filter((id) => this.errors.get(id) !== undefined);
  }

  /** Puts the page's preselections in place (once rounds are known). */
  prefill(roundId: string | undefined): void {
    if (!this.form.roundId && roundId) this.form = { ...this.form, roundId };
    if (!this.#prefilled) {
      this.#prefilled = true;
      const code = this.ctx.prefilledBuildingCode();
      if (code) this.form = { ...this.form, buildingCode: code };
    }
  }

  /** Changes one value; a field already flagged is checked again at once. */
  set<K extends keyof BookingForm>(key: K, value: BookingForm[K], id?: FieldId): void {
    const before = buildingKey(this.form);
    this.form = { ...this.form, [key]: value };
    if (id) this.#fromApi.delete(id);
    if (id && this.errors.get(id) !== undefined) this.errors.set(id, fieldError(id, this.form, this.round));
    if (key === 'buildingMode' || key === 'contactMethod') {
      for (const other of STEP_FIELDS[this.step]) if (this.errors.get(other) && !fieldError(other, this.form, this.round)) this.errors.set(other, undefined);
    }
    if (buildingKey(this.form) !== before) {
      this.notInNetwork = false;
      this.lookupFailure = undefined;
    }
    this.ctx.host.requestUpdate();
  }

  /** Shows a step and moves focus to its heading. */
  goTo(step: Step, focusHeading = true): void {
    this.step = step;
    this.failure = undefined;
    if (focusHeading) this.#focus = 'step-heading';
    if (step === 'building') this.#autoLookup();
    this.ctx.host.requestUpdate();
  }

  /** Checks the current step; moves on, or flags its fields and focuses the first. */
  continue(): void {
    if (this.#flag(this.step)) return;
    if (this.step === 'building' && !this.building) {
      this.#resolve();
      return;
    }
    this.goTo(nextStep(this.step));
  }

  /** Sends the booking (ignored while one is pending or a 429 wait runs). */
  submit(): void {
    if (this.busy || this.countdown.running) return;
    const round = this.round;
    if (!round) return this.goTo('round');
    for (const step of STEPS) {
      if (this.#flag(step, false)) {
        this.goTo(step, false);
        void this.errors.focusFirst();
        return;
      }
    }
    const body = toBookingRequest(this.form, round, this.ctx.lang())!;
    const fingerprint = requestFingerprint(body);
    // One key per distinct request: a retry of the same data reuses it, so it makes one booking.
    if (this.#key?.fingerprint !== fingerprint) this.#key = { value: newIdempotencyKey(), fingerprint };
    this.failure = undefined;
    void this.submission.run([body, this.#key.value]);
  }

  /** Copies a booking code and says whether it worked. */
  async copy(code: string, button: HTMLElement | null): Promise<void> {
    this.copied = '';
    this.ctx.host.requestUpdate();
    const ok = await copyText(code, this.ctx.host.renderRoot as ShadowRoot, button);
    this.copied = ok ? 'copied' : 'failed';
    this.ctx.host.requestUpdate();
  }

  /** Starts again from the first step, keeping the page's preselections. */
  restart(): void {
    this.form = emptyForm({ roundId: this.form.roundId, buildingCode: this.ctx.prefilledBuildingCode() });
    this.outcome = undefined;
    this.resolved = undefined;
    this.notInNetwork = false;
    this.#key = undefined;
    this.#fromApi.clear();
    this.errors.clear();
    this.goTo('round');
  }

  /** Flags a step's invalid fields; true when there were any. */
  #flag(step: Step, focus = true): boolean {
    const found = stepErrors(step, this.form, this.round);
    // The API's verdict on a field stands until the person changes that field.
    const kept = STEP_FIELDS[step].flatMap((id) => {
      const code = this.errors.get(id);
      return this.#fromApi.has(id) && code && !found.some(([f]) => f === id) ? [[id, code] as [FieldId, FieldErrorCode]] : [];
    });
    for (const id of STEP_FIELDS[step]) this.errors.set(id, undefined);
    for (const [id, code] of [...found, ...kept]) this.errors.set(id, code);
    found.push(...kept);
    if (found.length && focus) void this.errors.focusFirst();
    return found.length > 0;
  }

  #resolve(): void {
    const query = toBuildingQuery(this.form);
    if (!query || this.searching || this.countdown.running) return;
    this.lookupFailure = undefined;
    this.notInNetwork = false;
    void this.lookup.run([query, buildingKey(this.form)]);
  }

  /** A building code prefilled by the page is looked up as soon as its step shows. */
  #autoLookup(): void {
    const code = this.ctx.prefilledBuildingCode();
    if (code && this.form.buildingMode === 'code' && this.form.buildingCode === code && !this.building && !this.notInNetwork && !this.lookupFailure) {
      this.#resolve();
    }
  }

  #end(outcome: Outcome): void {
    this.outcome = outcome;
    this.failure = undefined;
    this.copied = '';
    this.#focus = 'outcome-heading';
    this.ctx.host.requestUpdate();
  }

  #lookupFailed(error: unknown): void {
    const info = this.ctx.report(error);
    if (info.kind === 'aborted') return;
    if (info.error?.slug === 'building-not-in-network') {
      this.notInNetwork = true;
      return;
    }
    if (info.kind === 'validation') {
      const unmatched = this.errors.fromFieldErrors(info.fieldErrors.map((e) => ({ ...e, pointer: `/building${e.pointer}` })));
      this.#fromApi = new Set(this.errors.ids as FieldId[]);
      void this.errors.focusFirst();
      if (unmatched.length === 0 && this.errors.size > 0) return;
    }
    this.countdown.waitFor(info);
    this.lookupFailure = info;
  }

  #submitFailed(error: unknown): void {
    const info = this.ctx.report(error);
    if (info.kind === 'aborted') return;
    const problem = info.error?.problem;
    switch (info.error?.slug) {
      case 'already-booked':
        return this.#end({ kind: 'already-booked' });
      case 'round-full':
        return this.#end({ kind: 'round-full' });
      case 'window-closed':
      case 'round-not-found':
        return this.#end({ kind: 'window-closed', nextOpensAt: problem?.nextRoundOpensAt ?? this.ctx.rounds()?.next?.opensAt });
      case 'building-not-in-network':
        this.resolved = undefined;
        this.notInNetwork = true;
        return this.goTo('building');
    }
    if (info.kind === 'validation') {
      const unmatched = this.errors.fromFieldErrors(info.fieldErrors);
      this.#fromApi = new Set(this.errors.ids as FieldId[]);
      const first = STEPS.find((s) => STEP_FIELDS[s].some((id) => this.errors.get(id) !== undefined));
      if (first) {
        this.goTo(first, false);
        void this.errors.focusFirst();
      }
      if (first && unmatched.length === 0) return;
    }
    this.countdown.waitFor(info);
    this.failure = info;
  }
}
