import { SportelloEvent } from '../shared/events';
import type { DeliveryTarget } from './delivery-desk.logic';

/** Detail of `sportello-deliveries-updated`: counts only, no names, no codes. */
export interface DeliveriesUpdatedDetail {
  /** The state the bookings were moved to. */
  state: DeliveryTarget;
  /** How many moved. */
  updated: number;
}

/** Fired when the administrator moved bookings forward (one, or all at once). */
export class DeliveriesUpdatedEvent extends SportelloEvent<DeliveriesUpdatedDetail> {
  static readonly eventName = 'sportello-deliveries-updated';
  constructor(detail: DeliveriesUpdatedDetail) {
    super(DeliveriesUpdatedEvent.eventName, { state: detail.state, updated: detail.updated });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sportello-deliveries-updated': DeliveriesUpdatedEvent;
  }
}
