import { lazyCatalog } from '../shared/i18n';
import type { PpeMessages } from './ppe-booking.messages.it';

export type { PpeMessages };

/** The booking widget's strings, Italian and English, each loaded when first needed. */
export const ppeMessages = lazyCatalog<PpeMessages>({
  it: () => import('./ppe-booking.messages.it'),
  en: () => import('./ppe-booking.messages.en'),
});
