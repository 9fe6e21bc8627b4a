import { formatCode } from '@sportello/sdk/checks';
import type { Redemption, VoucherFixture } from './types';
import { addDays, isoDate, romeIso, romeParts } from '@sportello/domain/time';

/** A Rome date-time `days` from `now`'s calendar day. */
function at(now: Date, days: number, hour: number, minute: number): string {
  const p = romeParts(now);
  const d = addDays(p.year, p.month, p.day, days);
  return romeIso(d.year, d.month, d.day, hour, minute);
}

function dateFrom(now: Date, days: number): string {
  const p = romeParts(now);
  const d = addDays(p.year, p.month, p.day, days);
  return isoDate(d.year, d.month, d.day);
}

const redemption = (now: Date, days: number, time: [number, number], shopName: string, amountCents: number): Redemption => ({
  redeemedAt: at(now, days, ...time),
  shopName,
  amountCents,
});

/**
 * Grocery vouchers, one per state, each with its holder's codice fiscale (from DOMAIN.md):
 *
 * | holder           | code            | state                          | balance     |
 * |------------------|-----------------|--------------------------------|-------------|
 * | BNCGNN50A41L219J | BS-4D2N-8WQ5-N  | active                         | € 82,50     |
 * | RSSMRA85T10L219G | BS-7QHX-3KMA-E  | active, expires in 3 days      | € 35,00     |
 * | RSSMRA85T10L21VV | BS-9TRC-6WNE-4  | active, never used             | € 250,00    |
 * | VRDLGU40C15L219Q | BS-2FJD-5YPB-8  | exhausted                      | € 0         |
 * | DLLNNA38M52L219G | BS-6MZK-1GVS-X  | expired 10 days ago            | € 23,00     |
 * | RSSMRA85T10A562S | BS-3BWA-8NCH-Q  | revoked                        | € 200,00    |
 */
export function createVouchers(now: Date) {
  return [
    {
      voucherCode: formatCode('BS', '4D2N8WQ5'),
      holderTaxCode: 'BNCGNN50A41L219J',
      state: 'active',
      faceValueCents: 15_000,
      balanceCents: 8_250,
      expiresOn: dateFrom(now, 66),
      district: 3,
      redemptions: [
        redemption(now, -6, [17, 42], 'Alimentari Borgo San Paolo', 4_250),
        redemption(now, -19, [10, 5], 'Frutta e Verdura Pozzo Strada', 1_380),
        redemption(now, -27, [11, 30], 'Panificio Cenisia', 1_120),
      ],
    },
    {
      voucherCode: formatCode('BS', '7QHX3KMA'),
      holderTaxCode: 'RSSMRA85T10L219G',
      state: 'active',
      faceValueCents: 10_000,
      balanceCents: 3_500,
      expiresOn: dateFrom(now, 3),
      district: 8,
      redemptions: [
        redemption(now, -3, [9, 15], 'Supermercato Lingotto', 3_890),
        redemption(now, -24, [18, 2], 'Alimentari San Salvario', 2_610),
      ],
    },
    {
      voucherCode: formatCode('BS', '9TRC6WNE'),
      holderTaxCode: 'RSSMRA85T10L21VV',
      state: 'active',
      faceValueCents: 25_000,
      balanceCents: 25_000,
      expiresOn: dateFrom(now, 95),
      district: 6,
      redemptions: [],
    },
    {
      voucherCode: formatCode('BS', '2FJD5YPB'),
      holderTaxCode: 'VRDLGU40C15L219Q',
      state: 'exhausted',
      faceValueCents: 10_000,
      balanceCents: 0,
      expiresOn: dateFrom(now, 40),
      district: 4,
      redemptions: [
        redemption(now, -2, [16, 20], 'Ortofrutta Campidoglio', 1_450),
        redemption(now, -9, [10, 45], 'Supermercato San Donato', 5_320),
        redemption(now, -16, [17, 10], 'Supermercato San Donato', 3_230),
      ],
    },
    {
      voucherCode: formatCode('BS', '6MZK1GVS'),
      holderTaxCode: 'DLLNNA38M52L219G',
      state: 'expired',
      faceValueCents: 15_000,
      balanceCents: 2_300,
      expiresOn: dateFrom(now, -10),
      district: 7,
      redemptions: [
        redemption(now, -35, [11, 0], 'Supermercato Aurora', 7_900),
        redemption(now, -50, [9, 40], 'Ortofrutta Vanchiglia', 4_800),
      ],
    },
    {
      voucherCode: formatCode('BS', '3BWA8NCH'),
      holderTaxCode: 'RSSMRA85T10A562S',
      state: 'revoked',
      faceValueCents: 20_000,
      balanceCents: 20_000,
      expiresOn: dateFrom(now, 50),
      district: 1,
      redemptions: [],
    },
  ] satisfies VoucherFixture[];
}
