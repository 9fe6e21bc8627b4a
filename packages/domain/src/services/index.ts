/**
 * Every operation of the contract as a service over the store ports: the server's dispatcher and
 * the msw handlers call these and nothing else, so both answer alike.
 */
import { ProblemError } from '../problems';
import { json, type Service, type Services } from './context';
import { ppeServices } from './ppe';
import { voucherServices } from './vouchers';
import { eventServices } from './events';
import { helpServices } from './help';
import { operatorServices } from './operators';

export * from './context';
export { MAX_RANGE_DAYS } from './events';

/** Builds the services; `version` is the contract version `/status` reports. */
export function createServices(options: { version: string }): Services {
  const showStatus: Service<'show_status'> = async ({ store, lang }) => {
    const up = await store.ping().catch(() => false);
    if (!up) throw new ProblemError('service-unavailable', 503, { retryAfterSeconds: 5 }, { 'Retry-After': '5' });
    return {
      ...json(200, { status: 200, title: 'OK', detail: lang === 'en' ? 'The service is up.' : 'Il servizio è attivo.', version: options.version }),
      contentType: 'application/problem+json',
    };
  };
  return { show_status: showStatus, ...ppeServices, ...voucherServices, ...eventServices, ...helpServices, ...operatorServices };
}
