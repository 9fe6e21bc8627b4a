import { lazyCatalog } from '../shared/i18n';
import type { HelpRequestMessages } from './help-request.messages.it';

export type { HelpRequestMessages };

/** The help request's strings in every language, each loaded when first needed. */
export const helpRequestMessages = lazyCatalog<HelpRequestMessages>({
  it: () => import('./help-request.messages.it'),
  en: () => import('./help-request.messages.en'),
});
