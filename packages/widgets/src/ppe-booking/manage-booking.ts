import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { unwrap, type Booking, type BookingLookup } from '@sportello/sdk';
import { CountdownController } from '../shared/countdown-controller';
import type { ErrorInfo } from '../shared/errors';
import { FieldErrorsController } from '../shared/field-errors-controller';
import { BookingCancelledEvent } from './ppe-booking.events';
import type { PpeContext } from './ppe-booking.context';
import { LOOKUP_POINTERS, toBookingLookup } from './ppe-booking.logic';

/**
 * "Manage my booking": look a booking up by its code and the applicant's codice fiscale, then
 * cancel it (after a confirmation) while it is still `cancellable`. `manage-booking.view.ts`
 * renders it.
 */
export class ManageBooking implements ReactiveController {
  readonly ctx: PpeContext;
  code = '';
  taxCode = '';
  booking: Booking | undefined;
  /** The cancel button was pressed; waiting for "yes" or "no". */
  confirming = false;
  /** The booking was cancelled here, just now. */
  cancelledNow = false;
  notFound = false;
  notCancellable = false;
  failure: ErrorInfo | undefined;
  readonly errors: FieldErrorsController;
  readonly countdown: CountdownController;
  readonly find: Task<[BookingLookup], { lookup: BookingLookup; booking: Booking }>;
  readonly cancellation: Task<[BookingLookup], Booking>;
  #lookup: BookingLookup | undefined;
  #focus: string | undefined;

  constructor(ctx: PpeContext) {
    this.ctx = ctx;
    const host = ctx.host;
    host.addController(this);
    this.errors = new FieldErrorsController(host, LOOKUP_POINTERS);
    this.countdown = new CountdownController(host);
    this.find = new Task(host, {
      autoRun: false,
      task: async ([lookup]: [BookingLookup], { signal }) => ({ lookup, booking: await unwrap(ctx.api().POST('/ppe/booking-lookups', { body: lookup, signal })) }),
      onComplete: ({ lookup, booking }) => {
        this.#lookup = lookup;
        this.booking = booking;
        this.#focus = 'manage-heading';
      },
      onError: (error) => this.#failed(error),
    });
    this.cancellation = new Task(host, {
      autoRun: false,
      task: async ([lookup]: [BookingLookup], { signal }) =>
        unwrap(
          ctx.api().POST('/ppe/bookings/{bookingCode}/cancellation', {
            params: { path: { bookingCode: lookup.bookingCode } },
            body: { taxCode: lookup.taxCode },
            signal,
          }),
        ),
      onComplete: (booking) => {
        this.booking = booking;
        this.confirming = false;
        this.cancelledNow = true;
        this.#focus = 'manage-result';
        host.dispatchEvent(new BookingCancelledEvent(booking));
      },
      onError: (error) => this.#failed(error),
    });
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const id = this.#focus;
    if (!id) return;
    this.#focus = undefined;
    (this.ctx.host.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  get busy(): boolean {
    return this.find.status === TaskStatus.PENDING || this.cancellation.status === TaskStatus.PENDING;
  }

  /** Changes a field; a flagged one is checked again at once. */
  set(key: 'code' | 'taxCode', value: string): void {
    this[key] = value;
    const id = key === 'code' ? 'manage-code' : 'manage-tax-code';
    if (this.errors.get(id)) {
      const check = toBookingLookup(this.code, this.taxCode);
      this.errors.set(id, check.ok ? undefined : check.errors.find(([x]) => x === id)?.[1]);
    }
    this.ctx.host.requestUpdate();
  }

  /** Prefills the form and, with a code, looks the booking up; from "already booked" only the codice fiscale is known. */
  open(code: string, taxCode: string): void {
    this.reset();
    this.code = code;
    this.taxCode = taxCode;
    if (code) this.submit();
  }

  /** Checks the fields, then looks the booking up. */
  submit(): void {
    if (this.busy || this.countdown.running) return;
    const check = toBookingLookup(this.code, this.taxCode);
    this.errors.clear();
    this.failure = undefined;
    this.notFound = false;
    if (!check.ok) {
      for (const [id, code] of check.errors) this.errors.set(id, code);
      void this.errors.focusFirst();
      return;
    }
    void this.find.run([check.value]);
  }

  /** Asks for confirmation before cancelling. */
  askCancel(): void {
    this.confirming = true;
    this.#focus = 'confirm-heading';
    this.ctx.host.requestUpdate();
  }

  /** Keeps the booking after all. */
  keep(): void {
    this.confirming = false;
    this.#focus = 'cancel-button';
    this.ctx.host.requestUpdate();
  }

  /** Cancels, once confirmed. */
  confirmCancel(): void {
    if (this.busy || this.countdown.running || !this.#lookup) return;
    this.failure = undefined;
    void this.cancellation.run([this.#lookup]);
  }

  /** Back to an empty look-up form. */
  reset(): void {
    Object.assign(this, { code: '', taxCode: '', booking: undefined, confirming: false, cancelledNow: false, notFound: false, notCancellable: false, failure: undefined });
    this.#lookup = undefined;
    this.errors.clear();
    this.#focus = 'manage-heading';
    this.ctx.host.requestUpdate();
  }

  #failed(error: unknown): void {
    const info = this.ctx.report(error);
    if (info.kind === 'aborted') return;
    const slug = info.error?.slug;
    if (slug === 'booking-not-found') {
      this.notFound = true;
      this.booking = undefined;
      return;
    }
    if (slug === 'not-cancellable') {
      this.notCancellable = true;
      this.confirming = false;
      if (this.booking) this.booking = { ...this.booking, cancellable: false };
      return;
    }
    if (info.kind === 'validation' && this.errors.fromError(error)) {
      void this.errors.focusFirst();
      return;
    }
    this.countdown.waitFor(info);
    this.failure = info;
  }
}
