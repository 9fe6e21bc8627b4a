import type { SqliteDatabase } from './database';
import type { Lang, SportelloEvent } from '../../types';
import type { EventQuery, NewRegistration, RegistrationOutcome } from '../store';
import { decideRegistration } from '@sportello/domain';
import { isUniqueViolation } from './errors';

import { toEvent, type EventRow } from '../event-rows';

/** Thrown inside a registration transaction to roll it back when the activity is full. */
class EventFull extends Error {
  constructor(readonly waitingListLength: number) {
    super('event-full');
  }
}

const FILTER = `starts_at >= @from AND starts_at < @to
  AND (@categories IS NULL OR category IN (SELECT value FROM json_each(@categories)))
  AND (@districts IS NULL OR district IN (SELECT value FROM json_each(@districts)))
  AND (@freeSeats = 0 OR seats_taken < capacity)`;

/** Activities and registrations on SQLite. */
export function sqliteEvents(db: SqliteDatabase) {
  type Filter = { from: number; to: number; categories: string | null; districts: string | null; freeSeats: number };
  const q = {
    list: db.prepare<Filter & { limit: number; offset: number }, EventRow>(
      `SELECT * FROM events WHERE ${FILTER} ORDER BY starts_at, id LIMIT @limit OFFSET @offset`,
    ),
    count: db.prepare<Filter, { n: number }>(`SELECT count(*) AS n FROM events WHERE ${FILTER}`),
    event: db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO registrations (code, event_id, state, seats, waiting_list_position, given_name, family_name, phone, email,
         companion_given_name, companion_family_name, companion_caregiver, lang, created_at)
       VALUES (@code, @eventId, @state, @seats, @position, @givenName, @familyName, @phone, @email,
         @companionGivenName, @companionFamilyName, @companionCaregiver, @lang, @now)`,
    ),
    takeSeats: db.prepare<[number, string, number]>('UPDATE events SET seats_taken = seats_taken + ? WHERE id = ? AND seats_taken + ? <= capacity'),
    joinWaitingList: db.prepare<[string]>('UPDATE events SET waiting_list_length = waiting_list_length + 1 WHERE id = ?'),
  };

  const register = db.transaction((input: NewRegistration, nowMs: number): RegistrationOutcome => {
    const row = q.event.get(input.eventId);
    const decision = decideRegistration(
      row && { startsAtMs: row.starts_at, capacity: row.capacity, seatsTaken: row.seats_taken, waitingListLength: row.waiting_list_length },
      { companion: input.companion !== undefined, waitingList: input.waitingList },
      nowMs,
    );
    if (!decision.ok) return decision;
    const event = row!;
    const { state, seats } = decision;
    const fits = state === 'registered';
    const position = decision.waitingListPosition ?? null;
    try {
      q.insert.run({
        code: input.code,
        eventId: event.id,
        state,
        seats,
        position,
        givenName: input.givenName,
        familyName: input.familyName,
        phone: input.phone ?? null,
        email: input.email ?? null,
        companionGivenName: input.companion?.givenName ?? null,
        companionFamilyName: input.companion?.familyName ?? null,
        companionCaregiver: input.companion?.caregiver === undefined ? null : Number(input.companion.caregiver),
        lang: input.lang,
        now: nowMs,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { ok: false, reason: String((error as Error).message).includes('registrations.code') ? 'code-taken' : 'already-registered' };
    }
    if (fits) {
      if (q.takeSeats.run(seats, event.id, seats).changes === 0) throw new EventFull(event.waiting_list_length);
    } else {
      q.joinWaitingList.run(event.id);
    }
    return {
      ok: true,
      registration: { registrationCode: input.code, eventId: event.id, state, seats, ...(position ? { waitingListPosition: position } : {}) },
    };
  });

  return {
    listEvents(query: EventQuery, lang: Lang): { items: SportelloEvent[]; total: number } {
      const filter = {
        from: query.fromMs,
        to: query.toMs,
        categories: query.categories?.length ? JSON.stringify(query.categories) : null,
        districts: query.districts?.length ? JSON.stringify(query.districts) : null,
        freeSeats: query.freeSeats ? 1 : 0,
      };
      const rows = q.list.all({ ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
      return { items: rows.map((e) => toEvent(e, lang)), total: q.count.get(filter)!.n };
    },
    findEvent(id: string, lang: Lang): SportelloEvent | undefined {
      const row = q.event.get(id);
      return row && toEvent(row, lang);
    },
    createRegistration(input: NewRegistration, nowMs: number): RegistrationOutcome {
      try {
        return register.immediate(input, nowMs);
      } catch (error) {
        if (error instanceof EventFull) return { ok: false, reason: 'event-full', waitingListLength: error.waitingListLength };
        throw error;
      }
    },
  };
}
