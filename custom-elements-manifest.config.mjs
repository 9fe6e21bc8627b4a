/**
 * Custom elements manifest of `@sportello/widgets`, read by Storybook (controls, docs) and IDEs.
 * Run from `packages/widgets` (module paths then match the published package):
 * `cd packages/widgets && cem analyze --config ../../custom-elements-manifest.config.mjs`
 * (`npm run build` and Storybook do it for you). Written to `packages/widgets/dist/`.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**', 'src/shared/demo/**', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'sportello-tidy',
      // Private `--_*` tokens and `#private`/`_` members are implementation details.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            // `dispatchEvent(new SomeEvent())` yields a nameless event; the `@fires` tag names it.
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
            if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('_') && !m.name.startsWith('#'));
          }
        }
      },
    },
  ],
};
