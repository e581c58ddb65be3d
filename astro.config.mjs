// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { deployTarget, readCname } from './scripts/lib/deploy-target.ts';
import { PAPERS_FILE } from './src/integrations/papers-file.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { withPagesInSitemapOrder } from './src/integrations/sitemap-order.ts';

// Where the site is served: SITE_URL / BASE_PATH, else public/CNAME, else GITHUB_REPOSITORY
// (https://OWNER.github.io/REPO/ on GitHub Actions), else the local preview server.
const { site, base } = deployTarget(process.env, readCname(new URL('./public/CNAME', import.meta.url)));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Every page links the same CSS file and the same scripts instead of inlining small ones: a few hundred
  // bytes inlined in each of 10,000+ pages cost megabytes of dist/ and are cached nowhere. One stylesheet
  // (7.7 KB gzipped, KaTeX's included) is one render-blocking request, cached across pages.
  // Eight pages in flight: pages render while others are written (their folders made, their files written on
  // libuv's threads). At 10,000 papers on 2 cores, the build takes 0.6 s less with 4 than with 2 (6 of 8
  // paired builds faster) and 0.6 s less again with 8 (4 of 4); 16 is no faster than 8, and 1 is 10% slower.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // sitemap-index.xml + sitemap-0.xml; the personal reading-list page is not for search engines. The pages
  // are handed to it in its own order, which saves its sort 0.45 s at 10,000 papers (presortedSitemap.ts).
  // The search index is made from the records while the pages render (src/integrations/pagefind.ts).
  integrations: [
    withPagesInSitemapOrder(sitemap({ filter: (page) => !/\/starred\/$/.test(new URL(page).pathname) })),
    pagefind(PAPERS_FILE),
  ],
  // Separate caches let tests build fixture sites beside the real one.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
