import { SportelloEventCalendar } from '../event-calendar/event-calendar';

const tag = 'sportello-event-calendar';
if (!customElements.get(tag)) customElements.define(tag, SportelloEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-event-calendar': SportelloEventCalendar;
  }
}
