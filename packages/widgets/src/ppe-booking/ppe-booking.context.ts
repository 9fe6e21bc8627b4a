import type { ReactiveElement } from 'lit';
import type { SportelloClient } from '@sportello/sdk';
import type { ErrorInfo } from '../shared/errors';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import type { RoundChoice } from './ppe-booking.logic';
import type { PpeMessages } from './ppe-booking.messages';

/**
 * What the booking flow and "manage my booking" controllers need from the element: its client,
 * language, words, the loaded rounds and a way to report errors. Functions, so they always read
 * the element's current values.
 */
export interface PpeContext {
  readonly host: ReactiveElement;
  api(): SportelloClient;
  lang(): Lang;
  m(): PpeMessages;
  shared(): SharedMessages;
  /** Describes a failure and fires `sportello-error` (not for aborts). */
  report(error: unknown): ErrorInfo;
  /** The rounds on offer, once loaded. */
  rounds(): RoundChoice | undefined;
  /** The building code the page prefilled (`building-code`), if any. */
  prefilledBuildingCode(): string;
  /** Switches to "manage my booking" and looks a booking up. */
  manage(bookingCode: string, taxCode: string): void;
}
