import { SportelloEventCalendar } from '../event-calendar/event-calendar';

// The tag is written out (not in a variable) so the custom-elements manifest can read it.
if (!customElements.get('sportello-event-calendar')) customElements.define('sportello-event-calendar', SportelloEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-event-calendar': SportelloEventCalendar;
  }
}
