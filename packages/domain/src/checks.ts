/**
 * The domain checks that follow the contract's schema checks (which both the server and the mocks
 * run first, from the generated validators): the shared input checks of `@sportello/sdk/checks`
 * (check characters, phone numbers, CAPs), which also normalize the value to store. Failures
 * become the same field errors as the schema's.
 */
import { checkCode, checkEmail, checkPhone, checkTaxCode, checkTurinCap, type CheckResult, type CodePrefix } from '@sportello/sdk/checks';
import type { FieldError } from '@sportello/sdk';
import { validationError } from './problems';

/** Collects field errors while checking, then throws one `400 validation-error` for all of them. */
export class FieldChecks {
  readonly errors: FieldError[] = [];

  #take(pointer: string, result: CheckResult): string {
    if (result.ok) return result.value;
    this.errors.push({ pointer, code: result.code });
    return '';
  }

  taxCode(pointer: string, value: string): string {
    return this.#take(pointer, checkTaxCode(value));
  }
  code(pointer: string, prefix: CodePrefix, value: string): string {
    return this.#take(pointer, checkCode(prefix, value));
  }
  phone(pointer: string, value: string | undefined): string | undefined {
    return value === undefined ? undefined : this.#take(pointer, checkPhone(value));
  }
  email(pointer: string, value: string | undefined): string | undefined {
    return value === undefined ? undefined : this.#take(pointer, checkEmail(value)).toLowerCase();
  }
  cap(pointer: string, value: string): string {
    return this.#take(pointer, checkTurinCap(value));
  }
  /** A name or text, trimmed; empty after trimming is `required`. */
  text(pointer: string, value: string): string {
    const v = value.trim();
    if (v === '') this.errors.push({ pointer, code: 'required' });
    return v;
  }
  fail(pointer: string, code: FieldError['code']): void {
    this.errors.push({ pointer, code });
  }

  /** Throws the collected errors, if any. */
  done(): void {
    if (this.errors.length) throw validationError(this.errors);
  }
}
