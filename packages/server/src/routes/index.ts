import { contract } from '@sportello/contract';
import { ProblemError } from '../http/problem';
import { json, type Handler, type Handlers } from './handler';
import { ppeHandlers } from './ppe';
import { voucherHandlers } from './vouchers';
import { eventHandlers } from './events';
import { helpHandlers } from './help';

/** The contract version this server implements. */
export const CONTRACT_VERSION = String((contract.info as { version: string }).version);

const showStatus: Handler = async ({ store, lang }) => {
  const up = await store.ping().catch(() => false);
  if (!up) throw new ProblemError('service-unavailable', 503, { retryAfterSeconds: 5 }, { 'Retry-After': '5' });
  return {
    ...json(200, { status: 200, title: 'OK', detail: lang === 'en' ? 'The service is up.' : 'Il servizio è attivo.', version: CONTRACT_VERSION }),
    contentType: 'application/problem+json',
  };
};

/** Every operation of the contract, by `operationId`. */
export const handlers: Handlers = {
  show_status: showStatus,
  ...ppeHandlers,
  ...voucherHandlers,
  ...eventHandlers,
  ...helpHandlers,
};
