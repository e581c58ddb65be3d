// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { deployTarget, readCname } from './src/lib/deployTarget.ts';

// Where the site is served: SITE_URL / BASE_PATH, else public/CNAME, else GITHUB_REPOSITORY
// (https://OWNER.github.io/REPO/ on GitHub Actions), else the local preview server.
const { site, base } = deployTarget(process.env, readCname(new URL('./public/CNAME', import.meta.url)));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // sitemap-index.xml + sitemap-0.xml; the personal reading-list page is not for search engines.
  integrations: [sitemap({ filter: (page) => !/\/starred\/$/.test(new URL(page).pathname) })],
  // Separate caches let tests build fixture sites beside the real one.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
