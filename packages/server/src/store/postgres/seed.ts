import type { SeedData } from '@sportello/domain';
import { emailKey, normalizeCivic as civicKey, normalizeStreet as streetKey } from '@sportello/domain';
import type { Sql, Tx } from './database';

const ms = (iso: string) => Date.parse(iso);

/** Held while seeding, so that processes started together on a new database seed it once. */
const SEED_LOCK = 0x53454544; // "SEED"

/**
 * Loads demo (or a city's) data into PostgreSQL, in one transaction; the same rows as the SQLite
 * seed. Processes that start together on a new database all ask to seed it: the first one does,
 * under an advisory lock; the others find the data there and load nothing.
 */
export async function seedPostgres(sql: Sql, data: SeedData, nowMs: number): Promise<void> {
  await sql.begin(async (t) => {
    const tx = t as Tx;
    await tx`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
    const [held] = await tx<{ n: number }[]>`SELECT (SELECT count(*) FROM rounds) + (SELECT count(*) FROM events) + (SELECT count(*) FROM help_topics) AS n`;
    if (Number(held!.n) > 0) return;
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        if (chunk.length) await tx`INSERT INTO ${tx(table)} ${tx(chunk as any[])}`;
      }
    };
    await insert(
      'rounds',
      data.rounds.map((r) => ({
        id: r.id,
        title_it: r.title,
        title_en: r.en.title,
        item_it: r.item,
        item_en: r.en.item,
        opens_at: ms(r.opensAt),
        closes_at: ms(r.closesAt),
        units_per_person: r.unitsPerPerson,
        max_household_size: r.maxHouseholdSize,
        stock_units: r.stockUnits,
        units_booked: r.stockUnits - r.unitsLeft,
      })),
    );
    await insert(
      'buildings',
      data.buildings.map((b) => ({
        code: b.buildingCode,
        street: b.street,
        civic_number: b.civicNumber,
        cap: b.cap,
        street_key: streetKey(b.street),
        civic_key: civicKey(b.civicNumber),
        district: b.district,
        administrator: b.administrator,
      })),
    );
    // The rounds' units left already account for these bookings.
    await insert(
      'bookings',
      data.bookings.map((b) => ({
        code: b.bookingCode,
        round_id: b.roundId,
        tax_code: b.applicant.taxCode.trim().toUpperCase(),
        given_name: b.applicant.givenName,
        family_name: b.applicant.familyName,
        household_size: b.householdSize,
        quantity: b.quantity,
        building_code: b.building.buildingCode,
        phone: b.contact.phone ?? null,
        email: b.contact.email ? emailKey(b.contact.email) : null,
        lang: 'it',
        state: b.state,
        created_at: ms(b.createdAt),
        updated_at: ms(b.createdAt),
      })),
    );
    await insert(
      'vouchers',
      data.vouchers.map((v) => ({
        code: v.voucherCode,
        holder_tax_code: v.holderTaxCode,
        face_value_cents: v.faceValueCents,
        balance_cents: v.balanceCents,
        expires_on: v.expiresOn,
        revoked: v.state === 'revoked',
        district: v.district,
      })),
    );
    await insert(
      'redemptions',
      data.vouchers.flatMap((v) => v.redemptions.map((r) => ({ voucher_code: v.voucherCode, redeemed_at: ms(r.redeemedAt), shop_name: r.shopName, amount_cents: r.amountCents }))),
    );
    await insert(
      'shops',
      data.shops.map((s) => ({ id: s.id, name: s.name, street: s.street, civic_number: s.civicNumber, cap: s.cap, district: s.district, kind: s.kind ?? null })),
    );
    // Seats left and waiting lists already account for the registrations below.
    await insert(
      'events',
      data.events.map((e) => ({
        id: e.id,
        series_id: e.seriesId ?? null,
        title_it: e.title,
        title_en: e.en.title,
        description_it: e.description,
        description_en: e.en.description,
        category: e.category,
        programme: e.programme ?? null,
        district: e.district,
        venue_name: e.venue.name,
        venue_street: e.venue.street,
        venue_civic_number: e.venue.civicNumber,
        venue_cap: e.venue.cap,
        accessibility_it: e.venue.accessibility ?? null,
        accessibility_en: e.venue.en?.accessibility ?? null,
        starts_at: ms(e.startsAt),
        ends_at: ms(e.endsAt),
        recurrence_weekday: e.recurrence?.weekday ?? null,
        recurrence_until: e.recurrence?.until ?? null,
        capacity: e.capacity,
        seats_taken: e.capacity - e.seatsLeft,
        waiting_list_length: e.waitingListLength,
      })),
    );
    await insert(
      'registrations',
      data.registrations.map((r) => ({
        code: r.registrationCode,
        event_id: r.eventId,
        state: r.state,
        seats: r.seats,
        waiting_list_position: r.waitingListPosition ?? null,
        given_name: r.attendee.givenName,
        family_name: r.attendee.familyName,
        phone: r.attendee.contact.phone ?? null,
        email: r.attendee.contact.email ? emailKey(r.attendee.contact.email) : null,
        companion_given_name: r.companion?.givenName ?? null,
        companion_family_name: r.companion?.familyName ?? null,
        companion_caregiver: r.companion?.caregiver ?? null,
        lang: 'it',
        created_at: nowMs,
      })),
    );
    await insert(
      'help_topics',
      data.helpTopics.map((t, position) => ({
        id: t.id,
        position,
        title_it: t.title,
        title_en: t.en.title,
        description_it: t.description,
        description_en: t.en.description,
        health_data: t.healthData,
      })),
    );
    // The demo tickets carry no description: it is never returned, so the fixtures have none.
    await insert(
      'help_requests',
      data.helpTickets.map((t) => ({
        ticket_code: t.ticketCode,
        topic: t.topic,
        description: null,
        for_whom: t.forWhom,
        phone: t.contact.phone ?? null,
        email: t.contact.email ? emailKey(t.contact.email) : null,
        preferred_channel: t.contact.preferredChannel,
        preferred_time: t.contact.preferredTime,
        district: t.district,
        health_data_consent: t.topic === 'psychological-support',
        lang: 'it',
        state: t.state,
        created_at: ms(t.createdAt),
        updated_at: ms(t.updatedAt),
        scheduled_for: t.scheduledFor ? ms(t.scheduledFor) : null,
      })),
    );
  });
}
