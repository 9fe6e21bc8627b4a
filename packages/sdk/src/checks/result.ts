import type { components } from '../generated/api';

/** Why a value is invalid, with the same codes the API uses in a problem's field errors. */
export type FieldErrorCode = components['schemas']['FieldErrorCode'];

/** The outcome of a check: the normalized value, or why it is invalid. */
export type CheckResult = { ok: true; value: string } | { ok: false; code: FieldErrorCode };

export const valid = (value: string): CheckResult => ({ ok: true, value });
export const invalid = (code: FieldErrorCode): CheckResult => ({ ok: false, code });
