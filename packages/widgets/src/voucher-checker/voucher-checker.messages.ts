import { lazyCatalog } from '../shared/i18n';
import type { VoucherCheckerMessages } from './voucher-checker.messages.it';

export type { VoucherCheckerMessages };

/** The voucher checker's strings in every language, each loaded when first needed. */
export const voucherCheckerMessages = lazyCatalog<VoucherCheckerMessages>({
  it: () => import('./voucher-checker.messages.it'),
  en: () => import('./voucher-checker.messages.en'),
});
