/** Builders shared by the mocks' tests: valid codici fiscali and request bodies. */
import { taxCodeCheckLetter } from '@sportello/sdk/checks';
import type { BookingRequest, RegistrationRequest } from '@sportello/demo-data';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MONTHS = 'ABCDEHLMPRST';

/** The n-th of a family of distinct, valid codici fiscali of people born in Turin. */
export function taxCodeNumber(n: number): string {
  const name = [0, 1, 2, 3, 4, 5].map((i) => LETTERS[Math.floor(n / 26 ** i) % 26]).join('');
  const year = String(40 + (n % 60)).padStart(2, '0');
  const month = MONTHS[n % 12]!;
  const day = String(1 + (n % 28)).padStart(2, '0');
  const first15 = `${name}${year}${month}${day}L219`;
  return first15 + taxCodeCheckLetter(first15);
}

/** A valid booking request for a round, overridable field by field. */
export function bookingBody(roundId: string, overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    roundId,
    applicant: { taxCode: 'VRDLGU40C15L219Q', givenName: 'Luigi', familyName: 'Verdi' },
    householdSize: 2,
    building: { buildingCode: 'TO-0412' },
    contact: { phone: '333 765 4321' },
    privacyConsent: true,
    lang: 'it',
    ...overrides,
  };
}

/** A valid registration request. */
export function registrationBody(overrides: Partial<RegistrationRequest> = {}): RegistrationRequest {
  return {
    attendee: { givenName: 'Anna', familyName: "Dell'Orto", contact: { email: 'anna.dellorto@example.org' } },
    privacyConsent: true,
    ...overrides,
  };
}
