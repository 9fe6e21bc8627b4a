/** Words that depend on data: field messages, addresses, dates, failures. */
import type { Building, FieldErrorCode } from '@sportello/sdk';
import { sharedErrorMessage, type ErrorInfo } from '../shared/errors';
import { formatDate } from '../shared/format';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import type { PpeMessages } from './ppe-booking.messages';

type FieldMessages = Readonly<Record<string, Partial<Record<FieldErrorCode, string>>>>;

/** The message for a field's error: the widget's own wording, else the shared one. */
export function fieldMessage(m: PpeMessages, s: SharedMessages, id: string, code: FieldErrorCode | undefined, maxHousehold = 12): string | undefined {
  if (!code) return undefined;
  if (id === 'household-size' && code === 'out-of-range') return m.householdOutOfRange(maxHousehold);
  return (m.fieldErrors as FieldMessages)[id]?.[code] ?? s.fieldErrors[code];
}

/** `Via Nizza 150, 10126 Torino`. */
export const addressOf = (m: PpeMessages, b: Pick<Building, 'street' | 'civicNumber' | 'cap'>): string => m.address(b.street, b.civicNumber, b.cap);

/** A round's opening or closing instant: `6 ottobre 2026 alle ore 09:00`. */
export const when = (lang: Lang, iso: string): string => formatDate(lang, iso, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' });

/** A day: `lunedì 16 novembre 2026`. */
export const day = (lang: Lang, iso: string): string => formatDate(lang, iso, { dateStyle: 'full' });

/** What to tell the person about a failure that is not an outcome nor a field error. */
export function failureMessage(m: PpeMessages, s: SharedMessages, info: ErrorInfo): string {
  if (info.error?.slug === 'idempotency-in-flight') return m.inFlight;
  return sharedErrorMessage(s, info) ?? s.problems.unexpected;
}

/** Whether trying again may help (not for a misconfigured site or a refused request). */
export const retryable = (info: ErrorInfo): boolean =>
  info.error?.slug === 'idempotency-in-flight' || !['configuration', 'validation', 'problem'].includes(info.kind);
