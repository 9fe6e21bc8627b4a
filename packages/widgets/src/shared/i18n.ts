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
