/**
 * Input checks shared by the widgets (before any request) and the server (on every request):
 * codice fiscale, Turin CAP, Italian phone numbers, e-mail and the check characters of Sportello's
 * codes. Each returns the normalized value or a field error code from the contract.
 */
export type { CheckResult, FieldErrorCode } from './result';
export { checkTaxCode, isValidTaxCode, taxCodeCheckLetter } from './tax-code';
export { checkTurinCap } from './cap';
export { checkPhone } from './phone';
export { checkEmail } from './email';
export { CODE_ALPHABET, checkCode, codeCheckCharacter, formatCode, generateCode, type CodePrefix } from './codes';
