// A rollup plugin for the self-contained bundles: squeezes the whitespace and comments out of
// Lit's css`…` templates (terser leaves template text alone). Quoted strings and `${…}`
// interpolations are kept as they are; only whitespace next to `{ } ; , :` and runs of
// whitespace are touched, which never changes what a stylesheet means.

/** Minifies one chunk of CSS text (no interpolations inside). */
export function minifyCss(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const stop = end === -1 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (/\s/.test(c)) {
      while (i + 1 < text.length && /\s/.test(text[i + 1])) i++;
      const prev = out.at(-1) ?? '';
      const next = text[i + 1] ?? '';
      if (!'{};,:'.includes(prev) && !'{};,'.includes(next) && prev !== '' && next !== '') out += ' ';
    } else if (c === '}' && out.at(-1) === ';') {
      out = `${out.slice(0, -1)}}`;
    } else {
      out += c;
    }
  }
  return out;
}

const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;

/** @returns {import('rollup').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'sportello-minify-css-literals',
    transform(code, id) {
      if (!/\.(ts|js|mjs)$/.test(id) || !code.includes('css`')) return null;
      const next = code.replace(CSS_TEMPLATE, (_, body) => {
        // Interpolations (`${…}`) stay verbatim; CSS between them is minified.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((p) => (p.startsWith('${') ? p : minifyCss(p))).join('')}\``;
      });
      return next === code ? null : { code: next, map: null };
    },
  };
}
