import type Database from 'better-sqlite3';

/** One schema change. Never edit a released migration: add the next one. */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema. Times are milliseconds since the epoch (UTC); the API writes them in Rome time.
 * Personal data kept is what each service needs to be delivered: the applicant's codice fiscale
 * (one booking per person), name and contact (the administrator delivers to them); an attendee's
 * name and contact; a help request's contact and description (the volunteer reads it).
 */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE rounds (
  id TEXT PRIMARY KEY,
  title_it TEXT NOT NULL, title_en TEXT NOT NULL,
  item_it TEXT NOT NULL, item_en TEXT NOT NULL,
  opens_at INTEGER NOT NULL, closes_at INTEGER NOT NULL,
  units_per_person INTEGER NOT NULL CHECK (units_per_person BETWEEN 1 AND 100),
  max_household_size INTEGER NOT NULL CHECK (max_household_size BETWEEN 1 AND 12),
  stock_units INTEGER NOT NULL CHECK (stock_units >= 0),
  units_booked INTEGER NOT NULL DEFAULT 0,
  CHECK (units_booked >= 0 AND units_booked <= stock_units)
) STRICT;

CREATE TABLE buildings (
  code TEXT PRIMARY KEY,
  street TEXT NOT NULL, civic_number TEXT NOT NULL, cap TEXT NOT NULL,
  street_key TEXT NOT NULL, civic_key TEXT NOT NULL,
  district INTEGER NOT NULL CHECK (district BETWEEN 1 AND 8),
  administrator TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX buildings_by_address ON buildings (cap, street_key, civic_key);

CREATE TABLE bookings (
  code TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES rounds (id),
  tax_code TEXT NOT NULL,
  given_name TEXT NOT NULL, family_name TEXT NOT NULL,
  household_size INTEGER NOT NULL CHECK (household_size BETWEEN 1 AND 12),
  quantity INTEGER NOT NULL CHECK (quantity >= 1),
  building_code TEXT NOT NULL REFERENCES buildings (code),
  phone TEXT, email TEXT,
  lang TEXT NOT NULL CHECK (lang IN ('it', 'en')),
  state TEXT NOT NULL CHECK (state IN ('confirmed', 'assigned', 'delivered', 'cancelled')),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  CHECK (phone IS NOT NULL OR email IS NOT NULL)
) STRICT;
-- One booking per codice fiscale per round; a cancelled booking no longer counts.
CREATE UNIQUE INDEX bookings_one_per_person ON bookings (round_id, tax_code) WHERE state <> 'cancelled';

CREATE TABLE vouchers (
  code TEXT PRIMARY KEY,
  holder_tax_code TEXT NOT NULL,
  face_value_cents INTEGER NOT NULL CHECK (face_value_cents >= 0),
  balance_cents INTEGER NOT NULL CHECK (balance_cents >= 0),
  expires_on TEXT NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
  district INTEGER NOT NULL CHECK (district BETWEEN 1 AND 8)
) STRICT;
CREATE TABLE redemptions (
  id INTEGER PRIMARY KEY,
  voucher_code TEXT NOT NULL REFERENCES vouchers (code),
  redeemed_at INTEGER NOT NULL,
  shop_name TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 1)
) STRICT;
CREATE INDEX redemptions_by_voucher ON redemptions (voucher_code, redeemed_at DESC);

CREATE TABLE shops (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL, street TEXT NOT NULL, civic_number TEXT NOT NULL, cap TEXT NOT NULL,
  district INTEGER NOT NULL CHECK (district BETWEEN 1 AND 8),
  kind TEXT
) STRICT;
CREATE INDEX shops_by_district ON shops (district, name);
CREATE INDEX shops_by_cap ON shops (cap, name);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  series_id TEXT,
  title_it TEXT NOT NULL, title_en TEXT NOT NULL,
  description_it TEXT NOT NULL, description_en TEXT NOT NULL,
  category TEXT NOT NULL, programme TEXT,
  district INTEGER NOT NULL CHECK (district BETWEEN 1 AND 8),
  venue_name TEXT NOT NULL, venue_street TEXT NOT NULL, venue_civic_number TEXT NOT NULL, venue_cap TEXT NOT NULL,
  accessibility_it TEXT, accessibility_en TEXT,
  starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL,
  recurrence_weekday INTEGER, recurrence_until TEXT,
  capacity INTEGER NOT NULL CHECK (capacity >= 1),
  seats_taken INTEGER NOT NULL DEFAULT 0,
  waiting_list_length INTEGER NOT NULL DEFAULT 0 CHECK (waiting_list_length >= 0),
  CHECK (seats_taken >= 0 AND seats_taken <= capacity)
) STRICT;
CREATE INDEX events_by_start ON events (starts_at);

CREATE TABLE registrations (
  code TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events (id),
  state TEXT NOT NULL CHECK (state IN ('registered', 'waitlisted')),
  seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 2),
  waiting_list_position INTEGER,
  given_name TEXT NOT NULL, family_name TEXT NOT NULL,
  phone TEXT, email TEXT,
  companion_given_name TEXT, companion_family_name TEXT, companion_caregiver INTEGER,
  lang TEXT NOT NULL CHECK (lang IN ('it', 'en')),
  created_at INTEGER NOT NULL,
  CHECK (phone IS NOT NULL OR email IS NOT NULL)
) STRICT;
-- The same contact registers once per activity.
CREATE UNIQUE INDEX registrations_one_per_phone ON registrations (event_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX registrations_one_per_email ON registrations (event_id, email) WHERE email IS NOT NULL;

CREATE TABLE help_topics (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  title_it TEXT NOT NULL, title_en TEXT NOT NULL,
  description_it TEXT NOT NULL, description_en TEXT NOT NULL,
  health_data INTEGER NOT NULL CHECK (health_data IN (0, 1))
) STRICT;

CREATE TABLE help_requests (
  ticket_code TEXT PRIMARY KEY,
  topic TEXT NOT NULL REFERENCES help_topics (id),
  description TEXT,
  for_whom TEXT NOT NULL CHECK (for_whom IN ('myself', 'someone-i-care-for')),
  phone TEXT, email TEXT,
  preferred_channel TEXT NOT NULL CHECK (preferred_channel IN ('phone', 'email')),
  preferred_time TEXT NOT NULL CHECK (preferred_time IN ('morning', 'afternoon', 'evening', 'any')),
  district INTEGER NOT NULL CHECK (district BETWEEN 1 AND 8),
  health_data_consent INTEGER NOT NULL DEFAULT 0 CHECK (health_data_consent IN (0, 1)),
  lang TEXT NOT NULL CHECK (lang IN ('it', 'en')),
  state TEXT NOT NULL CHECK (state IN ('received', 'assigned', 'scheduled', 'closed')),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, scheduled_for INTEGER,
  CHECK (phone IS NOT NULL OR email IS NOT NULL)
) STRICT;

-- Idempotency keys per partner; status NULL while the first request is in flight.
CREATE TABLE idempotency_keys (
  partner_id TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER,
  body TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (partner_id, key)
) STRICT, WITHOUT ROWID;
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
`,
  },
  {
    version: 2,
    name: 'operators',
    sql: `
-- Bookings made by an administrator on a household's behalf.
ALTER TABLE bookings ADD COLUMN booked_by TEXT;
ALTER TABLE bookings ADD COLUMN booked_by_subject TEXT;
CREATE INDEX bookings_by_round_building ON bookings (round_id, building_code, created_at DESC);

-- Registrations can be cancelled (by the organiser) and checked in; a cancelled one frees its contact.
CREATE TABLE registrations_v2 (
  code TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events (id),
  state TEXT NOT NULL CHECK (state IN ('registered', 'waitlisted', 'cancelled')),
  seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 2),
  waiting_list_position INTEGER,
  given_name TEXT NOT NULL, family_name TEXT NOT NULL,
  phone TEXT, email TEXT,
  companion_given_name TEXT, companion_family_name TEXT, companion_caregiver INTEGER,
  lang TEXT NOT NULL CHECK (lang IN ('it', 'en')),
  created_at INTEGER NOT NULL,
  checked_in INTEGER NOT NULL DEFAULT 0 CHECK (checked_in IN (0, 1)),
  CHECK (phone IS NOT NULL OR email IS NOT NULL),
  CHECK ((state = 'waitlisted') = (waiting_list_position IS NOT NULL))
) STRICT;
INSERT INTO registrations_v2 (code, event_id, state, seats, waiting_list_position, given_name, family_name, phone, email,
  companion_given_name, companion_family_name, companion_caregiver, lang, created_at)
  SELECT code, event_id, state, seats, waiting_list_position, given_name, family_name, phone, email,
    companion_given_name, companion_family_name, companion_caregiver, lang, created_at FROM registrations;
DROP TABLE registrations;
ALTER TABLE registrations_v2 RENAME TO registrations;
CREATE UNIQUE INDEX registrations_one_per_phone ON registrations (event_id, phone) WHERE phone IS NOT NULL AND state <> 'cancelled';
CREATE UNIQUE INDEX registrations_one_per_email ON registrations (event_id, email) WHERE email IS NOT NULL AND state <> 'cancelled';
CREATE UNIQUE INDEX registrations_one_per_position ON registrations (event_id, waiting_list_position) WHERE waiting_list_position IS NOT NULL;

-- Redemptions made at a shop's till, voidable for 15 minutes.
ALTER TABLE redemptions ADD COLUMN public_id TEXT;
ALTER TABLE redemptions ADD COLUMN shop_id TEXT;
ALTER TABLE redemptions ADD COLUMN balance_before_cents INTEGER;
ALTER TABLE redemptions ADD COLUMN voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1));
CREATE UNIQUE INDEX redemptions_by_public_id ON redemptions (public_id) WHERE public_id IS NOT NULL;
CREATE INDEX redemptions_by_shop ON redemptions (shop_id, redeemed_at DESC) WHERE shop_id IS NOT NULL;

-- Help requests: who has it, and how it ended.
ALTER TABLE help_requests ADD COLUMN assigned_to TEXT;
ALTER TABLE help_requests ADD COLUMN assigned_to_name TEXT;
ALTER TABLE help_requests ADD COLUMN outcome TEXT CHECK (outcome IN ('helped', 'referred', 'not-reachable', 'withdrawn'));

-- The audit log: append-only (no update, no delete), never holding personal data.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  subject TEXT NOT NULL,
  roles TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  action TEXT NOT NULL,
  record TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`,
  },
];

/**
 * Applies the migrations the database has not seen yet, each in its own transaction, and records
 * them in `schema_migrations`. Returns the versions applied.
 */
export function migrate(db: Database.Database): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const done: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    }).immediate();
    done.push(m.version);
  }
  return done;
}
