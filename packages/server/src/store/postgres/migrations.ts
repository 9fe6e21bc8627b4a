import type { Sql } from './database';

/** One schema change. Never edit a released migration: add the next one. */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, as the SQLite store's (`../sqlite/migrations.ts`) with PostgreSQL's types: times are
 * `bigint` milliseconds since the epoch (UTC), the same rows, the same constraints — the stock and
 * seat `CHECK`s and the partial unique indexes are the second guard behind the store's locked
 * decisions.
 */
export const pgMigrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE rounds (
  id text PRIMARY KEY,
  title_it text NOT NULL, title_en text NOT NULL,
  item_it text NOT NULL, item_en text NOT NULL,
  opens_at bigint NOT NULL, closes_at bigint NOT NULL,
  units_per_person integer NOT NULL CHECK (units_per_person BETWEEN 1 AND 100),
  max_household_size integer NOT NULL CHECK (max_household_size BETWEEN 1 AND 12),
  stock_units integer NOT NULL CHECK (stock_units >= 0),
  units_booked integer NOT NULL DEFAULT 0,
  CHECK (units_booked >= 0 AND units_booked <= stock_units)
);

CREATE TABLE buildings (
  code text PRIMARY KEY,
  street text NOT NULL, civic_number text NOT NULL, cap text NOT NULL,
  street_key text NOT NULL, civic_key text NOT NULL,
  district integer NOT NULL CHECK (district BETWEEN 1 AND 8),
  administrator text NOT NULL
);
CREATE UNIQUE INDEX buildings_by_address ON buildings (cap, street_key, civic_key);

CREATE TABLE bookings (
  code text PRIMARY KEY,
  round_id text NOT NULL REFERENCES rounds (id),
  tax_code text NOT NULL,
  given_name text NOT NULL, family_name text NOT NULL,
  household_size integer NOT NULL CHECK (household_size BETWEEN 1 AND 12),
  quantity integer NOT NULL CHECK (quantity >= 1),
  building_code text NOT NULL REFERENCES buildings (code),
  phone text, email text,
  lang text NOT NULL CHECK (lang IN ('it', 'en')),
  state text NOT NULL CHECK (state IN ('confirmed', 'assigned', 'delivered', 'cancelled')),
  created_at bigint NOT NULL, updated_at bigint NOT NULL,
  CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
-- One booking per codice fiscale per round; a cancelled booking no longer counts.
CREATE UNIQUE INDEX bookings_one_per_person ON bookings (round_id, tax_code) WHERE state <> 'cancelled';

CREATE TABLE vouchers (
  code text PRIMARY KEY,
  holder_tax_code text NOT NULL,
  face_value_cents integer NOT NULL CHECK (face_value_cents >= 0),
  balance_cents integer NOT NULL CHECK (balance_cents >= 0),
  expires_on text NOT NULL,
  revoked boolean NOT NULL DEFAULT false,
  district integer NOT NULL CHECK (district BETWEEN 1 AND 8)
);
CREATE TABLE redemptions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  voucher_code text NOT NULL REFERENCES vouchers (code),
  redeemed_at bigint NOT NULL,
  shop_name text NOT NULL,
  amount_cents integer NOT NULL CHECK (amount_cents >= 1)
);
CREATE INDEX redemptions_by_voucher ON redemptions (voucher_code, redeemed_at DESC);

CREATE TABLE shops (
  id text PRIMARY KEY,
  name text NOT NULL, street text NOT NULL, civic_number text NOT NULL, cap text NOT NULL,
  district integer NOT NULL CHECK (district BETWEEN 1 AND 8),
  kind text
);
CREATE INDEX shops_by_district ON shops (district, name);
CREATE INDEX shops_by_cap ON shops (cap, name);

CREATE TABLE events (
  id text PRIMARY KEY,
  series_id text,
  title_it text NOT NULL, title_en text NOT NULL,
  description_it text NOT NULL, description_en text NOT NULL,
  category text NOT NULL, programme text,
  district integer NOT NULL CHECK (district BETWEEN 1 AND 8),
  venue_name text NOT NULL, venue_street text NOT NULL, venue_civic_number text NOT NULL, venue_cap text NOT NULL,
  accessibility_it text, accessibility_en text,
  starts_at bigint NOT NULL, ends_at bigint NOT NULL,
  recurrence_weekday integer, recurrence_until text,
  capacity integer NOT NULL CHECK (capacity >= 1),
  seats_taken integer NOT NULL DEFAULT 0,
  waiting_list_length integer NOT NULL DEFAULT 0 CHECK (waiting_list_length >= 0),
  CHECK (seats_taken >= 0 AND seats_taken <= capacity)
);
CREATE INDEX events_by_start ON events (starts_at);

CREATE TABLE registrations (
  code text PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id),
  state text NOT NULL CHECK (state IN ('registered', 'waitlisted')),
  seats integer NOT NULL CHECK (seats BETWEEN 1 AND 2),
  waiting_list_position integer,
  given_name text NOT NULL, family_name text NOT NULL,
  phone text, email text,
  companion_given_name text, companion_family_name text, companion_caregiver boolean,
  lang text NOT NULL CHECK (lang IN ('it', 'en')),
  created_at bigint NOT NULL,
  CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
-- The same contact registers once per activity.
CREATE UNIQUE INDEX registrations_one_per_phone ON registrations (event_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX registrations_one_per_email ON registrations (event_id, email) WHERE email IS NOT NULL;

CREATE TABLE help_topics (
  id text PRIMARY KEY,
  position integer NOT NULL,
  title_it text NOT NULL, title_en text NOT NULL,
  description_it text NOT NULL, description_en text NOT NULL,
  health_data boolean NOT NULL
);

CREATE TABLE help_requests (
  ticket_code text PRIMARY KEY,
  topic text NOT NULL REFERENCES help_topics (id),
  description text,
  for_whom text NOT NULL CHECK (for_whom IN ('myself', 'someone-i-care-for')),
  phone text, email text,
  preferred_channel text NOT NULL CHECK (preferred_channel IN ('phone', 'email')),
  preferred_time text NOT NULL CHECK (preferred_time IN ('morning', 'afternoon', 'evening', 'any')),
  district integer NOT NULL CHECK (district BETWEEN 1 AND 8),
  health_data_consent boolean NOT NULL DEFAULT false,
  lang text NOT NULL CHECK (lang IN ('it', 'en')),
  state text NOT NULL CHECK (state IN ('received', 'assigned', 'scheduled', 'closed')),
  created_at bigint NOT NULL, updated_at bigint NOT NULL, scheduled_for bigint,
  CHECK (phone IS NOT NULL OR email IS NOT NULL)
);

-- Idempotency keys per partner. A create inserts its key first thing in its transaction
-- (status NULL until the answer is stored, in the same transaction): a second request with the
-- key waits on that row and, once the first commits, replays its answer.
CREATE TABLE idempotency_keys (
  partner_id text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status integer,
  body text,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  PRIMARY KEY (partner_id, key)
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

-- Rate-limit windows shared by every server process (fixed windows; see http/shared-rate-counter.ts).
CREATE UNLOGGED TABLE rate_windows (
  key text PRIMARY KEY,
  count integer NOT NULL,
  reset_at bigint NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'operators',
    sql: `
-- Bookings made by an administrator on a household's behalf.
ALTER TABLE bookings ADD COLUMN booked_by text;
ALTER TABLE bookings ADD COLUMN booked_by_subject text;
CREATE INDEX bookings_by_round_building ON bookings (round_id, building_code, created_at DESC);

-- Registrations can be cancelled (by the organiser) and checked in; a cancelled one frees its contact.
ALTER TABLE registrations DROP CONSTRAINT registrations_state_check;
ALTER TABLE registrations ADD CONSTRAINT registrations_state_check CHECK (state IN ('registered', 'waitlisted', 'cancelled'));
ALTER TABLE registrations ADD COLUMN checked_in boolean NOT NULL DEFAULT false;
ALTER TABLE registrations ADD CONSTRAINT registrations_position_check CHECK ((state = 'waitlisted') = (waiting_list_position IS NOT NULL));
DROP INDEX registrations_one_per_phone;
DROP INDEX registrations_one_per_email;
CREATE UNIQUE INDEX registrations_one_per_phone ON registrations (event_id, phone) WHERE phone IS NOT NULL AND state <> 'cancelled';
CREATE UNIQUE INDEX registrations_one_per_email ON registrations (event_id, email) WHERE email IS NOT NULL AND state <> 'cancelled';
-- One person per place in a waiting list (renumbered in ascending order, so each new place is free when taken).
CREATE UNIQUE INDEX registrations_one_per_position ON registrations (event_id, waiting_list_position) WHERE waiting_list_position IS NOT NULL;
CREATE INDEX registrations_by_event ON registrations (event_id, created_at);

-- Redemptions made at a shop's till, voidable for 15 minutes.
ALTER TABLE redemptions ADD COLUMN public_id text;
ALTER TABLE redemptions ADD COLUMN shop_id text;
ALTER TABLE redemptions ADD COLUMN balance_before_cents integer;
ALTER TABLE redemptions ADD COLUMN voided boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX redemptions_by_public_id ON redemptions (public_id) WHERE public_id IS NOT NULL;
CREATE INDEX redemptions_by_shop ON redemptions (shop_id, redeemed_at DESC) WHERE shop_id IS NOT NULL;

-- Help requests: who has it, and how it ended.
ALTER TABLE help_requests ADD COLUMN assigned_to text;
ALTER TABLE help_requests ADD COLUMN assigned_to_name text;
ALTER TABLE help_requests ADD COLUMN outcome text CHECK (outcome IN ('helped', 'referred', 'not-reachable', 'withdrawn'));

-- The audit log: append-only (no update, no delete, no truncate), never holding personal data.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at bigint NOT NULL,
  subject text NOT NULL,
  roles text[] NOT NULL,
  partner_id text NOT NULL,
  action text NOT NULL,
  record text NOT NULL
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
`,
  },
];

/** The advisory lock that lets one process at a time migrate (any number may start at once). */
const MIGRATION_LOCK = 0x53504f52; // "SPOR"

/**
 * Applies the migrations the database has not seen yet, each in its own transaction, recorded in
 * `schema_migrations`. Holds a session-level `pg_advisory_lock` meanwhile, so that processes
 * starting together queue up: the first applies, the others find nothing left to do. Returns the
 * versions applied.
 */
export async function migratePostgres(sql: Sql): Promise<number[]> {
  const conn = await sql.reserve();
  try {
    await conn`SELECT pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await conn`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`;
      const applied = new Set((await conn<{ version: number }[]>`SELECT version FROM schema_migrations`).map((r) => r.version));
      const done: number[] = [];
      for (const m of pgMigrations) {
        if (applied.has(m.version)) continue;
        await conn`BEGIN`;
        try {
          await conn.unsafe(m.sql);
          await conn`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name}, ${Date.now()})`;
          await conn`COMMIT`;
        } catch (error) {
          await conn`ROLLBACK`;
          throw error;
        }
        done.push(m.version);
      }
      return done;
    } finally {
      await conn`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    conn.release();
  }
}
