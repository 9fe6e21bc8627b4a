import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { unwrap } from '@sportello/sdk';
import { selectField } from '../shared/controls';
import { controlStyles } from '../shared/controls.styles';
import { CountdownController } from '../shared/countdown-controller';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { errorAlert, statusRegion } from '../shared/feedback';
import { focusAfterUpdate } from '../shared/focus';
import { sharedStyles } from '../shared/styles';
import { isSignedOut, SportelloOperatorElement } from '../operator/operator-element';
import type { OperatorBooking } from '../operator/operator.types';
import { DeliveriesUpdatedEvent } from './delivery-desk.events';
import { batches, defaultRound, movable, tally, totals, type DeliveryTarget } from './delivery-desk.logic';
import { deliveryDeskMessages, type DeliveryDeskMessages } from './delivery-desk.messages';
import { deliveryDeskStyles } from './delivery-desk.styles';
import { bookingList } from './delivery-desk.view';

/**
 * `<sportello-delivery-desk>`: a condominium administrator's desk for protective-equipment
 * deliveries. Choose a round and one of your buildings (from the sign-in), see the households
 * booked, mark them assigned or delivered one by one or all at once (after a confirmation), print
 * the delivery list (the print stylesheet leaves the list alone, with room for signatures) or
 * download it as CSV. Signed in through `getToken` (a property, never an attribute).
 *
 * ```html
 * <sportello-delivery-desk api-base="https://api.example.org/v1" partner-key="pk_..."></sportello-delivery-desk>
 * <script type="module">document.querySelector('sportello-delivery-desk').getToken = () => session.accessToken;</script>
 * ```
 *
 * @summary A condominium administrator's delivery list.
 * @attr api-base - The API root, `/v1` included.
 * @attr partner-key - The partner's publishable key.
 * @attr lang - `it` or `en`; inherited from the page when unset.
 * @fires {DeliveriesUpdatedEvent} sportello-deliveries-updated - Bookings were moved forward; detail `{ state, updated }`.
 * @fires {SportelloErrorEvent} sportello-error - A request failed; detail `{ status, type }`.
 * @csspart signed-out - The "sign in" message shown without a token.
 * @csspart controls - The round and building choice.
 * @csspart field - Each field.
 * @csspart label - Each label.
 * @csspart input - Each control.
 * @csspart summary - Households, units and deliveries of the list.
 * @csspart bulk - The "all at once" buttons, print and download.
 * @csspart confirm - The confirmation step of an "all at once" update.
 * @csspart confirm-yes - Confirms the update.
 * @csspart confirm-no - Goes back to the list.
 * @csspart empty - "Nobody has booked".
 * @csspart bookings - The list of households.
 * @csspart booking - One household's booking.
 * @csspart booking-state - Its state.
 * @csspart mark - Its "mark assigned / delivered" button.
 * @csspart status - The polite live regions.
 * @csspart alert - An error.
 * @csspart retry - Its retry button.
 */
export class SportelloDeliveryDesk extends SportelloOperatorElement {
  static override styles = [sharedStyles, controlStyles, deliveryDeskStyles];
  static override messages = [deliveryDeskMessages];

  @state() private roundId = '';
  @state() private buildingCode = '';
  @state() private confirming: DeliveryTarget | undefined;
  @state() private version = 0;
  @state() private failure: ErrorInfo | undefined;
  @state() private outcome = '';

  #countdown = new CountdownController(this, { onDone: () => this.requestUpdate() });

  #setup = new Task(this, {
    args: () => [this.getToken, this.client, this.apiBase, this.partnerKey] as const,
    task: async ([getToken], { signal }) => {
      if (!getToken) return undefined;
      const headers = await this.authorization();
      const [operator, rounds] = await Promise.all([unwrap(this.api.GET('/operator/me', { headers, signal })), unwrap(this.api.GET('/ppe/rounds', { signal }))]);
      return { operator, rounds: rounds.items };
    },
    onComplete: (v) => {
      if (v && !v.rounds.some((r) => r.id === this.roundId)) this.roundId = defaultRound(v.rounds) ?? '';
    },
    onError: (e) => this.#fail(e),
  });

  #bookings = new Task(this, {
    args: () => [this.#setup.value, this.roundId, this.buildingCode, this.version] as const,
    task: async ([setup, roundId, buildingCode], { signal }) => {
      if (!setup || !roundId) return undefined;
      const query = { roundId, pageSize: 1000, ...(buildingCode ? { buildingCode } : {}) };
      return (await unwrap(this.api.GET('/operator/ppe/bookings', { params: { query }, headers: await this.authorization(), signal }))).items;
    },
    onComplete: () => (this.failure = undefined),
    onError: (e) => this.#fail(e),
  });

  #update = new Task(this, {
    autoRun: false,
    task: async ([codes, target]: [string[], DeliveryTarget], { signal }) => {
      const headers = await this.authorization();
      const items = [];
      // Sending the same update again changes nothing, so a batch retried after a failure is safe.
      for (const bookingCodes of batches(codes)) items.push(...(await unwrap(this.api.POST('/operator/ppe/delivery-updates', { body: { bookingCodes, state: target }, headers, signal }))).items);
      return { target, ...tally(items) };
    },
    onComplete: (t) => {
      const m = this.t(deliveryDeskMessages);
      this.failure = undefined;
      this.outcome = [m.updated(t.updated), t.refused ? m.refused(t.refused) : ''].filter(Boolean).join(' ');
      this.version++;
      this.dispatchEvent(new DeliveriesUpdatedEvent({ state: t.target, updated: t.updated }));
    },
    onError: (e) => this.#fail(e),
  });

  #csv = new Task(this, {
    autoRun: false,
    task: async ([roundId, buildingCode]: [string, string], { signal }) => {
      const query = { roundId, ...(buildingCode ? { buildingCode } : {}) };
      const csv = await unwrap(this.api.GET('/operator/ppe/delivery-list', { params: { query }, parseAs: 'text', headers: { ...(await this.authorization()), 'Accept-Language': this.locale }, signal }));
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      a.download = `consegne-${roundId}${buildingCode ? `-${buildingCode}` : ''}.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    },
    onComplete: () => {
      this.failure = undefined;
      this.outcome = this.t(deliveryDeskMessages).downloaded;
    },
    onError: (e) => this.#fail(e),
  });

  #fail(error: unknown): void {
    const info = this.describeFailure(error);
    if (info.kind === 'aborted') return;
    this.#countdown.waitFor(info);
    this.failure = info;
    this.outcome = '';
  }

  get #busy(): boolean {
    return this.#update.status === TaskStatus.PENDING || this.#countdown.running;
  }

  #mark(codes: string[], target: DeliveryTarget): void {
    if (this.#busy || codes.length === 0) return;
    this.confirming = undefined;
    this.outcome = '';
    void this.#update.run([codes, target]);
  }

  #ask(target: DeliveryTarget): void {
    if (this.#busy) return;
    this.confirming = target;
    focusAfterUpdate(this, '[part=confirm-no]');
  }

  #retry = () => {
    if (this.#countdown.running) return;
    this.failure = undefined;
    if (this.#setup.status === TaskStatus.ERROR) void this.#setup.run();
    else void this.#bookings.run();
  };

  #message(info: ErrorInfo, m: DeliveryDeskMessages): string {
    if (isSignedOut(info)) return m.sessionExpired;
    if (info.type === 'urn:sportello:problem:forbidden') return m.forbidden;
    if (info.type === 'urn:sportello:problem:round-not-found' || info.type === 'urn:sportello:problem:not-found') return m.roundNotFound;
    return sharedErrorMessage(this.shared, info) ?? this.shared.problems.unexpected;
  }

  #bulk(m: DeliveryDeskMessages, list: readonly OperatorBooking[]) {
    if (this.confirming) {
      const target = this.confirming;
      const codes = movable(list, target).map((b) => b.bookingCode);
      return html`<div part="confirm" class="panel" role="group" aria-labelledby="confirm-question">
        <p id="confirm-question">${m.confirmAll[target](codes.length)}</p>
        <div class="actions">
          <button part="confirm-yes" class="button button--primary" type="button" @click=${() => this.#mark(codes, target)}>${m.confirmYes}</button>
          <button part="confirm-no" class="button" type="button" @click=${() => ((this.confirming = undefined), focusAfterUpdate(this, '[part=bulk] button'))}>${m.confirmNo}</button>
        </div>
      </div>`;
    }
    const count = (t: DeliveryTarget) => movable(list, t).length;
    const csvBusy = this.#csv.status === TaskStatus.PENDING;
    return html`<div part="bulk" class="actions">
      ${(['assigned', 'delivered'] as const).map((t) =>
        count(t) ? html`<button class="button" type="button" aria-disabled=${this.#busy ? 'true' : 'false'} data-all=${t} @click=${() => this.#ask(t)}>${m.markAll[t](count(t))}</button>` : nothing,
      )}
      <button class="button" type="button" data-print @click=${() => globalThis.print()}>${m.print}</button>
      <button class="button" type="button" data-csv aria-disabled=${csvBusy ? 'true' : 'false'} @click=${() => !csvBusy && void this.#csv.run([this.roundId, this.buildingCode])}>${m.download}</button>
    </div>`;
  }

  #list(m: DeliveryDeskMessages) {
    const list = this.#bookings.value;
    if (!list) return nothing;
    if (list.length === 0) return html`<p part="empty" class="muted">${m.empty}</p>`;
    const t = totals(list);
    return html`<section class="panel" aria-labelledby="list-title">
      <h3 id="list-title">${m.listTitle}</h3>
      <p part="summary">${m.summary(t.households, t.units, t.delivered)}</p>
      ${this.#bulk(m, list)} ${bookingList({ m, bookings: list, busy: this.#busy, onMark: (b, target) => this.#mark([b.bookingCode], target) })}
    </section>`;
  }

  protected override render() {
    const m = this.t(deliveryDeskMessages);
    if (!this.getToken) {
      return html`<div class="widget" lang=${this.locale}>
        <section part="signed-out" class="panel" aria-labelledby="signed-out-title"><h2 id="signed-out-title">${m.signedOutTitle}</h2><p>${m.signedOut}</p></section>
      </div>`;
    }
    const setup = this.#setup.value;
    const loading = this.#setup.status === TaskStatus.PENDING || this.#bookings.status === TaskStatus.PENDING;
    const status = this.#update.status === TaskStatus.PENDING ? m.updating : this.#csv.status === TaskStatus.PENDING ? m.downloading : loading ? m.loading : this.#countdown.over(this.failure) ? this.shared.retryNow : this.outcome;
    const s = this.shared;
    return html`<div class="widget" lang=${this.locale}>
      <h2>${m.title}</h2>
      ${setup
        ? html`<div part="controls" class="controls">
            ${selectField(s, { id: 'round', label: m.round, value: this.roundId, options: setup.rounds.map((r) => ({ value: r.id, label: r.title })), onChange: (v) => ((this.roundId = v), (this.confirming = undefined)) })}
            ${selectField(s, { id: 'building', label: m.building, value: this.buildingCode, options: [{ value: '', label: m.allBuildings }, ...setup.operator.buildings.map((b) => ({ value: b, label: b }))], onChange: (v) => ((this.buildingCode = v), (this.confirming = undefined)) })}
          </div>`
        : nothing}
      ${setup && setup.operator.buildings.length === 0 ? html`<p class="muted">${m.noBuildings}</p>` : nothing}
      ${setup && setup.rounds.length === 0 ? html`<p part="empty" class="muted">${m.noRounds}</p>` : nothing}
      ${this.failure ? errorAlert(s, { message: this.#message(this.failure, m), retryIn: this.#countdown.remaining, ...(isSignedOut(this.failure) || this.failure.type === 'urn:sportello:problem:forbidden' ? {} : { onRetry: this.#retry }) }) : nothing}
      ${statusRegion({ message: status, busy: loading || this.#update.status === TaskStatus.PENDING })} ${this.#list(m)}
    </div>`;
  }
}
