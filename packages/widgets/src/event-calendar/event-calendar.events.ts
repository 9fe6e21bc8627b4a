import type { EventId, RegistrationState } from '@sportello/sdk';
import { SportelloEvent } from '../shared/events';

/** Detail of `sportello-event-selected`: which activity was opened. */
export interface EventSelectedDetail {
  eventId: EventId;
}

/** Fired when a person opens an activity's details. */
export class EventSelectedEvent extends SportelloEvent<EventSelectedDetail> {
  static readonly eventName = 'sportello-event-selected';
  constructor(eventId: EventId) {
    super(EventSelectedEvent.eventName, { eventId });
  }
}

/** Detail of `sportello-registration-created`: the activity and the outcome, never who registered. */
export interface RegistrationCreatedDetail {
  eventId: EventId;
  status: RegistrationState;
}

/** Fired when a registration was made: a seat (`registered`) or a place on the waiting list (`waitlisted`). */
export class RegistrationCreatedEvent extends SportelloEvent<RegistrationCreatedDetail> {
  static readonly eventName = 'sportello-registration-created';
  constructor(eventId: EventId, status: RegistrationState) {
    super(RegistrationCreatedEvent.eventName, { eventId, status });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sportello-event-selected': EventSelectedEvent;
    'sportello-registration-created': RegistrationCreatedEvent;
  }
}
