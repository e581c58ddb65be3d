/**
 * One card everywhere, in Chromium on the fixture site under `/paper-digest/`: the tag filter's results,
 * search results and the Starred page show the very markup of the server-rendered list cards; the search
 * page keeps the query in both boxes, does not shift as results arrive on a phone, and passes axe in both
 * themes; and the rough edges of the cards, the header's search box and the Starred page stay fixed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/schemas/paper.ts';
import { openPage, useSiteInBrowser } from '../support/browser.ts';

const fixture = useSiteInBrowser('project');

/** A paper with tags, a known organisation or author names and an upvote count: a card with every part. */
function fullPaper(papers: readonly Paper[]): Paper {
  return papers.find((p) => p.title.startsWith('Mistral-SPLADE'))!;
}

/** The card of `id` under `within`, without what the reading list adds to every card (star, "new" mark). */
function cardOf(page: Page, within: string, id: string): Promise<string> {
  return page
    .locator(`${within} > li:has(h2 a[href$="/papers/${id}/"])`)
    .first()
    .evaluate((li) => {
      const article = li.querySelector('article')!.cloneNode(true) as HTMLElement;
      for (const added of article.querySelectorAll('.reading-list, .new-mark')) added.remove();
      article.removeAttribute('data-starrable');
      return article.outerHTML;
    });
}

/** The server-rendered card of `id` on the all-papers list. */
async function serverCard(page: Page, id: string): Promise<string> {
  await page.goto(fixture.url('papers/'));
  return cardOf(page, '[data-filter-server] .papers', id);
}

const STARS = 'paper-digest:/paper-digest/:stars';

describe('one card', () => {
  it('shows the server card in the filter results, the search results and the Starred page', async () => {
    const paper = fullPaper(fixture.site.papers);
    expect(paper.tags.length).toBeGreaterThan(0);
    const { context, page } = await openPage(fixture.browser);
    const server = await serverCard(page, paper.id);
    expect(server).toContain('class="chips"');

    await page.goto(fixture.url(`papers/?tags=${paper.tags[0]}`));
    await page.locator(`[data-filter-results] h2 a[href$="/papers/${paper.id}/"]`).waitFor();
    expect(await cardOf(page, '[data-filter-results] .papers', paper.id), 'the filter').toBe(server);

    await page.goto(fixture.url('search/?q=SPLADE'));
    await page.locator(`[data-search-results] h2 a[href$="/papers/${paper.id}/"]`).waitFor();
    expect(await cardOf(page, '[data-search-results]', paper.id), 'search').toBe(server);

    await page.evaluate(
      ([key, id]) =>
        localStorage.setItem(
          key!,
          JSON.stringify([{ id, title: 'x', starredAt: '2025-12-11T09:00:00.000Z' }]),
        ),
      [STARS, paper.id],
    );
    await page.goto(fixture.url('starred/'));
    await page.locator(`[data-starred-list] h2 a[href$="/papers/${paper.id}/"]`).waitFor();
    expect(await cardOf(page, '[data-starred-list]', paper.id), 'the Starred page').toBe(server);
    // The date it was starred reads as the site's other dates do.
    expect(await page.locator('[data-starred-list] .starred-when').textContent()).toBe(
      'Starred Dec 11, 2025',
    );
    await context.close();
  });

  it("shows the home page's own cards (first seen in an earlier digest) in its filter results", async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url());
    const first = page.locator('[data-filter-server] .papers > li h2 a').first();
    const id = /\/papers\/([^/]+)\/$/.exec((await first.getAttribute('href')) ?? '')![1]!;
    const paper = fixture.site.papers.find((p) => p.id === id)!;
    const server = await cardOf(page, '[data-filter-server] .papers', id);
    await page.goto(fixture.url(`?tags=${paper.tags[0]}`));
    await page.locator(`[data-filter-results] h2 a[href$="/papers/${id}/"]`).waitFor();
    expect(await cardOf(page, '[data-filter-results] .papers', id)).toBe(server);
    await context.close();
  });

  it('shows one design on every list: no abstract teasers, the same parts on the home page as elsewhere', async () => {
    const { context, page } = await openPage(fixture.browser);
    const parts = () =>
      page
        .locator('.papers > li')
        .first()
        .evaluate((li) =>
          [...li.querySelectorAll('article > *')].map((el) => `${el.tagName}.${el.className}`),
        );
    const tag = fullPaper(fixture.site.papers).tags[0]!;
    for (const route of ['', 'papers/', `tags/${tag}/`]) {
      await page.goto(fixture.url(route));
      expect(await page.locator('.teaser').count(), route).toBe(0);
      expect(await parts(), route).toEqual(['H2.', 'P.meta', 'DIV.card-foot']);
    }
    await context.close();
  });

  it('puts the "new" mark under the title, at the start of the facts, not beside the star', async () => {
    const { context, page } = await openPage(fixture.browser, { width: 375 });
    await page.goto(fixture.url('papers/'));
    const mark = page.locator('.papers > li .new-mark').first();
    await mark.waitFor({ state: 'attached' });
    expect(await mark.evaluate((el) => el.parentElement?.className)).toBe('meta');
    expect(await mark.evaluate((el) => el.previousElementSibling)).toBeNull();
    expect(await page.locator('.card-foot .new-mark').count()).toBe(0);
    await context.close();
  });
});

describe('the search page', () => {
  it('shows the query in the page box and the header box', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url('search/?q=SPLADE'));
    await page.locator('[data-search-results] > li').first().waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('SPLADE');
    expect(await page.locator('#site-search').inputValue()).toBe('SPLADE');
    await page.locator('#search-q').fill('time series');
    await expect.poll(() => page.locator('#site-search').inputValue()).toBe('time series');
    await context.close();
  });

  it('shifts its layout by less than 0.1 at 375 px while the results arrive', async () => {
    const { context, page } = await openPage(fixture.browser, { width: 375 });
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(fixture.url('search/?q=models'));
    await page.locator('[data-search-results] > li').first().waitFor();
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    expect(cls).toBeLessThan(0.1);
    // The first result is on the first screen.
    const top = await page.locator('[data-search-results] > li').first().boundingBox();
    expect(top!.y).toBeLessThan(page.viewportSize()!.height);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with results in the %s theme', async (colorScheme) => {
    const { context, page } = await openPage(fixture.browser, { colorScheme });
    await page.goto(fixture.url('search/?q=models'));
    await page.locator('[data-search-results] > li .star').first().waitFor();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    await context.close();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });

  it('says where else to look without JavaScript, with a space between the links', async () => {
    const { context, page } = await openPage(fixture.browser, { javaScript: false });
    await page.goto(fixture.url('search/'));
    const text = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('browse by topic, all papers or the digests.');
    await context.close();
  });
});

describe('the header search box', () => {
  it('has no invisible tab stop: every focus from the page start to the search box is visible', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url());
    const stops: { name: string; visible: boolean }[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const box = el.getBoundingClientRect();
          return {
            name: `${el.tagName} ${el.textContent?.trim() ?? ''}`,
            visible: box.width > 2 && box.height > 2,
          };
        }),
      );
    }
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);
    expect(stops.some((stop) => stop.name.startsWith('INPUT'))).toBe(true);
    await context.close();
  });
});

describe('the Starred page at 375 px', () => {
  it('keeps the import box within the screen', async () => {
    const { context, page } = await openPage(fixture.browser, { width: 375 });
    await page.goto(fixture.url('starred/'));
    const box = await page.locator('label.action:has(input[type="file"])').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    await context.close();
  });
});
