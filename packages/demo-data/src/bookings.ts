import { formatCode } from '@sportello/sdk/checks';
import type { BookingFixture, Building, EventFixture, RegistrationFixture, RoundFixture } from './types';
import { buildings } from './buildings';
import { addDays, romeIso, romeParts } from '@sportello/domain/time';

const building = (code: string): Building => buildings.find((b) => b.buildingCode === code)!;

const at = (now: Date, days: number, hour: number, minute: number) => {
  const p = romeParts(now);
  const d = addDays(p.year, p.month, p.day, days);
  return romeIso(d.year, d.month, d.day, hour, minute);
};

/**
 * Bookings already made, so that "already booked", look-up and cancellation can be shown:
 *
 * | code           | applicant                       | round       | state     | household |
 * |----------------|---------------------------------|-------------|-----------|-----------|
 * | PR-7K4M-9QX2-5 | RSSMRA85T10L219G Mario Rossi    | open        | confirmed | 3 (15)    |
 * | PR-4WBN-8ZQT-K | BNCGNN50A41L219J Giovanna Bianchi | open      | assigned  | 1 (5)     |
 * | PR-6HTP-3KVD-A | DLLNNA38M52L219G Anna Dell'Orto | open        | cancelled | 2 (10)    |
 * | PR-9CJR-2MXE-H | VRDLGU40C15L219Q Luigi Verdi    | closed      | delivered | 2 (10)    |
 * | PR-3DQS-7NAF-R | RSSMRA85T10L21VV Mario Rossi    | small-stock | confirmed | 10 (50)   |
 *
 * So RSSMRA85T10L219G is already booked in the open round (`already-booked` with PR-7K4M-9QX2-5),
 * BNCGNN50A41L219J cannot cancel (assigned), and DLLNNA38M52L219G may book again (hers was cancelled).
 * Round `unitsLeft` already accounts for them.
 */
export function createBookings(now: Date, rounds: { open: RoundFixture; closed: RoundFixture; smallStock: RoundFixture }) {
  return [
    {
      bookingCode: formatCode('PR', '7K4M9QX2'),
      roundId: rounds.open.id,
      quantity: 15,
      householdSize: 3,
      state: 'confirmed',
      building: building('TO-0412'),
      applicantInitials: 'M.R.',
      createdAt: at(now, -2, 10, 15),
      cancellable: true,
      applicant: { taxCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' },
      contact: { phone: '+393331234567' },
    },
    {
      bookingCode: formatCode('PR', '4WBN8ZQT'),
      roundId: rounds.open.id,
      quantity: 5,
      householdSize: 1,
      state: 'assigned',
      building: building('TO-0220'),
      applicantInitials: 'G.B.',
      createdAt: at(now, -5, 9, 2),
      cancellable: false,
      applicant: { taxCode: 'BNCGNN50A41L219J', givenName: 'Giovanna', familyName: 'Bianchi' },
      contact: { email: 'giovanna.bianchi@example.org' },
    },
    {
      bookingCode: formatCode('PR', '6HTP3KVD'),
      roundId: rounds.open.id,
      quantity: 10,
      householdSize: 2,
      state: 'cancelled',
      building: building('TO-0990'),
      applicantInitials: 'A.D.',
      createdAt: at(now, -4, 16, 40),
      cancellable: false,
      applicant: { taxCode: 'DLLNNA38M52L219G', givenName: 'Anna', familyName: "Dell'Orto" },
      contact: { email: 'anna.dellorto@example.org' },
    },
    {
      bookingCode: formatCode('PR', '9CJR2MXE'),
      roundId: rounds.closed.id,
      quantity: 10,
      householdSize: 2,
      state: 'delivered',
      building: building('TO-0137'),
      applicantInitials: 'L.V.',
      createdAt: at(now, -66, 11, 20),
      cancellable: false,
      applicant: { taxCode: 'VRDLGU40C15L219Q', givenName: 'Luigi', familyName: 'Verdi' },
      contact: { phone: '+390119876543' },
    },
    {
      bookingCode: formatCode('PR', '3DQS7NAF'),
      roundId: rounds.smallStock.id,
      quantity: 50,
      householdSize: 10,
      state: 'confirmed',
      building: building('TO-0641'),
      applicantInitials: 'M.R.',
      createdAt: at(now, -1, 9, 30),
      cancellable: true,
      applicant: { taxCode: 'RSSMRA85T10L21VV', givenName: 'Mario', familyName: 'Rossi' },
      contact: { phone: '+393409998877' },
    },
  ] satisfies BookingFixture[];
}

/**
 * Registrations already made, so that "already registered" can be shown:
 * - `RG-5B7C-1DX9-3`: Giovanna Bianchi (giovanna.bianchi@example.org) with her caregiver, registered
 *   for the first tai-chi occurrence after `now` that has seats;
 * - `RG-2GKW-6TNH-5`: Luigi Verdi (+390119876543), second on the waiting list of the first full
 *   activity after `now`;
 * - everyone else on the waiting list of every full activity, in order, so that an organiser's
 *   cancellation promotes real people.
 * Seats and waiting lists of the events already account for them.
 */
export function createRegistrations(now: Date, events: readonly EventFixture[]) {
  const upcoming = events.filter((e) => Date.parse(e.startsAt) > now.getTime());
  const taiChi = upcoming.find((e) => e.seriesId === 'tai-chi-parco-ruffini' && e.seatsLeft > 0);
  const full = upcoming.find((e) => e.seatsLeft === 0 && e.waitingListLength >= 2);
  const list: RegistrationFixture[] = [];
  if (taiChi) {
    list.push({
      registrationCode: formatCode('RG', '5B7C1DX9'),
      eventId: taiChi.id,
      state: 'registered',
      seats: 2,
      attendee: { givenName: 'Giovanna', familyName: 'Bianchi', contact: { email: 'giovanna.bianchi@example.org' } },
      companion: { givenName: 'Luca', familyName: 'Bianchi', caregiver: true },
    });
  }
  const people = [
    ['Rosa', 'Gallo'],
    ['Franco', 'Conti'],
    ['Lucia', 'Ferrero'],
    ['Piero', 'Bruno'],
    ['Anna', 'Costa'],
    ['Sergio', 'Fontana'],
  ] as const;
  let n = 0;
  for (const e of events.filter((x) => x.seatsLeft === 0)) {
    for (let position = 1; position <= e.waitingListLength; position++) {
      n++;
      if (e === full && position === 2) {
        list.push({
          registrationCode: formatCode('RG', '2GKW6TNH'),
          eventId: e.id,
          state: 'waitlisted',
          seats: 1,
          waitingListPosition: 2,
          attendee: { givenName: 'Luigi', familyName: 'Verdi', contact: { phone: '+390119876543' } },
        });
        continue;
      }
      const [givenName, familyName] = people[n % people.length]!;
      list.push({
        registrationCode: formatCode('RG', `W${String(n).padStart(7, '0')}`),
        eventId: e.id,
        state: 'waitlisted',
        seats: 1,
        waitingListPosition: position,
        attendee: { givenName, familyName, contact: { phone: `+3933300${String(n).padStart(5, '0')}` } },
      });
    }
  }
  return list;
}
