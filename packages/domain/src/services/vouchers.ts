/** Grocery vouchers and participating shops. */
import { ProblemError } from '../problems';
import { FieldChecks } from '../checks';
import { json, type Service } from './context';

/** Page and page size from the query (the contract has checked their ranges). */
export function pageOf(query: URLSearchParams): { page: number; pageSize: number } {
  return { page: Number(query.get('page') || 1), pageSize: Number(query.get('pageSize') || 100) };
}

// An unknown code and a code held by someone else answer alike, so a code alone reveals nothing.
const checkVoucher: Service<'check_voucher'> = async ({ store, now, body: req }) => {
  const checks = new FieldChecks();
  const code = checks.code('/voucherCode', 'BS', req.voucherCode);
  const taxCode = checks.taxCode('/taxCode', req.taxCode);
  checks.done();
  const voucher = await store.findVoucher(code, taxCode, now);
  if (!voucher) throw new ProblemError('voucher-not-found', 404);
  return json(200, voucher);
};

const listShops: Service<'list_voucher_shops'> = async ({ store, query }) => {
  const district = query.get('district');
  const cap = query.get('cap');
  const { page, pageSize } = pageOf(query);
  const { items, total } = await store.listShops({
    ...(district ? { district: Number(district) } : {}),
    ...(cap ? { cap } : {}),
    page,
    pageSize,
  });
  return json(200, { items, page: { page, pageSize, total } });
};

export const voucherServices = {
  check_voucher: checkVoucher,
  list_voucher_shops: listShops,
};
