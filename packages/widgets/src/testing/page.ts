/**
 * Reading and driving a widget's shadow root the way a person would: by id, by visible text,
 * typing into fields and clicking buttons.
 */

/** Collapses white space, as a person reads it. */
export const clean = (s: string | null | undefined): string => (s ?? "").replace(/[ \t\n\r\f]+/g, " ").trim();

/** Helpers over one element's shadow root. */
export function page(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  const root = el.shadowRoot!;
  const byId = <T extends HTMLElement = HTMLElement>(id: string) => root.getElementById(id) as T | null;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const $$ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
  return {
    root,
    byId,
    $,
    $$,
    /** The visible text of the first match, white space collapsed ('' when absent). */
    text: (selector: string) => clean($(selector)?.textContent),
    /** The text of every match. */
    texts: (selector: string) => $$(selector).map((e) => clean(e.textContent)),
    /** Sets a field's value as typing would (an `input` event). */
    async type(id: string, value: string) {
      const input = byId<HTMLInputElement | HTMLTextAreaElement>(id)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    },
    /** Clicks the first match. */
    async click(selector: string) {
      $<HTMLElement>(selector)!.click();
      await el.updateComplete;
    },
    /** The id of the focused control inside the shadow root, or undefined. */
    focused: () => (root.activeElement as HTMLElement | null)?.id || undefined,
  };
}

/** Polls until `check` holds. */
export async function until(check: () => boolean, message = 'condition', timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
