/**
 * Full-text search in Chromium on the built fixture site (Pagefind index from the real build):
 * the header box and `/` lead to the search page, results show titles and highlighted snippets,
 * link under the base path, rank the papers of a topic first, and filter by tag.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, recordDialogs } from '../support/browser.ts';
import { siteReady, type ReadySite, type SiteName } from '../support/site.ts';

/** Results Pagefind's UI shows at first (`pageSize` in `src/scripts/search-page.ts`). */
const PAGE_SIZE = 10;

describe.each<SiteName>(['project', 'root'])('search at the %s base', (name) => {
  let site: ReadySite;
  let browser: Browser;

  beforeAll(async () => {
    site = await siteReady(inject('sites')[name]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * The result titles (and their links) once Pagefind has answered and shown its first page of results:
   * it announces the count first and fills each result in as its excerpt file arrives.
   */
  async function results(page: Page) {
    const links = page.locator('.pagefind-ui__result-link');
    await links.first().waitFor();
    const message = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
    const count = Number(/^(\d+) results?/.exec(message)?.[1] ?? Number.NaN);
    expect(count, `the results message "${message}"`).toBeGreaterThan(0);
    await expect.poll(() => links.count()).toBe(Math.min(count, PAGE_SIZE));
    return links.evaluateAll((elements) =>
      elements.map((a) => ({ title: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
    );
  }

  it('finds Mistral-SPLADE for SPLADE, with a highlighted snippet and a link under the base path', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}search/?q=SPLADE`);
    const found = await results(page);
    const splade = site.papers.find((paper) => paper.title.startsWith('Mistral-SPLADE'))!;
    expect(found[0]!.title).toBe(splade.title);
    expect(found[0]!.href).toBe(`${site.base}papers/${splade.id}/`);
    const marks = await page.locator('.pagefind-ui__result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /splade/i.test(mark))).toBe(true);
    await context.close();
  });

  it('indexes formulas once, as text, without their TeX source', async () => {
    const withMath = site.papers.find((paper) => /\$[^$]*\\[a-z]+/.test(paper.title));
    expect(withMath, 'the fixture has a title with a TeX command').toBeDefined();
    const { context, page } = await openPage(browser);
    const word = withMath!.title
      .replace(/\$[^$]*\$/g, ' ')
      .match(/[A-Za-z]{6,}/g)!
      .at(-1)!;
    await page.goto(`${site.url}search/?q=${encodeURIComponent(word)}`);
    await results(page);
    const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\\[a-z]+\{/);
    await context.close();
  });

  it('lists the time-series papers first for "time series", typed in the header box after pressing /', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(site.url);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('time series');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=time\+series$/);
    const found = await results(page);
    const timeSeries = new Set(site.papers.filter((p) => p.tags.includes('time-series')).map((p) => p.title));
    expect(timeSeries.size).toBeGreaterThanOrEqual(3);
    expect(found.length).toBeGreaterThanOrEqual(timeSeries.size);
    expect(new Set(found.slice(0, timeSeries.size).map((r) => r.title))).toEqual(timeSeries);
    await context.close();
  });

  it('shows markup from a title or an abstract as text in the results, running nothing', async () => {
    const { context, page } = await openPage(browser);
    const dialogs = recordDialogs(page);
    for (const [query, shown] of [
      ['untrusted', '<script>alert(1)</script>'],
      ['contrastive repository', '<img src=x onerror=alert(2)>'],
    ] as const) {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await results(page);
      const text = await page.locator('.pagefind-ui__results').textContent();
      expect(text).toContain(shown);
      expect(await page.locator('.pagefind-ui__results script, .pagefind-ui__results img').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('filters the results by tag and keeps the query in the URL', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}search/`);
    const input = page
      .locator('[data-search-page] input[type="text"], [data-search-page] input[type="search"]')
      .first();
    await input.fill('models');
    const unfiltered = await results(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('models');
    const expected = site.papers.filter((p) => p.tags.includes('time-series')).map((p) => p.title);
    expect(
      unfiltered.some((r) => !expected.includes(r.title)),
      'the query alone finds other papers',
    ).toBe(true);
    await page.getByRole('checkbox', { name: /^Time series/ }).check();
    await expect
      .poll(async () => (await results(page)).every((r) => expected.includes(r.title)), { timeout: 10_000 })
      .toBe(true);
    await context.close();
  });
});
