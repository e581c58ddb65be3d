/**
 * `@astrojs/sitemap` sorts its URLs with `localeCompare(other, 'en', { numeric: true })`, which sets up a
 * collator for every comparison; handed the pages already in that order (one collator), its sort makes one
 * pass. The sitemap is the same, byte for byte (`tests/e2e/seo.test.ts` checks that the orders agree).
 */
import type { AstroIntegration } from 'astro';

const collator = new Intl.Collator('en', { numeric: true });

/** Pages in the sitemap's order: by path, as `localeCompare(other, 'en', { numeric: true })` orders them. */
export function inSitemapOrder<Page extends { pathname: string }>(pages: readonly Page[]): Page[] {
  return [...pages].sort((a, b) => collator.compare(a.pathname, b.pathname));
}

/** `integration` (the sitemap) handed the built pages in its own order. */
export function withPagesInSitemapOrder(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (options) => done({ ...options, pages: inSitemapOrder(options.pages) }),
    },
  };
}
