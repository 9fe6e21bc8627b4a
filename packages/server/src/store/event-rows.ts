/**
 * An activity as both SQL stores keep it (the same columns in SQLite and PostgreSQL), and how it is
 * answered: one row type and one mapper for the two stores.
 */
import type { Lang, SportelloEvent } from '../types';
import { toRomeIso } from '@sportello/domain';

export interface EventRow {
  id: string;
  series_id: string | null;
  title_it: string;
  title_en: string;
  description_it: string;
  description_en: string;
  category: SportelloEvent['category'];
  programme: SportelloEvent['programme'] | null;
  district: number;
  venue_name: string;
  venue_street: string;
  venue_civic_number: string;
  venue_cap: string;
  accessibility_it: string | null;
  accessibility_en: string | null;
  starts_at: number;
  ends_at: number;
  recurrence_weekday: number | null;
  recurrence_until: string | null;
  capacity: number;
  seats_taken: number;
  waiting_list_length: number;
}

export function toEvent(e: EventRow, lang: Lang): SportelloEvent {
  const accessibility = lang === 'en' ? (e.accessibility_en ?? e.accessibility_it) : e.accessibility_it;
  return {
    id: e.id,
    ...(e.series_id ? { seriesId: e.series_id } : {}),
    title: lang === 'en' ? e.title_en : e.title_it,
    description: lang === 'en' ? e.description_en : e.description_it,
    category: e.category,
    ...(e.programme ? { programme: e.programme } : {}),
    district: e.district,
    venue: {
      name: e.venue_name,
      street: e.venue_street,
      civicNumber: e.venue_civic_number,
      cap: e.venue_cap,
      ...(accessibility ? { accessibility } : {}),
    },
    startsAt: toRomeIso(e.starts_at),
    endsAt: toRomeIso(e.ends_at),
    ...(e.recurrence_weekday && e.recurrence_until
      ? { recurrence: { frequency: 'weekly' as const, weekday: e.recurrence_weekday, until: e.recurrence_until } }
      : {}),
    capacity: e.capacity,
    seatsLeft: e.capacity - e.seats_taken,
    waitingListLength: e.waiting_list_length,
  };
}
