/**
 * One activity as an iCalendar (RFC 5545) file, with a VTIMEZONE for Europe/Rome so that every
 * calendar shows it at the Turin wall-clock time. The mocks and the server answer the same file,
 * so there is one implementation, in `@sportello/mocks/store` (browser-safe, no Node APIs).
 */
import { eventToIcs } from '@sportello/mocks/store';
import type { Lang, SportelloEvent } from '../types';

/** The iCalendar text of an activity (already in the asked language), stamped at `nowMs`. */
export const eventCalendar = (event: SportelloEvent, lang: Lang, nowMs: number): string => eventToIcs(event, new Date(nowMs), lang);
