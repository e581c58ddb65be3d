// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { deployTarget, readCname } from './scripts/lib/deploy-target.ts';
import { dataStoreFile } from './src/integrations/data-store-file.ts';
import { PAPERS_FILE } from './src/integrations/papers-file.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { prepareInWorkers } from './src/integrations/prepare.ts';
import { reusePages } from './src/integrations/reuse-pages.ts';
import { withPagesInSitemapOrder } from './src/integrations/sitemap-order.ts';

// Where the site is served: SITE_URL / BASE_PATH, else public/CNAME, else GITHUB_REPOSITORY
// (https://OWNER.github.io/REPO/ on GitHub Actions), else the local preview server.
const { site, base } = deployTarget(process.env, readCname(new URL('./public/CNAME', import.meta.url)));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Every page links one stylesheet and the same scripts instead of inlining them: inlined, they would be
  // repeated in every one of thousands of pages and cached nowhere. Eight pages render while others are written.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    // Scripts named by their hash alone: every page names the site's script, and Astro's default name
    // (`BaseLayout.astro_astro_type_script_index_0_lang.<hash>.js`) would be half of that tag.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js' },
          },
        },
      },
    },
  },
  // The last build's pages are put in place while Astro starts, for it to keep those unchanged (first: its
  // old copies are removed before the others write their files at the end). The personal pages (starred, for
  // you) stay out of the sitemap; the sitemap is handed the pages already in its order, which spares it a
  // slow sort. The content store is read from Astro's cache file instead of bundled. Each paper's texts and
  // neighbours are prepared while Astro starts, then the search index is made from them while pages render.
  integrations: [
    reusePages(),
    dataStoreFile(),
    withPagesInSitemapOrder(
      sitemap({ filter: (page) => !/\/(?:starred|for-you)\/$/.test(new URL(page).pathname) }),
    ),
    prepareInWorkers(PAPERS_FILE),
    pagefind(PAPERS_FILE),
  ],
  // A page whose getStaticPaths() gives a cacheKey is copied from the previous build while its key and code
  // are unchanged (paper pages, digest pages and files, the filter's card files), so adding a day's dump
  // re-renders the lists it changed and little else.
  experimental: { incrementalBuild: true },
  // Astro's log with one line for the paths it generates instead of one line each (`build-log.ts`).
  logger: { entrypoint: new URL('./src/integrations/build-log.ts', import.meta.url) },
  // Separate caches let tests build fixture sites beside the real one.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
