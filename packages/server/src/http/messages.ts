import type { Lang } from '../types';

/** The language to answer in, from `Accept-Language`: English when preferred over Italian, else Italian. */
export function negotiateLang(header: string | null | undefined): Lang {
  if (!header) return 'it';
  let best: Lang = 'it';
  let bestQ = -1;
  for (const part of header.slice(0, 200).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'it' && primary !== 'en') continue;
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (Number.isFinite(q) && q > bestQ) {
      best = primary;
      bestQ = q;
    }
  }
  return best;
}
