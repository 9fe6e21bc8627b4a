import { SportelloDeliveryDesk } from '../delivery-desk/delivery-desk';

// The tag is written out (not in a variable) so the custom-elements manifest can read it.
if (!customElements.get('sportello-delivery-desk')) customElements.define('sportello-delivery-desk', SportelloDeliveryDesk);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-delivery-desk': SportelloDeliveryDesk;
  }
}
