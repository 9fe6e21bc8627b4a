import { formatCode } from '@sportello/sdk/checks';
import type { HelpTicketFixture, HelpTopicFixture } from './types';
import { addDays, romeIso, romeParts } from '@sportello/domain/time';

/** What the volunteers of the Portineria di comunità help with, in it (with en). */
export const helpTopics = [
  {
    id: 'homework',
    title: 'Aiuto compiti',
    description: 'Volontari aiutano bambini e ragazzi a fare i compiti, anche a distanza.',
    en: { title: 'Homework help', description: 'Volunteers help children and teenagers with their homework, also online.' },
    healthData: false,
  },
  {
    id: 'apps-and-accounts',
    title: 'App e account',
    description: 'Installare un’app, creare lo SPID o un account, usare l’app IO: un volontario vi guida passo per passo.',
    en: { title: 'Apps and accounts', description: 'Installing an app, getting SPID or an account, using the IO app: a volunteer guides you step by step.' },
    healthData: false,
  },
  {
    id: 'everyday-tasks',
    title: 'Piccole commissioni',
    description: 'La spesa, il ritiro dei farmaci, una bolletta da pagare: piccoli aiuti di ogni giorno.',
    en: { title: 'Everyday tasks', description: 'Shopping, collecting medicines, paying a bill: small everyday help.' },
    healthData: false,
  },
  {
    id: 'psychological-support',
    title: 'Supporto psicologico',
    description: 'Colloqui telefonici gratuiti con psicologi volontari, per chi si sente solo o in difficoltà.',
    en: { title: 'Psychological support', description: 'Free phone conversations with volunteer psychologists, for anyone feeling lonely or struggling.' },
    healthData: true,
  },
  {
    id: 'other',
    title: 'Altro',
    description: 'Un bisogno che non rientra negli altri temi: ditecelo e vi mettiamo in contatto con chi può aiutare.',
    en: { title: 'Something else', description: 'A need that fits none of the other topics: tell us and we will put you in touch with someone who can help.' },
    healthData: false,
  },
] satisfies HelpTopicFixture[];

const at = (now: Date, days: number, hour: number, minute: number) => {
  const p = romeParts(now);
  const d = addDays(p.year, p.month, p.day, days);
  return romeIso(d.year, d.month, d.day, hour, minute);
};

/**
 * Help tickets already filed, for the status look-up (ticket code + the phone or e-mail given):
 * - `PC-3H8K-2MV6-B`, phone +393331234567: apps-and-accounts, received yesterday;
 * - `PC-8RWD-4KTA-A`, e-mail famiglia.ferrero@example.org: homework, scheduled for in 2 days;
 * - `PC-5NQZ-7HGE-P`, phone +390114567890: everyday-tasks, closed;
 * - `PC-2XMB-9PJC-B`, e-mail anna.dellorto@example.org: psychological-support, assigned.
 */
export function createHelpTickets(now: Date) {
  return [
    {
      ticketCode: formatCode('PC', '3H8K2MV6'),
      topic: 'apps-and-accounts',
      state: 'received',
      createdAt: at(now, -1, 10, 15),
      updatedAt: at(now, -1, 10, 15),
      contact: { phone: '+393331234567', preferredChannel: 'phone', preferredTime: 'morning' },
      district: 8,
      forWhom: 'someone-i-care-for',
    },
    {
      ticketCode: formatCode('PC', '8RWD4KTA'),
      topic: 'homework',
      state: 'scheduled',
      createdAt: at(now, -5, 18, 40),
      updatedAt: at(now, -3, 9, 5),
      scheduledFor: at(now, 2, 16, 30),
      contact: { email: 'famiglia.ferrero@example.org', preferredChannel: 'email', preferredTime: 'afternoon' },
      district: 3,
      forWhom: 'someone-i-care-for',
    },
    {
      ticketCode: formatCode('PC', '5NQZ7HGE'),
      topic: 'everyday-tasks',
      state: 'closed',
      createdAt: at(now, -20, 8, 50),
      updatedAt: at(now, -14, 12, 0),
      contact: { phone: '+390114567890', preferredChannel: 'phone', preferredTime: 'any' },
      district: 6,
      forWhom: 'myself',
    },
    {
      ticketCode: formatCode('PC', '2XMB9PJC'),
      topic: 'psychological-support',
      state: 'assigned',
      createdAt: at(now, -2, 21, 10),
      updatedAt: at(now, -1, 11, 45),
      contact: { email: 'anna.dellorto@example.org', phone: '+393470001122', preferredChannel: 'phone', preferredTime: 'evening' },
      district: 7,
      forWhom: 'myself',
    },
  ] satisfies HelpTicketFixture[];
}
