import type { Voucher } from '@sportello/sdk';
import { SportelloEvent } from '../shared/events';

/**
 * Detail of `sportello-voucher-checked`: what a partner may count, never the code nor the
 * codice fiscale.
 */
export interface VoucherCheckedDetail {
  /** The voucher's state: `active`, `exhausted`, `expired` or `revoked`. */
  status: Voucher['state'];
  /** Credit left, in euro cents. */
  balanceCents: Voucher['balanceCents'];
  /** Last day it can be spent, `YYYY-MM-DD`. */
  expiresOn: Voucher['expiresOn'];
}

/** Fired when a voucher was found and shown to its holder. */
export class VoucherCheckedEvent extends SportelloEvent<VoucherCheckedDetail> {
  static readonly eventName = 'sportello-voucher-checked';
  constructor(voucher: Pick<Voucher, 'state' | 'balanceCents' | 'expiresOn'>) {
    // Built field by field so nothing else of the voucher can slip into the detail.
    super(VoucherCheckedEvent.eventName, { status: voucher.state, balanceCents: voucher.balanceCents, expiresOn: voucher.expiresOn });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sportello-voucher-checked': VoucherCheckedEvent;
  }
}
