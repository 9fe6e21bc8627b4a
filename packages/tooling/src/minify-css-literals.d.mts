import type { Plugin } from 'rollup';
/** Minifies one chunk of CSS text (no interpolations inside). */
export function minifyCss(text: string): string;
/** Squeezes Lit's css`…` templates in the self-contained bundles. */
export function minifyCssLiterals(): Plugin;
