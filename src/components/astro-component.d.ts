/** `CardRun.astro` as `card-html.ts` imports it: `tsc` reads no `.astro` file, `astro check` does. */
declare module '*/CardRun.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const CardRun: AstroComponentFactory;
  export default CardRun;
}
