import type { SqliteDatabase } from './database';
import type { HelpTicket, HelpTopic, Lang } from '../../types';
import type { HelpRequestOutcome, NewHelpRequest } from '../store';
import { toRomeIso } from '@sportello/domain';
import { isUniqueViolation } from './errors';
import type { Sealer } from './sealed';

interface TopicRow {
  id: HelpTopic['id'];
  title_it: string;
  title_en: string;
  description_it: string;
  description_en: string;
  health_data: number;
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

/** Help topics and help requests on SQLite. */
export function sqliteHelp(db: SqliteDatabase, sealed: Sealer) {
  const q = {
    topics: db.prepare<[], TopicRow>('SELECT * FROM help_topics ORDER BY position, id'),
    topic: db.prepare<[string], TopicRow>('SELECT * FROM help_topics WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO help_requests (ticket_code, topic, description, for_whom, phone, email, preferred_channel, preferred_time,
         district, health_data_consent, lang, state, created_at, updated_at)
       VALUES (@code, @topic, @description, @forWhom, @phone, @email, @preferredChannel, @preferredTime,
         @district, @healthDataConsent, @lang, 'received', @now, @now)`,
    ),
    ticket: db.prepare<[string], TicketRow>(
      'SELECT ticket_code, topic, state, phone, email, created_at, updated_at, scheduled_for FROM help_requests WHERE ticket_code = ?',
    ),
  };

  return {
    listHelpTopics(lang: Lang): HelpTopic[] {
      return q.topics.all().map((t) => ({
        id: t.id,
        title: lang === 'en' ? t.title_en : t.title_it,
        description: lang === 'en' ? t.description_en : t.description_it,
        healthData: t.health_data === 1,
      }));
    },
    createHelpRequest(input: NewHelpRequest, nowMs: number): HelpRequestOutcome {
      if (!q.topic.get(input.topic)) return { ok: false, reason: 'topic-unknown' };
      try {
        q.insert.run({
          code: input.code,
          topic: input.topic,
          description: sealed.seal(input.description),
          forWhom: input.forWhom,
          phone: input.contact.phone ?? null,
          email: input.contact.email ?? null,
          preferredChannel: input.contact.preferredChannel,
          preferredTime: input.contact.preferredTime,
          district: input.district,
          healthDataConsent: input.healthDataConsent ? 1 : 0,
          lang: input.lang,
          now: nowMs,
        });
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'code-taken' };
        throw error;
      }
      return { ok: true, ticket: toTicket(q.ticket.get(input.code)!) };
    },
    findHelpRequest(code: string, contact: { phone?: string; email?: string }): HelpTicket | undefined {
      const t = q.ticket.get(code);
      if (!t) return undefined;
      const matches = (contact.phone !== undefined && contact.phone === t.phone) || (contact.email !== undefined && contact.email === t.email);
      return matches ? toTicket(t) : undefined;
    },
  };
}
