/**
 * The data-access layer: everything the routes need from storage, as domain operations. Each
 * operation that changes state is atomic in the store (a transaction), so the domain rules —
 * stock never oversold, one booking per codice fiscale per round, seats never overbooked — hold
 * however many requests run at once and however many server processes share the database.
 * `SqliteStore` implements it on better-sqlite3; a PostgreSQL store would implement the same.
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
  SportelloEvent,
  Voucher,
} from '../types';
import type { SeedData } from './seed-data';

/** A building named by its administrator's code, or by its address written for comparison. */
export type BuildingKey = { code: string } | { cap: string; streetKey: string; civicKey: string };

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
}

export type BookingOutcome =
  | { ok: true; booking: Booking }
  | { ok: false; reason: 'round-not-found' | 'building-not-in-network' | 'round-full' | 'code-taken' }
  | { ok: false; reason: 'household-too-large'; maxHouseholdSize: number }
  | { ok: false; reason: 'window-closed'; nextRoundOpensAt?: string }
  | { ok: false; reason: 'already-booked'; existingBookingCode: string };

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
export type NewHelpRequest = Omit<HelpRequestCreate, 'privacyConsent' | 'lang'> & { code: string; lang: Lang };

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

/** What `claim` found for an idempotency key. */
export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

/** Idempotency keys, per partner, with the first answer given to each. */
export interface IdempotencyStore {
  /**
   * Claims `key` for a request with this fingerprint, unless it is already claimed (and not
   * expired): then says whether the first request is finished (its answer), still running, or was
   * a different request.
   */
  claim(partnerId: string, key: string, fingerprint: string, nowMs: number): Promise<IdempotencyClaim>;
  /** Stores the answer to replay for a claimed key. */
  complete(partnerId: string, key: string, status: number, body: string): Promise<void>;
  /** Forgets a claimed key whose request failed unexpectedly, so that a retry runs again. */
  release(partnerId: string, key: string): Promise<void>;
  /** Deletes expired keys; returns how many. */
  purge(nowMs: number): Promise<number>;
}

export interface Store {
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  /** Whether the store holds no data yet (a new database, to seed). */
  isEmpty(): Promise<boolean>;
  /** Loads demo data. */
  seed(data: SeedData): Promise<void>;

  listRounds(lang: Lang, nowMs: number, state?: RoundState): Promise<Round[]>;
  findBuilding(key: BuildingKey): Promise<Building | undefined>;
  createBooking(input: NewBooking, nowMs: number): Promise<BookingOutcome>;
  /** The booking with this code, when its applicant has this codice fiscale. */
  findBooking(code: string, taxCode: string): Promise<Booking | undefined>;
  cancelBooking(code: string, taxCode: string, nowMs: number): Promise<CancelOutcome>;

  /** The voucher with this code, when its holder has this codice fiscale. */
  findVoucher(code: string, taxCode: string, nowMs: number): Promise<Voucher | undefined>;
  listShops(query: { district?: number; cap?: string; page: number; pageSize: number }): Promise<{ items: Shop[]; total: number }>;

  listEvents(query: EventQuery, lang: Lang): Promise<{ items: SportelloEvent[]; total: number }>;
  findEvent(id: string, lang: Lang): Promise<SportelloEvent | undefined>;
  createRegistration(input: NewRegistration, nowMs: number): Promise<RegistrationOutcome>;

  listHelpTopics(lang: Lang): Promise<HelpTopic[]>;
  createHelpRequest(input: NewHelpRequest, nowMs: number): Promise<HelpRequestOutcome>;
  /** The ticket with this code, when it was filed with this phone or e-mail. */
  findHelpRequest(code: string, contact: { phone?: string; email?: string }): Promise<HelpTicket | undefined>;

  readonly idempotency: IdempotencyStore;
  close(): Promise<void>;
}
