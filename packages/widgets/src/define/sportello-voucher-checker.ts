import { SportelloVoucherChecker } from '../voucher-checker/voucher-checker';

// The tag is written out (not in a variable) so the custom-elements manifest can read it.
if (!customElements.get('sportello-voucher-checker')) customElements.define('sportello-voucher-checker', SportelloVoucherChecker);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-voucher-checker': SportelloVoucherChecker;
  }
}
