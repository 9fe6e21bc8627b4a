/**
 * Languages, translation catalogues and language resolution.
 *
 * Each widget keeps one object per language: `it` is the source, `en` is typed by it, so a
 * missing or extra key fails the type check:
 *
 * ```ts
 * const it = { title: 'Prenota', items: (n: number) => (n === 1 ? '1 mascherina' : `${n} mascherine`) };
 * type Messages = typeof it;
 * const en: Messages = { title: 'Book', items: (n) => (n === 1 ? '1 mask' : `${n} masks`) };
 * export const messages = { it, en } satisfies Catalog<Messages>;
 * ```
 */

/** The languages every widget speaks. */
export const LANGS = ['it', 'en'] as const;

/** A language every widget speaks: Italian (default) or English. */
export type Lang = (typeof LANGS)[number];

/** The default language, used when neither the element nor an ancestor names a supported one. */
export const DEFAULT_LANG: Lang = 'it';

/** One translation object per language; `en` has exactly the keys of `it`. */
export type Catalog<T> = { readonly [L in Lang]: T };

/** BCP 47 locale used with `Intl` for each language. */
export const INTL_LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

/**
 * Maps a BCP 47 tag (`en`, `en-US`, `IT`) to a supported language, or `undefined` if it names
 * none (an empty `lang=""` means "unknown" in HTML).
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

/**
 * The `lang` attribute nearest to `node`: the node itself, then its ancestors, crossing shadow
 * roots to their hosts, like the language of a node in HTML.
 */
export function inheritedLangAttribute(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/** Picks `n`'s plural category with `Intl.PluralRules` for `lang`. */
export function plural(lang: Lang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const rule = new Intl.PluralRules(INTL_LOCALE[lang]).select(n);
  return (forms[rule] ?? forms.other).replaceAll('{n}', new Intl.NumberFormat(INTL_LOCALE[lang]).format(n));
}

/** A module that holds one language of a catalogue as its default export. */
export type LanguageModule<T> = { readonly default: T };

/**
 * A catalogue whose languages are separate modules, imported the first time a widget needs one:
 * a page in Italian never downloads the English text. Each language loads once per page.
 */
export interface LazyCatalog<T> {
  /** The language, if it has arrived. */
  get(lang: Lang): T | undefined;
  /** Imports the language (once; again after a failure) and resolves with it. */
  load(lang: Lang): Promise<T>;
}

/**
 * Declares a lazily loaded catalogue, one `import()` per language:
 *
 * ```ts
 * export const messages = lazyCatalog<Messages>({ it: () => import('./x.messages.it'), en: () => import('./x.messages.en') });
 * ```
 */
export function lazyCatalog<T>(loaders: { readonly [L in Lang]: () => Promise<LanguageModule<T>> }): LazyCatalog<T> {
  const loaded: Partial<Record<Lang, T>> = {};
  const pending: Partial<Record<Lang, Promise<T>>> = {};
  return {
    get: (lang) => loaded[lang],
    load: (lang) =>
      (pending[lang] ??= loaders[lang]().then(
        (m) => (loaded[lang] = m.default),
        (error: unknown) => {
          delete pending[lang];
          throw error;
        },
      )),
  };
}
