/**
 * Copies text to the clipboard: the async Clipboard API where the page allows it, else the old
 * `execCommand('copy')` on a selected, visually hidden textarea (older browsers, embedding pages
 * whose permissions policy blocks `clipboard-write`). Focus returns to `returnFocus`.
 */
export async function copyText(text: string, root: ShadowRoot | Document, returnFocus?: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, document not focused): fall back below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'visually-hidden';
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  (root instanceof Document ? root.body : root).appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  returnFocus?.focus();
  return ok;
}
