/**
 * An activity as an iCalendar (RFC 5545) file: one VEVENT in Europe/Rome wall-clock time, with the
 * VTIMEZONE that defines it, CRLF line ends, text escaped and lines folded at 75 octets.
 */
import type { Event } from '@sportello/sdk';

/** Europe/Rome's rules since 1996: summer time from the last Sunday of March to the last of October. */
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

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export const escapeText = (s: string): string => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
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

/** `2026-12-01T10:00:00+01:00` → `20261201T100000` (the wall-clock part; the offset is Rome's). */
const localStamp = (iso: string) => iso.slice(0, 19).replace(/[-:]/g, '');
const utcStamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';

/** The iCalendar file of an activity (already localized), stamped at `now`. */
export function eventToIcs(event: Event, now: Date, lang: 'it' | 'en'): string {
  const v = event.venue;
  const location = `${v.name}, ${v.street} ${v.civicNumber}, ${v.cap} Torino`;
  const description = [event.description, v.accessibility].filter(Boolean).join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Sportello//Prometeo//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${event.id}@sportello.comune.torino.it`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=Europe/Rome:${localStamp(event.startsAt)}`,
    `DTEND;TZID=Europe/Rome:${localStamp(event.endsAt)}`,
    `SUMMARY;LANGUAGE=${lang}:${escapeText(event.title)}`,
    `DESCRIPTION;LANGUAGE=${lang}:${escapeText(description)}`,
    `LOCATION:${escapeText(location)}`,
    `CATEGORIES:${event.category.toUpperCase()}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
