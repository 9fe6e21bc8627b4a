import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, inheritedLangAttribute, toLang, type Lang } from './i18n';

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
 * the nearest ancestor's (crossing shadow roots), else Italian. Updates the host
 * when any `lang` in the document changes.
 */
export class LangController implements ReactiveController {
  #host: Host;
  #value: Lang = DEFAULT_LANG;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The resolved language. */
  get value(): Lang {
    return this.#value;
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the attributes; requests an update if the language changed. */
  refresh(): void {
    const host = this.#host;
    const parent = host.parentNode;
    // The host's own `lang` is read from the property: during an update it is ahead of the attribute.
    const next = toLang(host.lang) ?? toLang(parent ? inheritedLangAttribute(parent) : null) ?? DEFAULT_LANG;
    if (next !== this.#value) {
      this.#value = next;
      this.#host.requestUpdate();
    }
  }
}
