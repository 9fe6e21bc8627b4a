import { SportelloEvent } from '../shared/events';
import type { ShopRedemption } from '../operator/operator.types';

/** Detail of `sportello-redemption-created` and `sportello-redemption-voided`: no voucher code, no codice fiscale. */
export interface RedemptionDetail {
  /** The redemption, `RD-XXXX-XXXX-C`. */
  redemptionId: ShopRedemption['redemptionId'];
  /** The amount, in euro cents. */
  amountCents: ShopRedemption['amountCents'];
}

/** Fired when a redemption was recorded (also when a retry was answered with it). */
export class RedemptionCreatedEvent extends SportelloEvent<RedemptionDetail> {
  static readonly eventName = 'sportello-redemption-created';
  constructor(r: Pick<ShopRedemption, 'redemptionId' | 'amountCents'>) {
    super(RedemptionCreatedEvent.eventName, { redemptionId: r.redemptionId, amountCents: r.amountCents });
  }
}

/** Fired when the till voided a redemption (the amount went back on the voucher). */
export class RedemptionVoidedEvent extends SportelloEvent<RedemptionDetail> {
  static readonly eventName = 'sportello-redemption-voided';
  constructor(r: Pick<ShopRedemption, 'redemptionId' | 'amountCents'>) {
    super(RedemptionVoidedEvent.eventName, { redemptionId: r.redemptionId, amountCents: r.amountCents });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sportello-redemption-created': RedemptionCreatedEvent;
    'sportello-redemption-voided': RedemptionVoidedEvent;
  }
}
