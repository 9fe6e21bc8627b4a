/**
 * A 503 `service-unavailable` with `Retry-After` for one operation, as an msw handler to put in
 * front of the mock API (`api.worker.use(unavailable('post', '/vouchers/checks', 5))`): every
 * widget must count the wait down exactly as it does for a 429.
 */
import { http, HttpResponse } from 'msw';

export function unavailable(method: 'get' | 'post', path: string, seconds: number) {
  return http[method](`*/v1${path}`, () =>
    HttpResponse.json(
      { type: 'urn:sportello:problem:service-unavailable', title: 'Servizio non disponibile', status: 503 },
      { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': String(seconds) } },
    ),
  );
}
