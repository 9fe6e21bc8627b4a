/**
 * The store ports: everything the services need from storage. A store (in memory, SQLite,
 * PostgreSQL) implements them; it decides nothing itself. Each write calls the domain's decision
 * (`decideBooking`, `decideRegistration`, …) on the rows it has locked, and applies the decision
 * atomically — a transaction, a conditional update, a unique index as a second guard — so the rules
 * hold however many requests run at once and however many processes share the database.
 *
 * Creates are idempotent **inside** that atomic step: the key is claimed, the write made and the
 * answer stored in one transaction ({@link IdempotentWrite}), so a crash at any instant leaves
 * either nothing or the write with its answer.
 */
import type {
  Booking,
  Building,
  HelpRequestCreate,
  HelpTicket,
  HelpTopic,
  Lang,
  Registration,
  Round,
  RoundState,
  Shop,
  Event as SportelloEvent,
  Voucher,
} from '@sportello/sdk';
import type { BuildingKey } from './normalize';
import type { SeedData } from './records';
import type { OperatorStore } from './operator-ports';

/** A booking to make; every value already checked and normalized. */
export interface NewBooking {
  code: string;
  roundId: string;
  taxCode: string;
  givenName: string;
  familyName: string;
  householdSize: number;
  building: BuildingKey;
  phone?: string;
  email?: string;
  lang: Lang;
  /** When an administrator books on the household's behalf: their subject and display name. */
  bookedBy?: { subject: string; name: string };
}

export type BookingOutcome =
  | { ok: true; booking: Booking }
  | { ok: false; reason: 'round-not-found' | 'building-not-in-network' | 'round-full' | 'code-taken' }
  | { ok: false; reason: 'household-too-large'; maxHouseholdSize: number }
  | { ok: false; reason: 'window-closed'; nextRoundOpensAt?: string }
  // Nothing about the existing booking: a codice fiscale can be worked out from public facts.
  | { ok: false; reason: 'already-booked' };

export type CancelOutcome = { ok: true; booking: Booking } | { ok: false; reason: 'booking-not-found' | 'not-cancellable' };

/** A registration to make; every value already checked and normalized. */
export interface NewRegistration {
  code: string;
  eventId: string;
  givenName: string;
  familyName: string;
  phone?: string;
  email?: string;
  companion?: { givenName: string; familyName: string; caregiver?: boolean };
  waitingList: boolean;
  lang: Lang;
}

export type RegistrationOutcome =
  | { ok: true; registration: Registration }
  | { ok: false; reason: 'event-not-found' | 'registration-closed' | 'already-registered' | 'code-taken' }
  | { ok: false; reason: 'event-full'; waitingListLength: number };

/** A help request to file; every value already checked and normalized. */
export type NewHelpRequest = Omit<HelpRequestCreate, 'privacyConsent' | 'lang' | 'healthDataConsent'> & {
  code: string;
  healthDataConsent: boolean;
  lang: Lang;
};

export type HelpRequestOutcome = { ok: true; ticket: HelpTicket } | { ok: false; reason: 'topic-unknown' | 'code-taken' };

export interface EventQuery {
  fromMs: number;
  toMs: number;
  categories?: string[];
  districts?: number[];
  freeSeats?: boolean;
  page: number;
  pageSize: number;
}

/** An answer as it was sent: its status and JSON text. */
export interface StoredAnswer {
  status: number;
  body: string;
}

/**
 * The idempotency key of a create, claimed in the same transaction as the write. `answer` turns
 * the write's outcome into the answer to keep (it must be synchronous and pure); `undefined` keeps
 * nothing (an outcome the service will retry, such as a clash of random codes).
 */
export interface IdempotentWrite<O> {
  partnerId: string;
  key: string;
  /** What makes a request the same request (see `fingerprint`). */
  fingerprint: string;
  answer: (outcome: O) => StoredAnswer | undefined;
}

/** What a create found instead of writing: the key's first answer, or a different request under the key. */
export type KeyHit = { ok: false; reason: 'key-replay'; answer: StoredAnswer } | { ok: false; reason: 'key-mismatch' };

/** How long a key and its answer are kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface Store extends OperatorStore {
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  /** Whether the store holds no data yet (a new database, to seed). */
  isEmpty(): Promise<boolean>;
  /** Loads demo (or a city's) data. */
  seed(data: SeedData): Promise<void>;

  listRounds(lang: Lang, nowMs: number, state?: RoundState): Promise<Round[]>;
  findBuilding(key: BuildingKey): Promise<Building | undefined>;
  createBooking(input: NewBooking, nowMs: number, idem?: IdempotentWrite<BookingOutcome>): Promise<BookingOutcome | KeyHit>;
  /** The booking with this code, when its applicant has this codice fiscale. */
  findBooking(code: string, taxCode: string): Promise<Booking | undefined>;
  cancelBooking(code: string, taxCode: string, nowMs: number): Promise<CancelOutcome>;

  /** The voucher with this code, when its holder has this codice fiscale. */
  findVoucher(code: string, taxCode: string, nowMs: number): Promise<Voucher | undefined>;
  listShops(query: { district?: number; cap?: string; page: number; pageSize: number }): Promise<{ items: Shop[]; total: number }>;

  listEvents(query: EventQuery, lang: Lang): Promise<{ items: SportelloEvent[]; total: number }>;
  findEvent(id: string, lang: Lang): Promise<SportelloEvent | undefined>;
  createRegistration(input: NewRegistration, nowMs: number, idem?: IdempotentWrite<RegistrationOutcome>): Promise<RegistrationOutcome | KeyHit>;

  listHelpTopics(lang: Lang): Promise<HelpTopic[]>;
  createHelpRequest(input: NewHelpRequest, nowMs: number, idem?: IdempotentWrite<HelpRequestOutcome>): Promise<HelpRequestOutcome | KeyHit>;
  /** The ticket with this code, when it was filed with this phone or e-mail. */
  findHelpRequest(code: string, contact: { phone?: string; email?: string }): Promise<HelpTicket | undefined>;

  /** Deletes idempotency keys older than {@link IDEMPOTENCY_TTL_MS}; returns how many. */
  purgeIdempotencyKeys(nowMs: number): Promise<number>;
  close(): Promise<void>;
}
