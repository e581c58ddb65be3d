import { describe, expect, it } from 'vitest';
import {
  expectedOverLimit,
  PAGES_LIMIT_BYTES,
  pagesLimitWarning,
  SITE_BYTES_PER_PAPER,
} from '../../scripts/lib/check-pages-limit.ts';

describe('pagesLimitWarning', () => {
  it('says nothing while the site is well within what GitHub Pages publishes', () => {
    expect(pagesLimitWarning(229e6)).toBeUndefined();
    expect(pagesLimitWarning(0.79 * PAGES_LIMIT_BYTES)).toBeUndefined();
  });

  it('warns from 80% of the limit on, with the share and what to do', () => {
    const warning = pagesLimitWarning(0.85 * PAGES_LIMIT_BYTES);
    expect(warning).toMatch(/^the site is 850 MB, 85% of the 1 GB GitHub Pages publishes: /);
    expect(warning).toContain('another static host');
    expect(warning).toContain('--dumps DIR');
  });

  it('says that deploying to GitHub Pages fails once the site is over the limit', () => {
    const warning = pagesLimitWarning(2.26e9);
    expect(warning).toMatch(
      /^the site is 2\.26 GB, more than the 1 GB GitHub Pages publishes: deploying it there will fail;/,
    );
    expect(pagesLimitWarning(PAGES_LIMIT_BYTES + 1)).toMatch(/more than the 1 GB/);
    expect(pagesLimitWarning(PAGES_LIMIT_BYTES)).toMatch(/^the site is 1\.00 GB, 100% of the 1 GB/);
  });
});

describe('expectedOverLimit', () => {
  it('says nothing for a collection whose site fits, before it is built', () => {
    expect(expectedOverLimit(10_000)).toBeUndefined();
    expect(expectedOverLimit(Math.floor(PAGES_LIMIT_BYTES / SITE_BYTES_PER_PAPER))).toBeUndefined();
  });

  it('says from the number of papers alone that the site will be too large, and what to do', () => {
    const papers = Math.ceil(PAGES_LIMIT_BYTES / SITE_BYTES_PER_PAPER) + 1;
    expect(expectedOverLimit(papers)).toMatch(
      new RegExp(
        `^${papers} papers make a site of about 1\\.\\d\\d GB, more than the 1 GB GitHub Pages publishes: `,
      ),
    );
    expect(expectedOverLimit(200_000)).toContain('--dumps DIR');
  });
});
