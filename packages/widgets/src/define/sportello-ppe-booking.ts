import { SportelloPpeBooking } from '../ppe-booking/ppe-booking';

const tag = 'sportello-ppe-booking';
if (!customElements.get(tag)) customElements.define(tag, SportelloPpeBooking);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-ppe-booking': SportelloPpeBooking;
  }
}
