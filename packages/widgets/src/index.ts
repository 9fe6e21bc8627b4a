/**
 * `@sportello/widgets`: the widget classes and the shared foundation, with no side effects —
 * importing this registers no element. Register with `@sportello/widgets/define/<tag>` (one
 * per widget) or load `@sportello/widgets/sportello.js` (the loader: each widget when its tag
 * appears) or `@sportello/widgets/sportello.all.js` (all of them in one file).
 */
export {
  SportelloElement,
  SportelloEvent,
  SportelloErrorEvent,
  LangController,
  CountdownController,
  FieldErrorsController,
  type SportelloErrorDetail,
  type ErrorInfo,
  type Lang,
} from './shared';
export { SportelloVoucherChecker } from './voucher-checker/voucher-checker';
export { VoucherCheckedEvent, type VoucherCheckedDetail } from './voucher-checker/voucher-checker.events';
export { SportelloPpeBooking } from './ppe-booking/ppe-booking';
export { BookingCreatedEvent, BookingCancelledEvent, type BookingCreatedDetail, type BookingCancelledDetail } from './ppe-booking/ppe-booking.events';
export { SportelloEventCalendar } from './event-calendar/event-calendar';
export { EventSelectedEvent, RegistrationCreatedEvent, type EventSelectedDetail, type RegistrationCreatedDetail } from './event-calendar/event-calendar.events';
export { SportelloHelpRequest } from './help-request/help-request';
export { HelpRequestCreatedEvent, type HelpRequestCreatedDetail } from './help-request/help-request.events';
export { SportelloOperatorElement } from './operator/operator-element';
export { SportelloVoucherTill } from './voucher-till/voucher-till';
export { RedemptionCreatedEvent, RedemptionVoidedEvent, type RedemptionDetail } from './voucher-till/voucher-till.events';
export { SportelloDeliveryDesk } from './delivery-desk/delivery-desk';
export { DeliveriesUpdatedEvent, type DeliveriesUpdatedDetail } from './delivery-desk/delivery-desk.events';
