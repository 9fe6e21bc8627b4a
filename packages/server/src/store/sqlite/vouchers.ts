import type { SqliteDatabase } from './database';
import type { Shop, Voucher } from '../../types';
import { toRomeIso, voucherStateAt } from '@sportello/domain';

interface VoucherRow {
  code: string;
  holder_tax_code: string;
  face_value_cents: number;
  balance_cents: number;
  expires_on: string;
  revoked: number;
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

const stateOf = (v: VoucherRow, nowMs: number): Voucher['state'] =>
  voucherStateAt({ revoked: v.revoked === 1, balanceCents: v.balance_cents, expiresOn: v.expires_on }, nowMs);

const toShop = (s: ShopRow): Shop => ({
  id: s.id,
  name: s.name,
  street: s.street,
  civicNumber: s.civic_number,
  cap: s.cap,
  district: s.district,
  ...(s.kind ? { kind: s.kind } : {}),
});

/** Grocery vouchers and participating shops on SQLite. */
export function sqliteVouchers(db: SqliteDatabase) {
  const q = {
    voucher: db.prepare<[string, string], VoucherRow>('SELECT * FROM vouchers WHERE code = ? AND holder_tax_code = ?'),
    holder: db.prepare<[string], { holder_tax_code: string }>('SELECT holder_tax_code FROM vouchers WHERE code = ?'),
    redemptions: db.prepare<[string], { redeemed_at: number; shop_name: string; amount_cents: number }>(
      'SELECT redeemed_at, shop_name, amount_cents FROM redemptions WHERE voucher_code = ? AND voided = 0 ORDER BY redeemed_at DESC, id DESC LIMIT 20',
    ),
    shops: db.prepare<{ district: number | null; cap: string | null; limit: number; offset: number }, ShopRow>(
      `SELECT * FROM shops WHERE (@district IS NULL OR district = @district) AND (@cap IS NULL OR cap = @cap)
       ORDER BY name, id LIMIT @limit OFFSET @offset`,
    ),
    countShops: db.prepare<{ district: number | null; cap: string | null }, { n: number }>(
      'SELECT count(*) AS n FROM shops WHERE (@district IS NULL OR district = @district) AND (@cap IS NULL OR cap = @cap)',
    ),
  };

  return {
    findVoucher(code: string, taxCode: string, nowMs: number): Voucher | undefined {
      const v = q.voucher.get(code, taxCode);
      if (!v) return undefined;
      return {
        voucherCode: v.code,
        state: stateOf(v, nowMs),
        faceValueCents: v.face_value_cents,
        balanceCents: v.balance_cents,
        expiresOn: v.expires_on,
        district: v.district,
        redemptions: q.redemptions.all(v.code).map((r) => ({
          redeemedAt: toRomeIso(r.redeemed_at),
          shopName: r.shop_name,
          amountCents: r.amount_cents,
        })),
      };
    },
    /** A voucher by its code alone (for city operators). */
    voucherByCode(code: string, nowMs: number): Voucher | undefined {
      const h = q.holder.get(code);
      return h ? this.findVoucher(code, h.holder_tax_code, nowMs) : undefined;
    },
    listShops(query: { district?: number; cap?: string; page: number; pageSize: number }): { items: Shop[]; total: number } {
      const filter = { district: query.district ?? null, cap: query.cap ?? null };
      const items = q.shops.all({ ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }).map(toShop);
      return { items, total: q.countShops.get(filter)!.n };
    },
  };
}
