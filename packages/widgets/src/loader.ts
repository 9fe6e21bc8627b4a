/**
 * The embed loader (`dist/sportello.js`): registers each widget the first time its tag is on the
 * page, and only then downloads it — the widget's module (`embed/<tag>.js`, with the chunks it
 * imports) and its text in the language it will speak (`embed/i18n/<tag>.<lang>.js`,
 * `embed/i18n/shared.<lang>.js`), in parallel. The other language arrives only if `lang` changes
 * (the widget's `LangController` asks for it). Paths are relative to the loader's own URL, so a
 * partner can copy the `dist/` folder anywhere.
 *
 * Tags added later are found by one `MutationObserver` on the document; it stops once every tag is
 * registered. Tags inside a shadow root are not watched (an observer cannot see into one): such a
 * page imports `embed/<tag>.js` itself, or puts one instance in the document. Loading the loader a
 * second time (even from another URL) does nothing.
 */
import { DEFAULT_LANG, toLang } from './shared/i18n';

const STARTED = Symbol.for('sportello.loader');

/** Starts the loader for `tags`, resolving modules against `base` (the loader's `import.meta.url`). */
export function startLoader(tags: readonly string[], base: string): void {
  const page = globalThis as { [STARTED]?: boolean };
  if (page[STARTED]) return;
  page[STARTED] = true;

  const waiting = new Set(tags.filter((tag) => !customElements.get(tag)));
  const load = (element: Element): void => {
    const tag = element.localName;
    waiting.delete(tag);
    const lang = toLang(element.closest('[lang]')?.getAttribute('lang')) ?? DEFAULT_LANG;
    // The widget imports the same two text modules itself; asking now saves a round trip.
    for (const path of [tag, `i18n/${tag}.${lang}`, `i18n/shared.${lang}`]) {
      import(new URL(`embed/${path}.js`, base).href).catch((error: unknown) => console.error(error));
    }
  };
  const scan = (): void => {
    if (waiting.size) for (const element of document.querySelectorAll([...waiting].join())) if (waiting.has(element.localName)) load(element);
    if (!waiting.size) observer.disconnect();
  };
  const observer = new MutationObserver(scan);
  observer.observe(document, { childList: true, subtree: true });
  scan();
}
