import type { HelpTicket, HelpTopic, Lang } from '../../types';
import type { HelpRequestOutcome, IdempotentWrite, KeyHit, NewHelpRequest } from '../store';
import { toRomeIso } from '@sportello/domain';
import type { Sql } from './database';
import { withKey } from './keys';
import type { Sealer } from '../sqlite/sealed';

interface TopicRow {
  id: HelpTopic['id'];
  title_it: string;
  title_en: string;
  description_it: string;
  description_en: string;
  health_data: boolean;
}

interface TicketRow {
  ticket_code: string;
  topic: HelpTicket['topic'];
  state: HelpTicket['state'];
  phone: string | null;
  email: string | null;
  created_at: number;
  updated_at: number;
  scheduled_for: number | null;
}

const toTicket = (t: TicketRow): HelpTicket => ({
  ticketCode: t.ticket_code,
  topic: t.topic,
  state: t.state,
  createdAt: toRomeIso(t.created_at),
  updatedAt: toRomeIso(t.updated_at),
  ...(t.scheduled_for !== null ? { scheduledFor: toRomeIso(t.scheduled_for) } : {}),
});

/** Help topics and help requests on PostgreSQL; a request's description is sealed at rest (`../sqlite/sealed.ts`). */
export function postgresHelp(sql: Sql, sealed: Sealer) {
  return {
    async listHelpTopics(lang: Lang): Promise<HelpTopic[]> {
      const rows = await sql<TopicRow[]>`SELECT * FROM help_topics ORDER BY position, id`;
      return rows.map((t) => ({
        id: t.id,
        title: lang === 'en' ? t.title_en : t.title_it,
        description: lang === 'en' ? t.description_en : t.description_it,
        healthData: t.health_data,
      }));
    },
    createHelpRequest(input: NewHelpRequest, nowMs: number, idem?: IdempotentWrite<HelpRequestOutcome>): Promise<HelpRequestOutcome | KeyHit> {
      return withKey(sql, idem, nowMs, async (tx): Promise<HelpRequestOutcome> => {
        const [topic] = await tx`SELECT 1 FROM help_topics WHERE id = ${input.topic}`;
        if (!topic) return { ok: false, reason: 'topic-unknown' };
        const [row] = await tx<TicketRow[]>`
          INSERT INTO help_requests (ticket_code, topic, description, for_whom, phone, email, preferred_channel, preferred_time,
            district, health_data_consent, lang, state, created_at, updated_at)
          VALUES (${input.code}, ${input.topic}, ${sealed.seal(input.description)}, ${input.forWhom}, ${input.contact.phone ?? null},
            ${input.contact.email ?? null}, ${input.contact.preferredChannel}, ${input.contact.preferredTime}, ${input.district},
            ${input.healthDataConsent}, ${input.lang}, 'received', ${nowMs}, ${nowMs})
          ON CONFLICT DO NOTHING
          RETURNING ticket_code, topic, state, phone, email, created_at, updated_at, scheduled_for`;
        return row ? { ok: true, ticket: toTicket(row) } : { ok: false, reason: 'code-taken' };
      });
    },
    async findHelpRequest(code: string, contact: { phone?: string; email?: string }): Promise<HelpTicket | undefined> {
      const [t] = await sql<TicketRow[]>`
        SELECT ticket_code, topic, state, phone, email, created_at, updated_at, scheduled_for FROM help_requests WHERE ticket_code = ${code}`;
      if (!t) return undefined;
      const matches = (contact.phone !== undefined && contact.phone === t.phone) || (contact.email !== undefined && contact.email === t.email);
      return matches ? toTicket(t) : undefined;
    },
  };
}
