import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyCssLiterals } from './minify-css-literals.mjs';

test('minifyCss drops comments and whitespace but keeps meaning', () => {
  const css = `
    :host([hidden]) {
      display: none;
    }
    /* why */
    .a :focus-visible,  .b > .c {
      outline: var(--_w) solid var(--_c);
      content: "  two  spaces  ";
    }
    @media (prefers-reduced-motion: reduce) {
      *, *::before { animation-duration: 0s !important; }
    }`;
  assert.equal(
    minifyCss(css),
    ':host([hidden]){display:none}.a :focus-visible,.b > .c{outline:var(--_w) solid var(--_c);content:"  two  spaces  "}' +
      '@media (prefers-reduced-motion:reduce){*,*::before{animation-duration:0s !important}}',
  );
});

test('the plugin rewrites css templates only, leaving interpolations verbatim', () => {
  const plugin = minifyCssLiterals();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
  const code = 'const a = css`\n  .x {\n    color: ${color};\n  }\n`; const b = html`<p>  kept  </p>`;';
  assert.equal(transform(code, 'x.ts')?.code, 'const a = css`.x{color:${color}}`; const b = html`<p>  kept  </p>`;');
  assert.equal(transform('const b = 1;', 'x.ts'), null);
});
