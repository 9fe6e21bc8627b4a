import type { SqliteDatabase } from './database';
import type { SeedData } from '@sportello/domain';
import { emailKey, normalizeCivic as civicKey, normalizeStreet as streetKey } from '@sportello/domain';

const ms = (iso: string) => Date.parse(iso);

/** Loads demo data into an SQLite database, in one transaction. */
export function seedSqlite(db: SqliteDatabase, data: SeedData, nowMs: number): void {
  const insert = (table: string, row: Record<string, unknown>) => {
    const cols = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  };
  db.transaction(() => {
    for (const r of data.rounds) {
      insert('rounds', {
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
      });
    }
    for (const b of data.buildings) {
      insert('buildings', {
        code: b.buildingCode,
        street: b.street,
        civic_number: b.civicNumber,
        cap: b.cap,
        street_key: streetKey(b.street),
        civic_key: civicKey(b.civicNumber),
        district: b.district,
        administrator: b.administrator,
      });
    }
    // The rounds' units left already account for these bookings.
    for (const b of data.bookings) {
      insert('bookings', {
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
      });
    }
    for (const v of data.vouchers) {
      insert('vouchers', {
        code: v.voucherCode,
        holder_tax_code: v.holderTaxCode,
        face_value_cents: v.faceValueCents,
        balance_cents: v.balanceCents,
        expires_on: v.expiresOn,
        revoked: v.state === 'revoked' ? 1 : 0,
        district: v.district,
      });
      for (const r of v.redemptions) {
        insert('redemptions', { voucher_code: v.voucherCode, redeemed_at: ms(r.redeemedAt), shop_name: r.shopName, amount_cents: r.amountCents });
      }
    }
    for (const s of data.shops) {
      insert('shops', { id: s.id, name: s.name, street: s.street, civic_number: s.civicNumber, cap: s.cap, district: s.district, kind: s.kind ?? null });
    }
    // Seats left and waiting lists already account for the registrations below.
    for (const e of data.events) {
      insert('events', {
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
      });
    }
    for (const r of data.registrations) {
      insert('registrations', {
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
        companion_caregiver: r.companion?.caregiver === undefined ? null : Number(r.companion.caregiver),
        lang: 'it',
        created_at: nowMs,
      });
    }
    data.helpTopics.forEach((t, position) => {
      insert('help_topics', {
        id: t.id,
        position,
        title_it: t.title,
        title_en: t.en.title,
        description_it: t.description,
        description_en: t.en.description,
        health_data: t.healthData ? 1 : 0,
      });
    });
    // The demo tickets carry no description: it is never returned, so the fixtures have none.
    for (const t of data.helpTickets) {
      insert('help_requests', {
        ticket_code: t.ticketCode,
        topic: t.topic,
        description: null,
        for_whom: t.forWhom,
        phone: t.contact.phone ?? null,
        email: t.contact.email ? emailKey(t.contact.email) : null,
        preferred_channel: t.contact.preferredChannel,
        preferred_time: t.contact.preferredTime,
        district: t.district,
        health_data_consent: t.topic === 'psychological-support' ? 1 : 0,
        lang: 'it',
        state: t.state,
        created_at: ms(t.createdAt),
        updated_at: ms(t.updatedAt),
        scheduled_for: t.scheduledFor ? ms(t.scheduledFor) : null,
      });
    }
  }).immediate();
}
