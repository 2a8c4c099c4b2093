// Astro components imported from TypeScript modules (mdx-components.ts): `astro check` knows `.astro`
// files natively, plain `tsc` needs to be told what they export.
declare module "*.astro" {
  import type { AstroComponentFactory } from "astro/runtime/server/index.js";
  const component: AstroComponentFactory;
  export default component;
}
