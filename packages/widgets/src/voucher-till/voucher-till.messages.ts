import { lazyCatalog } from '../shared/i18n';
import type { VoucherTillMessages } from './voucher-till.messages.it';

export type { VoucherTillMessages };

/** The voucher till's strings in every language, each loaded when first needed. */
export const voucherTillMessages = lazyCatalog<VoucherTillMessages>({
  it: () => import('./voucher-till.messages.it'),
  en: () => import('./voucher-till.messages.en'),
});
