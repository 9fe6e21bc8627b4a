import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, inheritedLangAttribute, toLang, type Lang, type LazyCatalog } from './i18n';

type Host = ReactiveControllerHost & HTMLElement & { lang: string | undefined };

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page: `lang` changes anywhere in the document (a partner's language
 * switch sets it on `<html>`; Storybook on the story root) re-resolve every connected widget.
 * With `attributeFilter` the browser only reports `lang` changes, so it stays cheap.
 */
function watch(controller: LangController): void {
  hosts.add(controller);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(controller: LangController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Resolves the language a widget speaks: its own `lang` if it names a supported language, else
 * the nearest ancestor's (crossing shadow roots), else Italian. Updates the host when any `lang`
 * in the document changes, and loads the host's catalogues in that language (each language is its
 * own module): `ready` is false until they have arrived, and the host renders a loading state.
 */
export class LangController implements ReactiveController {
  #host: Host;
  #value: Lang = DEFAULT_LANG;
  #catalogs: () => readonly LazyCatalog<unknown>[];
  #loading: Promise<void> = Promise.resolve();
  #failed = false;

  constructor(host: Host, catalogs: () => readonly LazyCatalog<unknown>[] = () => []) {
    this.#host = host;
    this.#catalogs = catalogs;
    host.addController(this);
  }

  /** The resolved language. */
  get value(): Lang {
    return this.#value;
  }

  /** Every catalogue has arrived in the resolved language. */
  get ready(): boolean {
    return this.#catalogs().every((c) => c.get(this.#value) !== undefined);
  }

  /** The language could not be loaded (offline): the host says so; reconnecting or a refresh retries. */
  get failed(): boolean {
    return this.#failed && !this.ready;
  }

  /** Settles when the language being loaded has arrived or failed. */
  get loading(): Promise<void> {
    return this.#loading;
  }

  hostConnected(): void {
    watch(this);
    this.refresh(true);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the attributes; requests an update if the language changed, loading it if needed. */
  refresh(retry = false): void {
    const host = this.#host;
    const parent = host.parentNode;
    // The host's own `lang` is read from the property: during an update it is ahead of the attribute.
    const next = toLang(host.lang) ?? toLang(parent ? inheritedLangAttribute(parent) : null) ?? DEFAULT_LANG;
    const changed = next !== this.#value;
    this.#value = next;
    if ((changed || retry) && !this.ready) this.#load(next);
    if (changed) host.requestUpdate();
  }

  #load(lang: Lang): void {
    this.#failed = false;
    this.#loading = Promise.all(this.#catalogs().map((c) => c.load(lang))).then(
      () => undefined,
      () => {
        if (this.#value !== lang) return;
        this.#failed = true;
        // Offline: try again when the connection is back.
        globalThis.addEventListener?.('online', () => this.refresh(true), { once: true });
      },
    ).then(() => {
      if (this.#value === lang) this.#host.requestUpdate();
    });
  }
}
