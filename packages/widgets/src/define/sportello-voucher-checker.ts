import { SportelloVoucherChecker } from '../voucher-checker/voucher-checker';

const tag = 'sportello-voucher-checker';
if (!customElements.get(tag)) customElements.define(tag, SportelloVoucherChecker);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-voucher-checker': SportelloVoucherChecker;
  }
}
