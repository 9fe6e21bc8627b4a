/** The widgets' custom elements manifest, served by the plugin in `main.ts`. */
declare module 'virtual:custom-elements-manifest' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
