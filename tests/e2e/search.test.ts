/**
 * Full-text search in Chromium on the built fixture site (Pagefind index from the real build): the header
 * box and `/` lead to the search page, results are the site's own cards linking under the base path, rank
 * the papers of a topic first, filter by tag, and formulas are found by their source and by what they show.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, recordDialogs } from '../support/browser.ts';
import { tagLabels, tagsInUse } from '../support/papers.ts';
import { siteReady, type ReadySite, type SiteName } from '../support/site.ts';

/** Results the search page shows at first (`STEP` in `src/scripts/search-page.ts`). */
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

  /** The result cards' paper ids and links once the page has announced its count and shown them. */
  async function results(page: Page) {
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/match/);
    const message = (await status.textContent()) ?? '';
    const count = Number(/^(\d+) papers? match/.exec(message)?.[1] ?? Number.NaN);
    expect(count, `the results message "${message}"`).toBeGreaterThan(0);
    const links = page.locator('[data-search-results] > li h2 a');
    expect(await links.count()).toBe(Math.min(count, PAGE_SIZE));
    return links.evaluateAll((elements) =>
      elements.map((a) => ({
        id: /\/papers\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '',
        href: a.getAttribute('href') ?? '',
      })),
    );
  }

  it('finds Mistral-SPLADE for SPLADE, as a card linking under the base path', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}search/?q=SPLADE`);
    const found = await results(page);
    const splade = site.papers.find((paper) => paper.title.startsWith('Mistral-SPLADE'))!;
    expect(found[0]).toEqual({ id: splade.id, href: `${site.base}papers/${splade.id}/` });
    await context.close();
  });

  it('finds I²-World by its TeX source, by its visible title and by its plain text', async () => {
    const world = site.papers.find((paper) => paper.title.startsWith('$I^{2}$-World'))!;
    expect(world, 'the fixture has I²-World').toBeDefined();
    const { context, page } = await openPage(browser);
    for (const query of ['I^{2}', 'I²-World', 'I2-World']) {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      const found = await results(page);
      expect(found[0]?.id, query).toBe(world.id);
    }
    // What the title shows on the card is what finds it.
    const shown = await page.locator('[data-search-results] > li h2 .katex-html').first().textContent();
    expect(shown).toBe('I2');
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
    const timeSeries = new Set(site.papers.filter((p) => p.tags.includes('time-series')).map((p) => p.id));
    expect(timeSeries.size).toBeGreaterThanOrEqual(3);
    expect(found.length).toBeGreaterThanOrEqual(timeSeries.size);
    expect(new Set(found.slice(0, timeSeries.size).map((r) => r.id))).toEqual(timeSeries);
    await context.close();
  });

  it('shows markup from a title as text in the results, and runs none from an abstract', async () => {
    const { context, page } = await openPage(browser);
    const dialogs = recordDialogs(page);
    for (const [query, shown] of [
      ['untrusted', 'Guarding Retrieval-Augmented Agents'],
      ['contrastive repository', '<img src=x onerror=alert(2)>'],
    ] as const) {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await results(page);
      const text = await page.locator('[data-search-results]').textContent();
      expect(text).toContain(shown);
      expect(await page.locator('[data-search-results] :is(script, img)').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('filters the results by tag and keeps the query in the URL', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}search/`);
    await page.getByRole('searchbox', { name: 'Titles and abstracts of every paper' }).fill('models');
    const unfiltered = await results(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('models');
    const expected = site.papers.filter((p) => p.tags.includes('time-series')).map((p) => p.id);
    expect(
      unfiltered.some((r) => !expected.includes(r.id)),
      'the query alone finds other papers',
    ).toBe(true);
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('Time series');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/in “Time series”/);
    expect((await results(page)).every((r) => expected.includes(r.id))).toBe(true);
    expect(new URL(page.url()).searchParams.get('tag')).toBe('Time series');
    await context.close();
  });

  it('offers the topics some paper carries, and no other', async () => {
    const labels = await tagLabels();
    const inUse = new Set(tagsInUse(site.papers).map((id) => labels.get(id)));
    expect(labels.size, 'the taxonomy has topics no fixture paper carries').toBeGreaterThan(inUse.size);
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}search/`);
    const offered = await page.getByRole('combobox', { name: 'Topic' }).locator('option').allTextContents();
    await context.close();
    expect(offered[0]).toBe('All topics');
    expect(offered.slice(1).sort()).toEqual([...inUse].sort());
  });
});
