import type { HelpTicket } from '@sportello/sdk';
import { SportelloEvent } from '../shared/events';

/** Detail of `sportello-help-request-created`: the ticket code and the topic, nothing the person wrote. */
export interface HelpRequestCreatedDetail {
  /** The ticket code, `PC-XXXX-XXXX-C`. */
  ticketCode: HelpTicket['ticketCode'];
  /** The topic's id, e.g. `homework`. */
  topic: HelpTicket['topic'];
}

/** Fired when a help request was filed. Never carries the description nor the contact. */
export class HelpRequestCreatedEvent extends SportelloEvent<HelpRequestCreatedDetail> {
  static readonly eventName = 'sportello-help-request-created';
  constructor(ticket: Pick<HelpTicket, 'ticketCode' | 'topic'>) {
    // Built field by field so nothing else can slip into the detail.
    super(HelpRequestCreatedEvent.eventName, { ticketCode: ticket.ticketCode, topic: ticket.topic });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sportello-help-request-created': HelpRequestCreatedEvent;
  }
}
