/**
 * Events of `<sportello-ppe-booking>`. They bubble and cross the shadow root; their details name
 * the booking, the round and the quantity only — never the codice fiscale, a name or a contact.
 */
import type { Booking } from '@sportello/sdk';
import { SportelloEvent } from '../shared/events';

/** Detail of `sportello-booking-created`. */
export type BookingCreatedDetail = Pick<Booking, 'bookingCode' | 'roundId' | 'quantity'>;

/** Detail of `sportello-booking-cancelled`. */
export type BookingCancelledDetail = Pick<Booking, 'bookingCode'>;

/** A booking was confirmed. */
export class BookingCreatedEvent extends SportelloEvent<BookingCreatedDetail> {
  static readonly eventName = 'sportello-booking-created';
  constructor(detail: BookingCreatedDetail) {
    // Copied field by field so nothing else of the booking can slip into the detail.
    super(BookingCreatedEvent.eventName, { bookingCode: detail.bookingCode, roundId: detail.roundId, quantity: detail.quantity });
  }
}

/** A booking was cancelled from "Manage my booking". */
export class BookingCancelledEvent extends SportelloEvent<BookingCancelledDetail> {
  static readonly eventName = 'sportello-booking-cancelled';
  constructor(detail: BookingCancelledDetail) {
    super(BookingCancelledEvent.eventName, { bookingCode: detail.bookingCode });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sportello-booking-created': BookingCreatedEvent;
    'sportello-booking-cancelled': BookingCancelledEvent;
  }
}
