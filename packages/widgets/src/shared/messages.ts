import { lazyCatalog } from './i18n';
import type { SharedMessages } from './messages.it';

export type { SharedMessages };

/** The shared strings in every language, each loaded when first needed. */
export const sharedMessages = lazyCatalog<SharedMessages>({
  it: () => import('./messages.it'),
  en: () => import('./messages.en'),
});
