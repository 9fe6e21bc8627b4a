#!/usr/bin/env node
// Writes the README's "Embed on your site" reference (attributes, events, parts, custom properties
// of every widget) from the custom-elements manifest, which is read from the widgets' JSDoc.
// `--check` exits 1 when the README is not what the manifest says (npm test runs it after the build).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const readmePath = resolve(root, 'README.md');
const manifest = JSON.parse(readFileSync(resolve(root, 'packages/widgets/dist/custom-elements.json'), 'utf8'));
const START = '<!-- embed-docs:start -->';
const END = '<!-- embed-docs:end -->';

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '_none_';

const order = ['sportello-ppe-booking', 'sportello-voucher-checker', 'sportello-event-calendar', 'sportello-help-request'];
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName?.startsWith('sportello-'))
  .sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));

const sections = elements.map((d) => {
  const attrs = (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.description ?? '', a.default ? `\`${a.default}\`` : '']);
  const events = (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? '']);
  const parts = (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
  const props = (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '', p.default ? `\`${p.default}\`` : '']);
  return [
    `### \`<${d.tagName}>\``,
    '',
    cell(d.summary ?? d.description?.split('\n\n')[0] ?? ''),
    '',
    '```html',
    `<${d.tagName} api-base="https://api.example.it/v1" partner-key="pk_…" lang="it"></${d.tagName}>`,
    '```',
    '',
    '**Attributes**',
    '',
    table(['attribute', 'meaning', 'default'], attrs),
    '',
    '**Events** (bubbling and composed; no personal data in any `detail`)',
    '',
    table(['event', 'meaning'], events),
    '',
    `<details><summary>Styling: ${parts.length} parts, ${props.length} custom properties</summary>`,
    '',
    table(['::part', 'what it is'], parts),
    '',
    table(['custom property', 'meaning', 'default'], props),
    '',
    '</details>',
  ].join('\n');
});

const generated = [
  START,
  '<!-- Generated from packages/widgets/dist/custom-elements.json by `npm run docs`; edit the JSDoc, not this. -->',
  '',
  sections.join('\n\n'),
  END,
].join('\n');

const readme = readFileSync(readmePath, 'utf8');
const before = readme.slice(0, readme.indexOf(START));
const after = readme.slice(readme.indexOf(END) + END.length);
const next = before + generated + after;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md embed docs are stale: run `npm run build && npm run docs` and commit README.md');
    process.exit(1);
  }
  console.log(`README.md embed docs match the manifest (${elements.length} widgets)`);
} else {
  writeFileSync(readmePath, next);
  console.log(`README.md embed docs written for ${elements.map((d) => d.tagName).join(', ')}`);
}
