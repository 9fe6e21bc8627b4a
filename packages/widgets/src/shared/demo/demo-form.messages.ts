import { lazyCatalog } from '../i18n';
import type { DemoFormMessages } from './demo-form.messages.it';

export type { DemoFormMessages };

/** The demo form's strings in every language, each loaded when first needed. */
export const demoFormMessages = lazyCatalog<DemoFormMessages>({
  it: () => import('./demo-form.messages.it'),
  en: () => import('./demo-form.messages.en'),
});
