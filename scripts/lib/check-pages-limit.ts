import { formatBytes } from './format-units.ts';

/**
 * The most GitHub Pages publishes: "Published GitHub Pages sites may be no larger than 1 GB" (GitHub's
 * "GitHub Pages limits"); its deploy action warns above it, and the deploy may fail.
 */
export const PAGES_LIMIT_BYTES = 1e9;
/** From this share of that limit on, the build warns that it is near. */
const PAGES_LIMIT_NEAR = 0.8;
/** What each paper adds to the built site (its page, its share of lists, feeds and the search index), as `npm run bench:site` weighs it at 10,000 papers. */
export const SITE_BYTES_PER_PAPER = 20_000;

/**
 * What the build says when a site of `bytes` nears or passes what GitHub Pages publishes (with what to do
 * about it); undefined when there is room.
 */
export function pagesLimitWarning(bytes: number): string | undefined {
  const share = bytes / PAGES_LIMIT_BYTES;
  if (share > 1) {
    return (
      `the site is ${formatBytes(bytes)}, more than the 1 GB GitHub Pages publishes: deploying it there will ` +
      'fail; serve it from another static host, or build it from fewer dumps (--dumps DIR)'
    );
  }
  if (share < PAGES_LIMIT_NEAR) return undefined;
  return (
    `the site is ${formatBytes(bytes)}, ${Math.floor(share * 100)}% of the 1 GB GitHub Pages publishes: ` +
    'once past it, deploying there fails; plan another static host, or build from fewer dumps (--dumps DIR)'
  );
}

/** The warning for a site that will not fit, said from the number of papers before anything is rendered. */
export function expectedOverLimit(papers: number): string | undefined {
  const bytes = papers * SITE_BYTES_PER_PAPER;
  if (bytes <= PAGES_LIMIT_BYTES) return undefined;
  return (
    `${papers} papers make a site of about ${formatBytes(bytes)}, more than the 1 GB GitHub Pages ` +
    'publishes: serve it from another static host, or build it from fewer dumps (--dumps DIR)'
  );
}
