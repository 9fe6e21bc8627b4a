import type { Lang, SportelloEvent } from '../../types';
import type { EventQuery, IdempotentWrite, KeyHit, NewRegistration, RegistrationOutcome } from '../store';
import { decideRegistration } from '@sportello/domain';
import type { Sql } from './database';
import { withKey } from './keys';

import { toEvent, type EventRow } from '../event-rows';

/** Activities and registrations on PostgreSQL. */
export function postgresEvents(sql: Sql) {
  const filter = (q: EventQuery) => sql`
    starts_at >= ${q.fromMs} AND starts_at < ${q.toMs}
    AND (${q.categories?.length ? q.categories : null}::text[] IS NULL OR category = ANY(${q.categories?.length ? q.categories : null}::text[]))
    AND (${q.districts?.length ? q.districts : null}::int[] IS NULL OR district = ANY(${q.districts?.length ? q.districts : null}::int[]))
    AND (NOT ${q.freeSeats ?? false}::boolean OR seats_taken < capacity)`;

  return {
    async listEvents(query: EventQuery, lang: Lang): Promise<{ items: SportelloEvent[]; total: number }> {
      const [rows, [count]] = await Promise.all([
        sql<EventRow[]>`SELECT * FROM events WHERE ${filter(query)} ORDER BY starts_at, id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        sql<{ n: number }[]>`SELECT count(*)::int AS n FROM events WHERE ${filter(query)}`,
      ]);
      return { items: rows.map((e) => toEvent(e, lang)), total: count!.n };
    },
    async findEvent(id: string, lang: Lang): Promise<SportelloEvent | undefined> {
      const [row] = await sql<EventRow[]>`SELECT * FROM events WHERE id = ${id}`;
      return row && toEvent(row, lang);
    },
    /** The activity's row locked (`FOR UPDATE`) for the decision, the registration and the seat count in one transaction with the key. */
    createRegistration(input: NewRegistration, nowMs: number, idem?: IdempotentWrite<RegistrationOutcome>): Promise<RegistrationOutcome | KeyHit> {
      return withKey(sql, idem, nowMs, async (tx): Promise<RegistrationOutcome> => {
        const [row] = await tx<EventRow[]>`SELECT * FROM events WHERE id = ${input.eventId} FOR UPDATE`;
        const decision = decideRegistration(
          row && { startsAtMs: row.starts_at, capacity: row.capacity, seatsTaken: row.seats_taken, waitingListLength: row.waiting_list_length },
          { companion: input.companion !== undefined, waitingList: input.waitingList },
          nowMs,
        );
        if (!decision.ok) return decision;
        const event = row!;
        const { state, seats } = decision;
        const position = decision.waitingListPosition ?? null;
        const inserted = await tx`
          INSERT INTO registrations (code, event_id, state, seats, waiting_list_position, given_name, family_name, phone, email,
            companion_given_name, companion_family_name, companion_caregiver, lang, created_at)
          VALUES (${input.code}, ${event.id}, ${state}, ${seats}, ${position}, ${input.givenName}, ${input.familyName},
            ${input.phone ?? null}, ${input.email ?? null}, ${input.companion?.givenName ?? null}, ${input.companion?.familyName ?? null},
            ${input.companion?.caregiver ?? null}, ${input.lang}, ${nowMs})
          ON CONFLICT DO NOTHING RETURNING code`;
        if (!inserted.length) {
          const [same] = await tx`SELECT 1 FROM registrations WHERE code = ${input.code}`;
          return { ok: false, reason: same ? 'code-taken' : 'already-registered' };
        }
        if (state === 'registered') await tx`UPDATE events SET seats_taken = seats_taken + ${seats} WHERE id = ${event.id}`;
        else await tx`UPDATE events SET waiting_list_length = waiting_list_length + 1 WHERE id = ${event.id}`;
        return {
          ok: true,
          registration: { registrationCode: input.code, eventId: event.id, state, seats, ...(position ? { waitingListPosition: position } : {}) },
        };
      });
    },
  };
}
