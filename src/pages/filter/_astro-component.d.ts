/** `PaperCard.astro` as `_card-html.ts` imports it: `tsc` reads no `.astro` file, `astro check` does. */
declare module '*/PaperCard.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const PaperCard: AstroComponentFactory;
  export default PaperCard;
}
