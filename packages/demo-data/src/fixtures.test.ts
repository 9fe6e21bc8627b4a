import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCode, checkTaxCode, checkTurinCap } from '@sportello/sdk/checks';
import { findBuilding, publicEvent, publicVoucher, romeOffset, toRomeDate } from '@sportello/domain';
import { createFixtures, demo, DEMO_NOW } from './index';

const f = createFixtures(DEMO_NOW);

test('the same now gives the same data, and a fresh copy each time', () => {
  const again = createFixtures(DEMO_NOW);
  assert.deepEqual(again, f);
  again.rounds[0]!.unitsLeft = 0;
  assert.notEqual(createFixtures(DEMO_NOW).rounds[0]!.unitsLeft, 0);
});

test('rounds: one open around now, one upcoming, one closed; 5 per person, households up to 12', () => {
  const now = DEMO_NOW.getTime();
  const [open, upcoming, closed] = f.rounds;
  assert.ok(Date.parse(open!.opensAt) < now && now < Date.parse(open!.closesAt));
  assert.equal(open!.stockUnits, 350_000);
  assert.ok(Date.parse(upcoming!.opensAt) > now);
  assert.ok(Date.parse(closed!.closesAt) < now);
  assert.deepEqual(f.rounds.map((r) => r.state), ['open', 'upcoming', 'closed']);
  for (const r of [...f.rounds, f.smallStockRound]) {
    assert.equal(r.unitsPerPerson, 5);
    assert.equal(r.maxHouseholdSize, 12);
    assert.ok(r.unitsLeft <= r.stockUnits);
  }
  assert.ok(f.smallStockRound.unitsLeft < 3 * 5, 'a household of 3 does not fit in the small round');
});

test('buildings: Turin CAPs, districts 1-8, codes like TO-0412, found by code or address', () => {
  assert.ok(f.buildings.length >= 12);
  for (const b of f.buildings) {
    assert.ok(checkTurinCap(b.cap).ok, b.cap);
    assert.ok(b.district >= 1 && b.district <= 8);
    assert.match(b.buildingCode, /^TO-\d{4}$/);
  }
  assert.equal(new Set(f.buildings.map((b) => b.district)).size, 8);
  assert.equal(findBuilding(f.buildings, { buildingCode: 'to0412' })?.buildingCode, 'TO-0412');
  assert.equal(findBuilding(f.buildings, { street: 'VIA NIZZA', civicNumber: '150', cap: '10126' })?.buildingCode, 'TO-0412');
  assert.equal(findBuilding(f.buildings, { street: 'C.so Casale', civicNumber: '140bis', cap: '10132' })?.buildingCode, 'TO-1302');
  assert.equal(findBuilding(f.buildings, demo.addresses.notInNetwork), undefined);
  assert.equal(findBuilding(f.buildings, { street: 'Via Nizza', civicNumber: '150', cap: '10125' }), undefined);
});

test('vouchers: every state, valid codes and holders, balances that add up', () => {
  assert.deepEqual(new Set(f.vouchers.map((v) => v.state)), new Set(['active', 'exhausted', 'expired', 'revoked']));
  const shopNames = new Set(f.shops.map((s) => s.name));
  const today = toRomeDate(DEMO_NOW);
  for (const v of f.vouchers) {
    assert.deepEqual(checkCode('BS', v.voucherCode), { ok: true, value: v.voucherCode });
    assert.ok(checkTaxCode(v.holderTaxCode).ok);
    const spent = v.redemptions.reduce((sum, r) => sum + r.amountCents, 0);
    if (v.state !== 'revoked') assert.equal(v.balanceCents, v.faceValueCents - spent, v.voucherCode);
    for (const r of v.redemptions) assert.ok(shopNames.has(r.shopName), r.shopName);
    const times = v.redemptions.map((r) => Date.parse(r.redeemedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
    assert.equal(v.state === 'expired', v.expiresOn < today, v.voucherCode);
    assert.equal('holderTaxCode' in publicVoucher(v), false);
  }
  const soon = f.vouchers.filter((v) => v.state === 'active' && Date.parse(v.expiresOn) - Date.parse(today) <= 5 * 86_400_000);
  assert.equal(soon.length, 1);
  for (const [name, { voucherCode, taxCode }] of Object.entries(demo.vouchers)) {
    assert.ok(f.vouchers.some((v) => v.voucherCode === voucherCode && v.holderTaxCode === taxCode), name);
  }
});

test('shops: about 20, in all 8 districts', () => {
  assert.ok(f.shops.length >= 18);
  assert.equal(new Set(f.shops.map((s) => s.district)).size, 8);
  assert.equal(new Set(f.shops.map((s) => s.id)).size, f.shops.length);
});

test('events: about 60 over three months, every district and category, both programmes', () => {
  assert.ok(f.events.length >= 50 && f.events.length <= 70, String(f.events.length));
  assert.equal(new Set(f.events.map((e) => e.id)).size, f.events.length);
  assert.equal(new Set(f.events.map((e) => e.district)).size, 8);
  assert.equal(new Set(f.events.map((e) => e.category)).size, 5);
  assert.deepEqual(new Set(f.events.map((e) => e.programme)), new Set(['prometeo-club', 'prometeo-home']));
  const months = new Set(f.events.map((e) => e.startsAt.slice(0, 7)));
  assert.deepEqual(months, new Set(['2026-10', '2026-11', '2026-12']));
  const starts = f.events.map((e) => Date.parse(e.startsAt));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  for (const e of f.events) {
    assert.ok(e.seatsLeft >= 0 && e.seatsLeft <= e.capacity);
    assert.ok(Date.parse(e.endsAt) > Date.parse(e.startsAt));
    assert.ok(e.venue.accessibility && e.venue.en?.accessibility, e.id);
    assert.match(e.id, /^[a-z0-9-]{3,60}$/);
  }
  const full = f.events.filter((e) => e.seatsLeft === 0);
  assert.ok(full.length >= 4 && full.every((e) => e.waitingListLength > 0));
});

test('event times carry the Europe/Rome offset of their own date, across the October change', () => {
  for (const e of f.events) {
    assert.equal(e.startsAt.slice(19), romeOffset(new Date(e.startsAt)), e.id);
    assert.equal(e.endsAt.slice(19), romeOffset(new Date(e.endsAt)), e.id);
  }
  const taiChi = f.events.filter((e) => e.seriesId === 'tai-chi-parco-ruffini');
  assert.ok(taiChi.length >= 12);
  assert.ok(taiChi.every((e) => e.startsAt.slice(11, 16) === '10:00'), 'same wall-clock hour every week');
  assert.deepEqual(new Set(taiChi.map((e) => e.startsAt.slice(19))), new Set(['+02:00', '+01:00']));
  assert.ok(taiChi.every((e) => e.recurrence?.weekday === 2 && e.recurrence.until === taiChi.at(-1)!.startsAt.slice(0, 10)));
});

test('a spring calendar switches to +02:00 after the last Sunday of March', () => {
  const spring = createFixtures(new Date('2027-03-10T09:00:00Z')).events.filter((e) => e.seriesId === 'smartphone-senza-paura');
  const before = spring.find((e) => e.startsAt.startsWith('2027-03-25'))!;
  const after = spring.find((e) => e.startsAt.startsWith('2027-04-01'))!;
  assert.equal(before.startsAt, '2027-03-25T15:00:00+01:00');
  assert.equal(after.startsAt, '2027-04-01T15:00:00+02:00');
});

test('events in English keep their data and change their text', () => {
  const e = f.events[0]!;
  const it = publicEvent(e, 'it');
  const en = publicEvent(e, 'en');
  assert.equal(en.startsAt, it.startsAt);
  assert.notEqual(en.title, it.title);
  assert.notEqual(en.venue.accessibility, it.venue.accessibility);
  assert.equal('en' in en, false);
  assert.equal('en' in en.venue, false);
});

test('bookings, registrations and tickets: valid codes and the demo values', () => {
  for (const b of f.bookings) {
    assert.equal(checkCode('PR', b.bookingCode).ok, true);
    assert.ok(checkTaxCode(b.applicant.taxCode).ok);
  }
  const open = f.rounds[0]!;
  const booked = f.bookings.find((b) => b.applicant.taxCode === demo.taxCodes.alreadyBooked && b.roundId === open.id);
  assert.equal(booked?.bookingCode, demo.bookingCodes.confirmed);
  assert.equal(booked?.state, 'confirmed');
  assert.equal(f.bookings.some((b) => b.applicant.taxCode === demo.taxCodes.free && b.roundId === open.id), false);
  for (const r of f.registrations) assert.equal(checkCode('RG', r.registrationCode).ok, true);
  // Every full activity's waiting list is people, in order: 1, 2, … as many as the activity says.
  for (const e of f.events.filter((x) => x.seatsLeft === 0)) {
    const waiting = f.registrations.filter((r) => r.eventId === e.id && r.state === 'waitlisted').map((r) => r.waitingListPosition);
    assert.deepEqual(waiting, Array.from({ length: e.waitingListLength }, (_, i) => i + 1), e.id);
  }
  assert.equal(new Set(f.registrations.map((r) => r.registrationCode)).size, f.registrations.length);
  assert.ok(f.registrations.some((r) => r.attendee.contact.email === demo.registeredEmail && r.state === 'registered'));
  for (const t of f.helpTickets) assert.equal(checkCode('PC', t.ticketCode).ok, true);
  for (const t of Object.values(demo.tickets)) assert.ok(f.helpTickets.some((x) => x.ticketCode === t.ticketCode));
});

test('help topics: the five topics in both languages, psychological support is health data', () => {
  assert.deepEqual(f.helpTopics.map((t) => t.id), ['homework', 'apps-and-accounts', 'everyday-tasks', 'psychological-support', 'other']);
  assert.deepEqual(f.helpTopics.filter((t) => t.healthData).map((t) => t.id), ['psychological-support']);
  for (const t of f.helpTopics) assert.ok(t.en.title && t.en.description && t.title !== t.en.title);
});

test('every start date of a year (each day at 00:10, 09:30 and 23:50 in Turin) gives the data the tests and the demo rely on', () => {
  const DAY = 86_400_000;
  const start = Date.parse('2026-12-01T00:10:00+01:00');
  for (let d = 0; d < 366; d++) {
    for (const offset of [0, 9 * 3_600_000 + 20 * 60_000, 23 * 3_600_000 + 40 * 60_000]) {
      const now = new Date(start + d * DAY + offset);
      const at = now.toISOString();
      const x = createFixtures(now);
      const t = now.getTime();
      const [open, upcoming, closed] = x.rounds;
      assert.ok(Date.parse(open!.opensAt) <= t && t < Date.parse(open!.closesAt), `open round open at ${at}`);
      assert.ok(Date.parse(upcoming!.opensAt) > t && Date.parse(closed!.closesAt) <= t, `upcoming and closed rounds at ${at}`);
      assert.ok(Date.parse(x.smallStockRound.opensAt) <= t && t < Date.parse(x.smallStockRound.closesAt), `small round open at ${at}`);
      const month = toRomeDate(now).slice(0, 7);
      assert.ok(x.events.some((e) => toRomeDate(new Date(e.startsAt)).startsWith(month)), `activities this month at ${at}`);
      const ahead = x.events.filter((e) => Date.parse(e.startsAt) > t + DAY);
      assert.ok(ahead.some((e) => e.seatsLeft >= 2), `an activity with 2 seats more than a day ahead at ${at}`);
      assert.ok(ahead.some((e) => e.seatsLeft === 0 && e.waitingListLength > 0), `a full activity with people waiting more than a day ahead at ${at}`);
      const registered = x.registrations.filter((r) => r.attendee.contact.email === demo.registeredEmail);
      assert.ok(registered.some((r) => Date.parse(x.events.find((e) => e.id === r.eventId)!.startsAt) > t), `the registered demo person has an activity to come at ${at}`);
      const v = Object.fromEntries(x.vouchers.map((vv) => [vv.voucherCode, vv]));
      assert.ok(v[demo.vouchers.active.voucherCode]!.expiresOn >= toRomeDate(now), `the active voucher has not expired at ${at}`);
      assert.ok(v[demo.vouchers.expired.voucherCode]!.expiresOn < toRomeDate(now), `the expired voucher has expired at ${at}`);
    }
  }
});
