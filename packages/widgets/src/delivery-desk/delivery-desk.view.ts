/** The list of households booked, one card per booking (they stack at 320 px and print one per line). */
import { html, nothing } from 'lit';
import type { OperatorBooking } from '../operator/operator.types';
import { nextStep, type DeliveryTarget } from './delivery-desk.logic';
import type { DeliveryDeskMessages } from './delivery-desk.messages';

export interface ListOptions {
  m: DeliveryDeskMessages;
  bookings: readonly OperatorBooking[];
  /** Rows are not actionable while an update runs. */
  busy: boolean;
  onMark: (booking: OperatorBooking, target: DeliveryTarget) => void;
}

/** The households of the round and building(s), with each one's next step. */
export function bookingList(o: ListOptions) {
  const { m } = o;
  return html`<ul part="bookings" class="bookings" aria-labelledby="list-title">
    ${o.bookings.map((b) => {
      const name = `${b.recipient.familyName} ${b.recipient.givenName}`;
      const step = nextStep(b.state);
      return html`<li part="booking" class="booking booking--${b.state}" data-code=${b.bookingCode}>
        <div class="booking__who">
          <span class="booking__name">${name}</span>
          <span class="muted">${b.buildingCode} · ${m.household(b.householdSize)} · ${m.units(b.quantity)}</span>
          <span class="muted">${m.code} <span class="code">${b.bookingCode}</span>${b.bookedBy ? html` · ${m.bookedBy(b.bookedBy)}` : nothing}</span>
        </div>
        <span part="booking-state" class="badge badge--${b.state}">${m.states[b.state]}</span>
        ${step
          ? html`<button
              part="mark"
              class="button no-print"
              type="button"
              aria-label=${m.markOneFor(m.markOne[step], name)}
              aria-disabled=${o.busy ? 'true' : 'false'}
              @click=${() => o.onMark(b, step)}
            >
              ${m.markOne[step]}
            </button>`
          : nothing}
        <span class="print-only sign" aria-hidden="true">${m.printSign}: ____________</span>
      </li>`;
    })}
  </ul>`;
}
