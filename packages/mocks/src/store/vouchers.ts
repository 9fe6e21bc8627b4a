/** Grocery vouchers: the holder's check and the participating shops. */
import { checkCode, checkTaxCode, checkTurinCap } from '@sportello/sdk/checks';
import { publicVoucher, toRomeDate, type ShopList, type Voucher } from '../fixtures';
import { Fields, isObject, paginate, queryInteger } from './fields';
import { invalid, problem } from './problems';
import { fail, ok, type Outcome, type StoreState } from './state';

/** The voucher operations over the store's state. */
export function vouchers(state: StoreState) {
  return {
    /**
     * A voucher, to its holder. An unknown code and another holder's code answer the same
     * `404 voucher-not-found`. An active voucher past its date reads as expired.
     */
    checkVoucher(body: unknown): Outcome<Voucher, 400 | 404> {
      const f = new Fields();
      if (!isObject(body)) return fail(invalid([{ pointer: '', code: 'format' }]));
      f.only(body, '', ['voucherCode', 'taxCode']);
      const code = f.check(body, 'voucherCode', '', (s) => checkCode('BS', s));
      const taxCode = f.check(body, 'taxCode', '', checkTaxCode);
      if (!f.ok) return fail(invalid(f.errors));
      const voucher = state.vouchers.find((v) => v.voucherCode === code && v.holderTaxCode === taxCode);
      if (!voucher) return fail(problem(404, 'voucher-not-found'));
      const expired = voucher.state === 'active' && voucher.expiresOn < toRomeDate(state.clock());
      return ok({ ...publicVoucher(voucher), ...(expired ? { state: 'expired' as const } : {}) });
    },

    /** Shops by district and/or CAP, by name, a page at a time. */
    listShops(query: URLSearchParams): Outcome<ShopList, 400> {
      const f = new Fields();
      const district = queryInteger(query, 'district', 1, 8, f);
      const capRaw = query.get('cap');
      const cap = capRaw ? f.check({ cap: capRaw }, 'cap', '/query', checkTurinCap) : undefined;
      const shops = state.shops.filter((s) => (district === undefined || s.district === district) && (cap === undefined || s.cap === cap));
      const page = paginate(shops, query, f);
      return f.ok ? ok(page) : fail(invalid(f.errors));
    },
  };
}
