/**
 * The operators' side of the conformance suite: each role does its job, and what they do comes
 * back to the resident; someone else's record is 403; concurrent tills and cancellations keep the
 * invariants. Run by `runApiConformance` on every target.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_NOW, demo, type DemoOperator, type Fixtures } from '@sportello/demo-data';

type Call = (method: string, path: string, o?: { body?: unknown; key?: string; lang?: string; as?: DemoOperator; authorization?: string }) => Promise<{ status: number; headers: Headers; body: any; text: string }>;
type WithApi = (change: ((f: Fixtures) => void) | undefined, fn: (a: { f: Fixtures; call: Call }) => Promise<void>) => () => Promise<void>;

let keys = 0;
const newKey = () => `operator-${Date.now().toString(36)}-${(keys++).toString(36)}`;
const slug = (a: { body: any }) => String(a.body?.type ?? '').replace('urn:sportello:problem:', '');

export function operatorConformance(withApi: WithApi): void {
  it('operators: no token is 401, a token of another role is 403, with no data', withApi(undefined, async ({ f, call }) => {
    const path = `/operator/ppe/bookings?roundId=${f.rounds[0]!.id}`;
    const none = await call('GET', path);
    assert.deepEqual([none.status, slug(none)], [401, 'unauthorized']);
    const bad = await call('GET', path, { authorization: 'Bearer not.a.jwt' });
    assert.deepEqual([bad.status, slug(bad)], [401, 'unauthorized']);
    const shop = await call('GET', path, { as: 'shop' });
    assert.deepEqual([shop.status, slug(shop)], [403, 'forbidden']);
    assert.equal(shop.body.items, undefined);
    const me = await call('GET', '/operator/me', { as: 'administrator' });
    assert.deepEqual([me.body.subject, me.body.roles, me.body.buildings], ['demo-admin-ferrero', ['administrator'], ['TO-0412', 'TO-0305', 'TO-0856']]);
  }));

  it('administrator: my buildings’ bookings with what delivery needs; assigned then delivered; the resident sees it; someone else’s is refused', withApi(undefined, async ({ f, call }) => {
    const round = f.rounds[0]!.id;
    const mine = await call('GET', `/operator/ppe/bookings?roundId=${round}`, { as: 'administrator' });
    assert.equal(mine.status, 200);
    assert.ok(mine.body.items.length >= 1);
    assert.ok(mine.body.items.every((b: { buildingCode: string }) => ['TO-0412', 'TO-0305', 'TO-0856'].includes(b.buildingCode)));
    const rossi = mine.body.items.find((b: { bookingCode: string }) => b.bookingCode === demo.bookingCodes.confirmed);
    assert.deepEqual(rossi.recipient, { givenName: 'Mario', familyName: 'Rossi' });
    assert.equal(JSON.stringify(mine.body).includes(demo.taxCodes.alreadyBooked), false, 'no codice fiscale for delivery');
    const other = await call('GET', `/operator/ppe/bookings?roundId=${round}&buildingCode=TO-0137`, { as: 'administrator' });
    assert.deepEqual([other.status, slug(other)], [403, 'forbidden']);

    const assigned = await call('POST', '/operator/ppe/delivery-updates', { as: 'administrator', body: { bookingCodes: [demo.bookingCodes.confirmed, demo.bookingCodes.assigned], state: 'assigned' } });
    assert.deepEqual(assigned.body.items.map((i: { outcome: string }) => i.outcome), ['updated', 'forbidden']);
    const resident = await call('POST', '/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.alreadyBooked } });
    assert.deepEqual([resident.body.state, resident.body.cancellable], ['assigned', false]);
    const delivered = await call('POST', '/operator/ppe/delivery-updates', { as: 'administrator', body: { bookingCodes: [demo.bookingCodes.confirmed], state: 'delivered' } });
    assert.deepEqual(delivered.body.items, [{ bookingCode: demo.bookingCodes.confirmed, state: 'delivered', outcome: 'updated' }]);
    const again = await call('POST', '/operator/ppe/delivery-updates', { as: 'administrator', body: { bookingCodes: [demo.bookingCodes.confirmed], state: 'delivered' } });
    assert.equal(again.body.items[0].outcome, 'unchanged');
    const back = await call('POST', '/operator/ppe/delivery-updates', { as: 'administrator', body: { bookingCodes: [demo.bookingCodes.confirmed], state: 'assigned' } });
    assert.equal(back.body.items[0].outcome, 'invalid-transition', 'delivered is final');
    assert.equal((await call('POST', '/ppe/booking-lookups', { body: { bookingCode: demo.bookingCodes.confirmed, taxCode: demo.taxCodes.alreadyBooked } })).body.state, 'delivered');

    const csv = await call('GET', `/operator/ppe/delivery-list?roundId=${round}&buildingCode=TO-0412`, { as: 'administrator' });
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csv.text, /Edificio;Cognome;Nome;Persone;Unità;Codice prenotazione;Stato/);
    assert.match(csv.text, new RegExp(`TO-0412;Rossi;Mario;3;15;${demo.bookingCodes.confirmed};delivered`));
  }));

  it('administrator: books on behalf of a household of their building, attributed to them; not for another building', withApi(undefined, async ({ f, call }) => {
    const body = { roundId: f.rounds[0]!.id, applicant: { taxCode: demo.taxCodes.free, givenName: 'Luigi', familyName: 'Verdi' }, householdSize: 2, building: { buildingCode: 'TO-0305' }, contact: { phone: '333 123 4567' }, privacyConsent: true };
    const made = await call('POST', '/operator/ppe/bookings', { as: 'administrator', body, key: newKey() });
    assert.deepEqual([made.status, made.body.bookedBy, made.body.state], [201, 'Paola Ferrero', 'confirmed']);
    const elsewhere = await call('POST', '/operator/ppe/bookings', { as: 'administrator', body: { ...body, building: { buildingCode: 'TO-0137' } }, key: newKey() });
    assert.deepEqual([elsewhere.status, slug(elsewhere)], [403, 'forbidden']);
    const resident = await call('POST', '/ppe/booking-lookups', { body: { bookingCode: made.body.bookingCode, taxCode: demo.taxCodes.free } });
    assert.equal(resident.body.bookedBy, 'Paola Ferrero');
  }));

  it('city issues a € 50 voucher; 20 tills redeem € 10 at once: exactly 5 go through, balance 0; the holder sees them; a retried key is one charge', withApi(undefined, async ({ call }) => {
    const issued = await call('POST', '/operator/vouchers', { as: 'city', body: { holderTaxCode: demo.taxCodes.free, faceValueCents: 5000, expiresOn: '2027-12-31', district: 8 }, key: newKey() });
    assert.deepEqual([issued.status, issued.body.balanceCents, issued.body.state], [201, 5000, 'active']);
    const code = issued.body.voucherCode;
    const body = { voucherCode: code, taxCode: demo.taxCodes.free, amountCents: 1000 };
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => call('POST', '/operator/vouchers/redemptions', { as: i % 2 ? 'shop' : 'otherShop', body, key: newKey() })));
    const ok = answers.filter((a) => a.status === 201);
    assert.equal(ok.length, 5);
    assert.ok(answers.filter((a) => a.status !== 201).every((a) => a.status === 409 && ['insufficient-balance', 'voucher-not-active'].includes(slug(a))));
    assert.deepEqual(ok.map((a) => a.body.balanceAfterCents).sort((a, b) => a - b), [0, 1000, 2000, 3000, 4000]);
    const holder = await call('POST', '/vouchers/checks', { body: { voucherCode: code, taxCode: demo.taxCodes.free } });
    assert.deepEqual([holder.body.balanceCents, holder.body.state, holder.body.redemptions.length], [0, 'exhausted', 5]);

    const again = await call('POST', '/operator/vouchers', { as: 'city', body: { holderTaxCode: demo.taxCodes.free, faceValueCents: 5000, expiresOn: '2027-12-31', district: 8 }, key: newKey() });
    const key = newKey();
    const first = await call('POST', '/operator/vouchers/redemptions', { as: 'shop', body: { voucherCode: again.body.voucherCode, taxCode: demo.taxCodes.free, amountCents: 1250 }, key });
    const retry = await call('POST', '/operator/vouchers/redemptions', { as: 'shop', body: { voucherCode: again.body.voucherCode, taxCode: demo.taxCodes.free, amountCents: 1250 }, key });
    assert.deepEqual([first.status, retry.status, retry.text], [201, 201, first.text]);
    const seen = await call('POST', '/vouchers/checks', { body: { voucherCode: again.body.voucherCode, taxCode: demo.taxCodes.free } });
    assert.deepEqual([seen.body.balanceCents, seen.body.redemptions[0].shopName, seen.body.redemptions[0].amountCents], [3750, 'Alimentari San Salvario', 1250]);

    const wrongHolder = await call('POST', '/operator/vouchers/redemptions', { as: 'shop', body: { voucherCode: again.body.voucherCode, taxCode: demo.taxCodes.alreadyBooked, amountCents: 100 }, key: newKey() });
    assert.deepEqual([wrongHolder.status, slug(wrongHolder)], [404, 'voucher-not-found']);
  }));

  it('shop: voids its redemption (the amount goes back), not another shop’s; today’s total counts what was not voided', withApi(undefined, async ({ call }) => {
    const body = { ...demo.vouchers.active, amountCents: 1250 };
    const before = (await call('POST', '/vouchers/checks', { body: demo.vouchers.active })).body.balanceCents;
    const a = await call('POST', '/operator/vouchers/redemptions', { as: 'shop', body, key: newKey() });
    const b = await call('POST', '/operator/vouchers/redemptions', { as: 'shop', body: { ...body, amountCents: 500 }, key: newKey() });
    assert.equal(a.body.balanceBeforeCents, before);
    const foreign = await call('POST', `/operator/vouchers/redemptions/${a.body.redemptionId}/void`, { as: 'otherShop', body: {} });
    assert.deepEqual([foreign.status, slug(foreign)], [403, 'forbidden']);
    const voided = await call('POST', `/operator/vouchers/redemptions/${a.body.redemptionId}/void`, { as: 'shop', body: { reason: 'wrong-amount' } });
    assert.deepEqual([voided.status, voided.body.voided], [200, true]);
    assert.equal((await call('POST', '/vouchers/checks', { body: demo.vouchers.active })).body.balanceCents, before - 500);
    const today = await call('GET', '/operator/vouchers/redemptions', { as: 'shop' });
    assert.deepEqual([today.body.count, today.body.totalCents, today.body.items.length], [1, 500, 2]);
    assert.equal(today.body.items[0].redemptionId, b.body.redemptionId, 'newest first');
  }));

  it('organiser: three cancellations at once with three people waiting give each freed seat once, in order; positions renumbered; check-in', withApi(
    (f) => {
      const e = f.events.find((x) => x.seriesId === 'tai-chi-parco-ruffini' && Date.parse(x.startsAt) > DEMO_NOW.getTime() + 86_400_000 && !f.registrations.some((r) => r.eventId === x.id))!;
      e.seatsLeft = 3;
      e.waitingListLength = 0;
    },
    async ({ f, call }) => {
      const e = f.events.find((x) => x.seriesId === 'tai-chi-parco-ruffini' && x.seatsLeft === 3 && x.waitingListLength === 0)!;
      const reg = (n: number, waitingList = false) =>
        call('POST', `/events/${e.id}/registrations`, { body: { attendee: { givenName: `Persona${n}`, familyName: 'Prova', contact: { email: `p${n}@example.org` } }, privacyConsent: true, waitingList }, key: newKey() });
      const seated = [await reg(1), await reg(2), await reg(3)];
      const waiting = [await reg(4, true), await reg(5, true), await reg(6, true), await reg(7, true)];
      assert.deepEqual(waiting.map((w) => w.body.waitingListPosition), [1, 2, 3, 4]);
      const foreign = await call('GET', `/operator/events/${e.id}/attendance`, { as: 'city' });
      assert.equal(foreign.status, 403);
      const cancels = await Promise.all(seated.map((s) => call('POST', `/operator/registrations/${s.body.registrationCode}/cancellation`, { as: 'organiser', body: { reason: 'person-asked' } })));
      assert.ok(cancels.every((c) => c.status === 200));
      const promoted = cancels.flatMap((c) => c.body.promoted.map((p: { registrationCode: string }) => p.registrationCode));
      assert.deepEqual([...promoted].sort(), waiting.slice(0, 3).map((w) => w.body.registrationCode).sort(), 'the first three waiting, each once');
      const list = await call('GET', `/operator/events/${e.id}/attendance`, { as: 'organiser' });
      assert.deepEqual(list.body.registered.map((r: { registrationCode: string }) => r.registrationCode).sort(), waiting.slice(0, 3).map((w) => w.body.registrationCode).sort());
      assert.deepEqual(list.body.waiting.map((r: { registrationCode: string; waitingListPosition: number }) => [r.registrationCode, r.waitingListPosition]), [[waiting[3]!.body.registrationCode, 1]]);
      assert.equal(list.body.seatsLeft, 0);
      const shown = await call('GET', `/events/${e.id}`);
      assert.deepEqual([shown.body.seatsLeft, shown.body.waitingListLength], [0, 1]);
      const checked = await call('POST', `/operator/registrations/${waiting[0]!.body.registrationCode}/check-in`, { as: 'organiser', body: {} });
      assert.deepEqual([checked.status, checked.body.checkedIn], [200, true]);
    },
  ));

  it('concierge: the coordinator assigns, the volunteer schedules, the requester sees when; psychological details only for the assigned support professional; every read audited', withApi(undefined, async ({ call }) => {
    const queue = await call('GET', '/operator/help/requests', { as: 'coordinator' });
    assert.ok(queue.body.items.some((r: { ticketCode: string }) => r.ticketCode === demo.tickets.received.ticketCode));
    assert.equal(JSON.stringify(queue.body).includes('+39333'), false, 'no contact in the queue');
    const notMine = await call('GET', `/operator/help/requests/${demo.tickets.received.ticketCode}`, { as: 'volunteer' });
    assert.equal(notMine.status, 403);
    const assigned = await call('POST', `/operator/help/requests/${demo.tickets.received.ticketCode}/assignment`, { as: 'coordinator', body: { volunteer: 'demo-volunteer-luca', volunteerName: 'Luca Rosso' } });
    assert.deepEqual([assigned.status, assigned.body.state, assigned.body.assignedTo], [200, 'assigned', 'demo-volunteer-luca']);
    const own = await call('GET', '/operator/help/requests', { as: 'volunteer' });
    assert.deepEqual(own.body.items.map((r: { ticketCode: string }) => r.ticketCode), [demo.tickets.received.ticketCode]);
    const when = '2026-10-14T15:00:00+02:00';
    const scheduled = await call('POST', `/operator/help/requests/${demo.tickets.received.ticketCode}/schedule`, { as: 'volunteer', body: { scheduledFor: when } });
    assert.equal(scheduled.body.state, 'scheduled');
    const requester = await call('POST', '/help/request-lookups', { body: demo.tickets.received });
    assert.deepEqual([requester.body.state, Date.parse(requester.body.scheduledFor)], ['scheduled', Date.parse(when)]);

    const words = 'Da quando è morta mia moglie non riesco a dormire.';
    const filed = await call('POST', '/help/requests', { body: { topic: 'psychological-support', description: words, forWhom: 'myself', contact: { phone: '333 765 4321', preferredChannel: 'phone', preferredTime: 'evening' }, district: 2, privacyConsent: true, healthDataConsent: true }, key: newKey() });
    const code = filed.body.ticketCode;
    const refused = await call('POST', `/operator/help/requests/${code}/assignment`, { as: 'coordinator', body: { volunteer: 'demo-volunteer-luca' } });
    assert.deepEqual([refused.status, refused.body.errors], [400, [{ pointer: '/supportProfessional', code: 'required' }]]);
    await call('POST', `/operator/help/requests/${code}/assignment`, { as: 'coordinator', body: { volunteer: 'demo-volunteer-elena', volunteerName: 'Elena Martini', supportProfessional: true } });
    const forHer = await call('GET', `/operator/help/requests/${code}`, { as: 'supportVolunteer' });
    assert.deepEqual([forHer.body.description, forHer.body.descriptionWithheld, forHer.body.contact.phone], [words, false, '+393337654321']);
    const forCoordinator = await call('GET', `/operator/help/requests/${code}`, { as: 'coordinator' });
    assert.deepEqual([forCoordinator.body.description, forCoordinator.body.descriptionWithheld], [undefined, true]);

    const log = await call('GET', '/operator/audit-log', { as: 'city' });
    const reads = log.body.items.filter((e: { action: string; record: string }) => e.action === 'show_operator_help_request' && e.record === code);
    assert.deepEqual(reads.map((e: { subject: string }) => e.subject), ['demo-coordinator', 'demo-volunteer-elena']);
    assert.equal(JSON.stringify(log.body).includes('moglie') || JSON.stringify(log.body).includes('333'), false, 'the audit log holds no personal data');
    const notCity = await call('GET', '/operator/audit-log', { as: 'coordinator' });
    assert.equal(notCity.status, 403);
  }));

  it('city: creates a round, opens it, restocks it (never below what is booked); revokes a voucher and its holder sees it', withApi(undefined, async ({ f, call }) => {
    const round = { id: 'ffp2-test-round', title: 'Mascherine di prova', item: 'mascherine FFP2', opensAt: '2026-11-01T09:00:00+01:00', closesAt: '2026-11-30T18:00:00+01:00', unitsPerPerson: 5, maxHouseholdSize: 12, stockUnits: 100 };
    const made = await call('POST', '/operator/ppe/rounds', { as: 'city', body: round, key: newKey() });
    assert.deepEqual([made.status, made.body.state, made.body.unitsLeft], [201, 'upcoming', 100]);
    const twice = await call('POST', '/operator/ppe/rounds', { as: 'city', body: round, key: newKey() });
    assert.deepEqual([twice.status, slug(twice)], [409, 'round-exists']);
    const opened = await call('POST', `/operator/ppe/rounds/${round.id}/changes`, { as: 'city', body: { opensAt: '2026-10-12T09:00:00+02:00' } });
    assert.equal(opened.body.state, 'open');
    const booked = await call('POST', '/ppe/bookings', { body: { roundId: round.id, applicant: { taxCode: demo.taxCodes.free, givenName: 'Luigi', familyName: 'Verdi' }, householdSize: 4, building: { buildingCode: 'TO-0412' }, contact: { phone: '333 123 4567' }, privacyConsent: true }, key: newKey() });
    assert.equal(booked.status, 201);
    const low = await call('POST', `/operator/ppe/rounds/${round.id}/changes`, { as: 'city', body: { stockUnits: 10 } });
    assert.deepEqual([low.status, slug(low), low.body.unitsBooked], [409, 'stock-below-booked', 20]);
    const more = await call('POST', `/operator/ppe/rounds/${round.id}/changes`, { as: 'city', body: { stockUnits: 500 } });
    assert.deepEqual([more.body.stockUnits, more.body.unitsLeft], [500, 480]);
    const notCity = await call('POST', `/operator/ppe/rounds/${f.rounds[0]!.id}/changes`, { as: 'administrator', body: { stockUnits: 1 } });
    assert.equal(notCity.status, 403);

    const revoked = await call('POST', `/operator/vouchers/${demo.vouchers.active.voucherCode}/revocation`, { as: 'city', body: { reason: 'issued-by-mistake' } });
    assert.equal(revoked.body.state, 'revoked');
    assert.equal((await call('POST', '/vouchers/checks', { body: demo.vouchers.active })).body.state, 'revoked');
    const spend = await call('POST', '/operator/vouchers/redemptions', { as: 'shop', body: { ...demo.vouchers.active, amountCents: 100 }, key: newKey() });
    assert.deepEqual([spend.status, slug(spend)], [409, 'voucher-not-active']);
  }));
}
