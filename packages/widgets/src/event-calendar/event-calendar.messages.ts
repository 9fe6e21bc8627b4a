import { lazyCatalog } from '../shared/i18n';
import type { EventCalendarMessages } from './event-calendar.messages.it';

export type { EventCalendarMessages };

/** The calendar's strings in every language, each loaded when first needed. */
export const eventCalendarMessages = lazyCatalog<EventCalendarMessages>({
  it: () => import('./event-calendar.messages.it'),
  en: () => import('./event-calendar.messages.en'),
});
