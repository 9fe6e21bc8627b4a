import { SportelloVoucherTill } from '../voucher-till/voucher-till';

// The tag is written out (not in a variable) so the custom-elements manifest can read it.
if (!customElements.get('sportello-voucher-till')) customElements.define('sportello-voucher-till', SportelloVoucherTill);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-voucher-till': SportelloVoucherTill;
  }
}
