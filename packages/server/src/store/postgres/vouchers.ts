import type { Shop, Voucher } from '../../types';
import { toRomeIso, voucherStateAt } from '@sportello/domain';
import type { Sql, Tx } from './database';

interface VoucherRow {
  code: string;
  holder_tax_code: string;
  face_value_cents: number;
  balance_cents: number;
  expires_on: string;
  revoked: boolean;
  district: number;
}

interface ShopRow {
  id: string;
  name: string;
  street: string;
  civic_number: string;
  cap: string;
  district: number;
  kind: Shop['kind'] | null;
}

const toShop = (s: ShopRow): Shop => ({
  id: s.id,
  name: s.name,
  street: s.street,
  civicNumber: s.civic_number,
  cap: s.cap,
  district: s.district,
  ...(s.kind ? { kind: s.kind } : {}),
});

/**
 * A voucher with its latest redemptions (voided ones left out: the holder never sees a charge that
 * was taken back), when its holder has `taxCode` (any holder when `undefined`: city operators).
 * Read with `db` — the pool, or a transaction that has just written it.
 */
export async function readVoucher(db: Sql | Tx, code: string, taxCode: string | undefined, nowMs: number): Promise<Voucher | undefined> {
  const holder = taxCode ?? null;
  const [[v], redemptions] = await Promise.all([
    db<VoucherRow[]>`SELECT * FROM vouchers WHERE code = ${code} AND (${holder}::text IS NULL OR holder_tax_code = ${holder}::text)`,
    // Read with the voucher (one round trip); only returned when the voucher matched.
    db<{ redeemed_at: number; shop_name: string; amount_cents: number }[]>`
      SELECT r.redeemed_at, r.shop_name, r.amount_cents FROM redemptions r JOIN vouchers v ON v.code = r.voucher_code
      WHERE r.voucher_code = ${code} AND (${holder}::text IS NULL OR v.holder_tax_code = ${holder}::text) AND NOT r.voided
      ORDER BY r.redeemed_at DESC, r.id DESC LIMIT 20`,
  ]);
  if (!v) return undefined;
  return {
    voucherCode: v.code,
    state: voucherStateAt({ revoked: v.revoked, balanceCents: v.balance_cents, expiresOn: v.expires_on }, nowMs),
    faceValueCents: v.face_value_cents,
    balanceCents: v.balance_cents,
    expiresOn: v.expires_on,
    district: v.district,
    redemptions: redemptions.map((r) => ({ redeemedAt: toRomeIso(r.redeemed_at), shopName: r.shop_name, amountCents: r.amount_cents })),
  };
}

/** Grocery vouchers and participating shops on PostgreSQL. */
export function postgresVouchers(sql: Sql) {
  return {
    findVoucher(code: string, taxCode: string, nowMs: number): Promise<Voucher | undefined> {
      return readVoucher(sql, code, taxCode, nowMs);
    },
    async listShops(query: { district?: number; cap?: string; page: number; pageSize: number }): Promise<{ items: Shop[]; total: number }> {
      const where = sql`(${query.district ?? null}::int IS NULL OR district = ${query.district ?? null}::int) AND (${query.cap ?? null}::text IS NULL OR cap = ${query.cap ?? null}::text)`;
      const [rows, [count]] = await Promise.all([
        sql<ShopRow[]>`SELECT * FROM shops WHERE ${where} ORDER BY name COLLATE "C", id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        sql<{ n: number }[]>`SELECT count(*)::int AS n FROM shops WHERE ${where}`,
      ]);
      return { items: rows.map(toShop), total: count!.n };
    },
  };
}
