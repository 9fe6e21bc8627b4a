/**
 * One activity as an iCalendar (RFC 5545) file, with a VTIMEZONE for Europe/Rome so that every
 * calendar shows it at the Turin wall-clock time.
 */
import type { Lang, SportelloEvent } from '../types';
import { romeParts } from './time';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Rome',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const local = (iso: string) => {
  const p = romeParts(Date.parse(iso));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
};

const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The iCalendar text of an activity (already in the asked language). */
export function eventCalendar(event: SportelloEvent, lang: Lang, nowMs: number): string {
  const v = event.venue;
  const where = `${v.name}, ${v.street} ${v.civicNumber}, ${v.cap} Torino`;
  const description = v.accessibility
    ? `${event.description}\n\n${lang === 'en' ? 'Accessibility' : 'Accessibilità'}: ${v.accessibility}`
    : event.description;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Comune di Torino//Sportello//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${event.id}@sportello.comune.torino.it`,
    `DTSTAMP:${utc(nowMs)}`,
    `DTSTART;TZID=Europe/Rome:${local(event.startsAt)}`,
    `DTEND;TZID=Europe/Rome:${local(event.endsAt)}`,
    `SUMMARY;LANGUAGE=${lang}:${text(event.title)}`,
    `DESCRIPTION;LANGUAGE=${lang}:${text(description)}`,
    `LOCATION:${text(where)}`,
    `CATEGORIES:${text(event.category)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
