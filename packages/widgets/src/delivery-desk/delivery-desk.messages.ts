import { lazyCatalog } from '../shared/i18n';
import type { DeliveryDeskMessages } from './delivery-desk.messages.it';

export type { DeliveryDeskMessages };

/** The delivery desk's strings in every language, each loaded when first needed. */
export const deliveryDeskMessages = lazyCatalog<DeliveryDeskMessages>({
  it: () => import('./delivery-desk.messages.it'),
  en: () => import('./delivery-desk.messages.en'),
});
