/**
 * A small field checker for request bodies: collects the contract's field errors (JSON pointer +
 * code) with the shared input checks of `@sportello/sdk/checks`, and the normalized values.
 * Pointers follow `@sportello/contract`: `/applicant/taxCode` into the body, `/query/from` and
 * `/header/Idempotency-Key` for parameters.
 */
import type { CheckResult } from '@sportello/sdk/checks';
import type { FieldError, FieldErrorCode } from '../fixtures/types';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects field errors; the first reason for a pointer wins. */
export class Fields {
  readonly errors: FieldError[] = [];

  add(pointer: string, code: FieldErrorCode): undefined {
    if (!this.errors.some((e) => e.pointer === pointer)) this.errors.push({ pointer, code });
    return undefined;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** Reports properties a closed schema does not list as `not-allowed`. */
  only(obj: Json, base: string, allowed: readonly string[]): void {
    for (const key of Object.keys(obj)) if (!allowed.includes(key)) this.add(`${base}/${key}`, 'not-allowed');
  }

  /** An object at `obj[key]`; `required` when absent, `format` when not an object. */
  object(obj: Json, key: string, base: string, required = true): Json | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return required ? this.add(`${base}/${key}`, 'required') : undefined;
    if (!isObject(v)) return this.add(`${base}/${key}`, 'format');
    return v;
  }

  /** A string, trimmed, within length limits; an empty string counts as missing. */
  text(obj: Json, key: string, base: string, opts: { required?: boolean; min?: number; max?: number } = {}): string | undefined {
    const v = obj[key];
    const pointer = `${base}/${key}`;
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      return opts.required === false ? undefined : this.add(pointer, 'required');
    }
    if (typeof v !== 'string') return this.add(pointer, 'format');
    const s = v.trim();
    if (opts.min !== undefined && s.length < opts.min) return this.add(pointer, 'too-short');
    if (opts.max !== undefined && s.length > opts.max) return this.add(pointer, 'too-long');
    return s;
  }

  /** A string run through one of the shared checks, which also normalizes it. */
  check(obj: Json, key: string, base: string, fn: (input: string) => CheckResult, required = true): string | undefined {
    const v = obj[key];
    const pointer = `${base}/${key}`;
    if (v === undefined || v === null || v === '') return required ? this.add(pointer, 'required') : undefined;
    if (typeof v !== 'string') return this.add(pointer, 'format');
    const r = fn(v);
    return r.ok ? r.value : this.add(pointer, r.code);
  }

  /** An integer within a range. */
  integer(obj: Json, key: string, base: string, min: number, max: number, required = true): number | undefined {
    const v = obj[key];
    const pointer = `${base}/${key}`;
    if (v === undefined || v === null) return required ? this.add(pointer, 'required') : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.add(pointer, 'format');
    if (v < min || v > max) return this.add(pointer, 'out-of-range');
    return v;
  }

  /** One of a list of values. */
  oneOf<T extends string>(obj: Json, key: string, base: string, values: readonly T[], required = true): T | undefined {
    const v = obj[key];
    const pointer = `${base}/${key}`;
    if (v === undefined || v === null || v === '') return required ? this.add(pointer, 'required') : undefined;
    return values.includes(v as T) ? (v as T) : this.add(pointer, 'not-allowed');
  }

  /** A boolean, if present. */
  flag(obj: Json, key: string, base: string): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'boolean' ? v : this.add(`${base}/${key}`, 'format');
  }

  /** A consent that must be exactly `true`. */
  consent(obj: Json, key: string, base: string): true | undefined {
    return obj[key] === true ? true : this.add(`${base}/${key}`, 'consent-required');
  }
}

/** Field errors of the `Idempotency-Key` header. */
export function checkIdempotencyKey(key: string | null | undefined, fields: Fields): string | undefined {
  if (!key) return fields.add('/header/Idempotency-Key', 'required');
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(key)) return fields.add('/header/Idempotency-Key', key.length < 8 ? 'too-short' : key.length > 64 ? 'too-long' : 'format');
  return key;
}

/** A query parameter read as an integer within a range (`/query/<name>`). */
export function queryInteger(query: URLSearchParams, name: string, min: number, max: number, fields: Fields): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^-?\d+$/.test(raw.trim())) return fields.add(`/query/${name}`, 'format');
  const n = Number(raw);
  return n < min || n > max ? fields.add(`/query/${name}`, 'out-of-range') : n;
}

/** `page` and `pageSize` (defaults 1 and 100) and the page of `items` they select. */
export function paginate<T>(items: readonly T[], query: URLSearchParams, fields: Fields) {
  const page = queryInteger(query, 'page', 1, 10_000, fields) ?? 1;
  const pageSize = queryInteger(query, 'pageSize', 1, 1000, fields) ?? 100;
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page: { page, pageSize, total: items.length },
  };
}
