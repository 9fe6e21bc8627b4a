import { SportelloPpeBooking } from '../ppe-booking/ppe-booking';

// The tag is written out (not in a variable) so the custom-elements manifest can read it.
if (!customElements.get('sportello-ppe-booking')) customElements.define('sportello-ppe-booking', SportelloPpeBooking);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-ppe-booking': SportelloPpeBooking;
  }
}
