/**
 * Page budgets over the built fixture site (both bases): what each page loads, gzipped. A page that
 * ships more than 15 KB of JavaScript at load (the search UI, fetched on demand by the search page, is
 * not loaded at load and so not counted), more than 10 KB of CSS, a home page over 30 KB of HTML, or a
 * list with more than 100 papers fails the test and names the page. KB = 1000 bytes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { distReader, pageWeight, type PageWeight } from '../../scripts/lib/page-weight.ts';
import { SITE } from '../../src/config.ts';
import { listPages, pagePath } from '../support/dist.ts';
import { siteReady, type SiteName } from '../support/site.ts';

const KB = 1000;
/** The page budgets: gzipped JavaScript, CSS and home page HTML per page, and papers on a page. */
const BUDGET = { js: 15 * KB, css: 10 * KB, homeHtml: 30 * KB, papers: 100 } as const;

describe.each<SiteName>(['project', 'root'])('page budgets of the fixture site at the %s base', (name) => {
  const weights = new Map<string, PageWeight>();

  beforeAll(async () => {
    const site = await siteReady(inject('sites')[name]);
    const read = distReader(site.dist, site.base);
    for (const file of await listPages(site.dist)) {
      const html = await readFile(join(site.dist, file), 'utf8');
      weights.set(file, await pageWeight(html, pagePath(site.base, file), read));
    }
  });

  /** `page: size` for every page whose `key` is over `limit`. */
  function over(key: keyof Omit<PageWeight, 'files'>, limit: number): string[] {
    return [...weights].filter(([, weight]) => weight[key] > limit).map(([file, w]) => `${file}: ${w[key]}`);
  }

  it('weighs the scripts and styles the pages load', () => {
    const home = weights.get('index.html');
    expect(home, 'the home page').toBeDefined();
    expect(home!.js, 'the home page runs the tag filter').toBeGreaterThan(1 * KB);
    expect(home!.css, 'the home page is styled').toBeGreaterThan(1 * KB);
    expect(home!.files.some((file) => file.endsWith('.js'))).toBe(true);
  });

  it(`ships at most ${BUDGET.js / KB} KB of JavaScript (gzip) at load on every page`, () => {
    expect(over('js', BUDGET.js)).toEqual([]);
  });

  it(`ships at most ${BUDGET.css / KB} KB of CSS (gzip) on every page`, () => {
    expect(over('css', BUDGET.css)).toEqual([]);
  });

  it(`keeps the home page's HTML at most ${BUDGET.homeHtml / KB} KB (gzip)`, () => {
    expect(weights.get('index.html')!.html).toBeLessThanOrEqual(BUDGET.homeHtml);
  });

  it(`lists at most ${BUDGET.papers} papers on any page`, () => {
    expect(over('papers', BUDGET.papers)).toEqual([]);
    expect(Math.max(...[...weights.values()].map((weight) => weight.papers))).toBeGreaterThan(0);
  });
});

describe('list sizes in the site settings', () => {
  it(`paginate lists by at most ${BUDGET.papers} papers, whatever the size of the collection`, () => {
    expect(SITE.pageSize).toBeLessThanOrEqual(BUDGET.papers);
    expect(SITE.homeSize).toBeLessThanOrEqual(BUDGET.papers);
    expect(SITE.filter.pageSize).toBeLessThanOrEqual(BUDGET.papers);
  });
});
