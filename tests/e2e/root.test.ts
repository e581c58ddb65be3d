/**
 * Smoke run of the site served at the root (`/`, a user or custom-domain site): navigation, the tag
 * filter and the 404 page work without the project base.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSiteInBrowser } from '../support/browser.ts';
import { chipName, filterPapers, tagLabels, tagPairToFilter } from '../support/papers.ts';
import { paperRoute } from '../support/routes.ts';

const fixture = useSiteInBrowser('root');

describe('the site at the root', () => {
  it('leads from the home page to a paper through the main navigation', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url());
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Papers' }).click();
    await page.waitForURL(fixture.url('papers/'));
    const first = page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/papers\/[a-z0-9-]+\/$/);
    await first.click();
    await page.waitForURL(new URL(href!, fixture.site.url).href);
    expect(fixture.site.papers.map((paper) => `/${paperRoute(paper.id)}`)).toContain(href);
    await context.close();
  });

  it('filters by a tag from the data', async () => {
    const [tag] = tagPairToFilter(fixture.site.papers);
    const expected = filterPapers(fixture.site.papers, [tag], 'all').length;
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url('papers/'));
    await page.getByText('Filter by topic').click();
    await page
      .getByRole('button', { name: chipName(await tagLabels(), tag, fixture.site.papers), exact: true })
      .click();
    await expect
      .poll(() => page.getByRole('main').getByRole('status').textContent())
      .toMatch(new RegExp(`^${expected} papers? `));
    expect(new URL(page.url()).pathname).toBe('/papers/');
    expect(new URL(page.url()).search).toBe(`?tags=${tag}&match=all`);
    await context.close();
  });

  it('answers a missing page deep down with the 404 page, linking home', async () => {
    const { context, page } = await openPage(fixture.browser);
    const response = await page.goto(fixture.url('x/y/z/'));
    expect(response?.status()).toBe(404);
    await page
      .getByRole('main')
      .getByRole('link', { name: /Latest/ })
      .click();
    await page.waitForURL(fixture.url());
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
