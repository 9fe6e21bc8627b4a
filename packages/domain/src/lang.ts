import type { Lang } from '@sportello/sdk';

/** The language of a request, from `Accept-Language` (q-values honoured); Italian by default. */
export function pickLang(header: string | null | undefined): Lang {
  if (!header) return 'it';
  // A header longer than any real one is read no further.
  const ranked = header
    .slice(0, 200)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: Number.isNaN(q) ? 0 : q, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked.find((r) => r.lang === 'it' || r.lang === 'en')?.lang as Lang | undefined) ?? 'it';
}
