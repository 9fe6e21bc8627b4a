import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldErrorCode } from '@sportello/sdk';
import { describeError, type FieldError } from './errors';
import { focusControl } from './focus';

/** What the controller needs of its host: a Lit element, or a controller standing in for one. */
export type FieldErrorsHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Maps a request body's JSON pointers (`/applicant/taxCode`) to the ids of the form's controls. */
export type PointerMap = Readonly<Record<string, string>>;

/**
 * A form's field errors, keyed by control id: from the widget's own checks (`set`) or from an
 * API `validation-error` (`fromError`), whose JSON pointers are mapped onto controls. After
 * `focusFirst()` the first invalid control in document order has focus.
 *
 * ```ts
 * #errors = new FieldErrorsController(this, { '/applicant/taxCode': 'tax-code' });
 * ```
 */
export class FieldErrorsController implements ReactiveController {
  #host: FieldErrorsHost;
  #pointers: PointerMap;
  #errors = new Map<string, FieldErrorCode>();

  constructor(host: FieldErrorsHost, pointers: PointerMap = {}) {
    this.#host = host;
    this.#pointers = pointers;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The error code of a control, if it has one. */
  get(id: string): FieldErrorCode | undefined {
    return this.#errors.get(id);
  }

  /** Control ids with an error, in the order they were set. */
  get ids(): string[] {
    return [...this.#errors.keys()];
  }

  /** How many controls have an error. */
  get size(): number {
    return this.#errors.size;
  }

  /** Sets (or with `undefined` clears) one control's error. */
  set(id: string, code: FieldErrorCode | undefined): void {
    if (code === undefined) this.#errors.delete(id);
    else this.#errors.set(id, code);
    this.#host.requestUpdate();
  }

  /** Clears every error. */
  clear(): void {
    if (this.#errors.size === 0) return;
    this.#errors.clear();
    this.#host.requestUpdate();
  }

  /**
   * Replaces the errors with the API's field errors. Returns the pointers that match no control
   * (the widget should show a general message for those).
   */
  fromFieldErrors(fieldErrors: readonly FieldError[]): string[] {
    this.#errors.clear();
    const unmatched: string[] = [];
    for (const { pointer, code } of fieldErrors) {
      const id = this.#pointers[pointer];
      if (id === undefined) unmatched.push(pointer);
      else if (!this.#errors.has(id)) this.#errors.set(id, code);
    }
    this.#host.requestUpdate();
    return unmatched;
  }

  /**
   * Takes the field errors of a `SportelloApiError` (`validation-error`). Returns true when at
   * least one control got an error; false for any other failure (errors left untouched).
   */
  fromError(error: unknown): boolean {
    const info = describeError(error);
    if (info.kind !== 'validation' || info.fieldErrors.length === 0) return false;
    this.fromFieldErrors(info.fieldErrors);
    return this.#errors.size > 0;
  }

  /**
   * After the next render, focuses the first invalid control in document order. Resolves to the
   * id focused, or undefined.
   */
  async focusFirst(): Promise<string | undefined> {
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    const found = this.ids
      .map((id) => root.querySelector(`#${CSS.escape(id)}`))
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = found[0];
    if (!first) return undefined;
    focusControl(first);
    return first.id;
  }
}
