/**
 * The tag filter in Chromium, on the fixture site under `/paper-digest/`: what it shows and announces is
 * what the records say, the URL holds the selection, reload and back restore it, the keyboard alone
 * drives it, and without JavaScript the chips are plain links.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../src/schemas/paper.ts';
import { openPage, useSiteInBrowser } from '../support/browser.ts';
import {
  chipName as chipNameOf,
  digestDates,
  filterPapers,
  tagLabels,
  tagPairToFilter,
} from '../support/papers.ts';
import { tagRoute } from '../support/routes.ts';
import { sortNewest } from '../../src/lib/site/sort-papers.ts';

const fixture = useSiteInBrowser('project');
let labels: Map<string, string>;
let a: string;
let b: string;

beforeAll(async () => {
  labels = await tagLabels();
  [a, b] = tagPairToFilter(fixture.site.papers);
});

/** A tag's chip on a list of `papers`. */
const chipName = (tag: string, papers: readonly Paper[]) => chipNameOf(labels, tag, papers);
const chip = (page: Page, tag: string, papers = fixture.site.papers) =>
  page.getByRole('button', { name: chipName(tag, papers), exact: true });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const paperLinks = (page: Page) =>
  page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link');

/** Ids of the papers the list shows, in its order, after asking for more until it has shown every match. */
async function shownIds(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: /^Show \d+ more/ });
  while (await more.isVisible()) {
    const before = await paperLinks(page).count();
    await more.click();
    await expect.poll(() => paperLinks(page).count()).toBeGreaterThan(before);
  }
  const hrefs = await paperLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return hrefs.map((href) => /\/papers\/([^/]+)\/$/.exec(href ?? '')?.[1] ?? `not a paper: ${href}`);
}

/**
 * Waits until the filter announces `expected.length` matches, then until the list shows exactly them: the
 * status comes first, the cards stream in as their chunks arrive.
 */
async function expectShown(page: Page, expected: readonly Paper[]): Promise<void> {
  const count = expected.length;
  await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^${count} papers? `));
  await expect
    .poll(async () => (await shownIds(page)).sort())
    .toEqual(expected.map((paper) => paper.id).sort());
}

const search = (page: Page) => new URL(page.url()).search;
const pressed = (page: Page, tag: string) => chip(page, tag).getAttribute('aria-pressed');

describe('the tag filter on all papers', () => {
  it('shows and announces the papers with both tags, then with either, in the URL', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url('papers/'));
    await page.getByText('Filter by topic').click();
    await chip(page, a).click();
    await expect.poll(() => search(page)).toBe(`?tags=${a}&match=all`);
    await chip(page, b).click();
    await expect.poll(() => search(page)).toBe(`?tags=${a},${b}&match=all`);
    await expectShown(page, filterPapers(fixture.site.papers, [a, b], 'all'));
    expect(await status(page).textContent()).toContain(labels.get(b));

    await page.getByRole('radio', { name: 'any of them' }).check();
    await expect.poll(() => search(page)).toBe(`?tags=${a},${b}&match=any`);
    await expectShown(page, filterPapers(fixture.site.papers, [a, b], 'any'));
    await context.close();
  });

  it('lists the matches newest first, as the list it filters', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url(`papers/?tags=${a},${b}&match=any`));
    const expected = sortNewest(filterPapers(fixture.site.papers, [a, b], 'any'));
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^${expected.length} papers? `));
    await expect.poll(() => shownIds(page)).toEqual(expected.map((paper) => paper.id));
    await context.close();
  });

  it('builds cards whose facts read as the server cards do: comments known, no upvote count', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url('papers/'));
    const metaById = (scope: string) =>
      page
        .locator(`${scope} article`)
        .evaluateAll((articles) =>
          articles.map((article): [string, string] => [
            article.querySelector('h2 a, h3 a')?.getAttribute('href') ?? '',
            article.querySelector('.meta')?.textContent?.trim() ?? '',
          ]),
        );
    const server = new Map(await metaById('[data-filter-server]'));
    await page.getByText('Filter by topic').click();
    await chip(page, a).click();
    await expectShown(page, filterPapers(fixture.site.papers, [a], 'all'));
    const client = await metaById('[data-filter-results]');
    const compared = client.filter(([href]) => server.has(href));
    expect(compared.length).toBeGreaterThan(0);
    for (const [href, meta] of compared) expect(meta, href).toBe(server.get(href));
    expect(client.some(([, meta]) => /\d comments?/.test(meta))).toBe(true);
    expect(client.every(([, meta]) => !meta.includes('upvote'))).toBe(true);
    await context.close();
  });

  it('restores the selection on reload and on going back', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url('papers/'));
    await page.getByText('Filter by topic').click();
    await chip(page, a).click();
    await chip(page, b).click();
    await page.getByRole('radio', { name: 'any of them' }).check();
    await expect.poll(() => search(page)).toBe(`?tags=${a},${b}&match=any`);

    await page.reload();
    expect([await pressed(page, a), await pressed(page, b)]).toEqual(['true', 'true']);
    expect(await page.getByRole('radio', { name: 'any of them' }).isChecked()).toBe(true);
    await expectShown(page, filterPapers(fixture.site.papers, [a, b], 'any'));

    await page.goBack();
    expect(search(page)).toBe(`?tags=${a},${b}&match=all`);
    await expectShown(page, filterPapers(fixture.site.papers, [a, b], 'all'));
    expect(await page.getByRole('radio', { name: 'all selected topics' }).isChecked()).toBe(true);

    await page.goBack();
    expect(search(page)).toBe(`?tags=${a}&match=all`);
    expect([await pressed(page, a), await pressed(page, b)]).toEqual(['true', 'false']);
    await expectShown(page, filterPapers(fixture.site.papers, [a], 'all'));

    await page.goBack();
    expect(search(page)).toBe('');
    await expect.poll(() => status(page).textContent()).toBe('');
    expect(await pressed(page, a)).toBe('false');
    await context.close();
  });

  it('works with the keyboard alone', async () => {
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url('papers/'));
    await tabTo(page, page.getByText('Filter by topic'));
    await page.keyboard.press('Enter');
    await tabTo(page, chip(page, a));
    expect(await hasFocusRing(page)).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, chip(page, b));
    await page.keyboard.press('Enter');
    await expectShown(page, filterPapers(fixture.site.papers, [a, b], 'all'));
    await tabTo(page, page.getByRole('radio', { name: 'all selected topics' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'any of them' }).isChecked()).toBe(true);
    await expectShown(page, filterPapers(fixture.site.papers, [a, b], 'any'));
    expect(search(page)).toBe(`?tags=${a},${b}&match=any`);
    // Space on a pressed chip releases it.
    await tabTo(page, chip(page, b), 'Shift+Tab');
    await page.keyboard.press('Space');
    await expectShown(page, filterPapers(fixture.site.papers, [a], 'any'));
    await context.close();
  });
});

describe('the tag filter on the latest digest (home)', () => {
  it('counts and shows only the papers of that digest', async () => {
    const latest = digestDates(fixture.site.papers).at(-1)!;
    const digest = fixture.site.papers.filter((paper) => paper.digests.includes(latest));
    const tag = [...new Set(digest.flatMap((paper) => paper.tags))].sort(
      (x, y) =>
        filterPapers(fixture.site.papers, [y], 'any').length -
        filterPapers(fixture.site.papers, [x], 'any').length,
    )[0]!;
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url());
    await page.getByText('Filter by topic').click();
    await chip(page, tag, digest).click();
    await expectShown(page, filterPapers(digest, [tag], 'all'));
    await context.close();
  });
});

describe('the tag filter without JavaScript', () => {
  it('offers the tags as links to their pages', async () => {
    const { context, page } = await openPage(fixture.browser, { javaScript: false });
    await page.goto(fixture.url('papers/'));
    await page.getByText('Filter by topic').click();
    expect(await page.getByRole('button', { name: chipName(a, fixture.site.papers) }).count()).toBe(0);
    const link = page.getByRole('link', { name: chipName(a, fixture.site.papers), exact: true });
    expect(await link.getAttribute('href')).toBe(`${fixture.site.base}${tagRoute(a)}`);
    await link.click();
    await page.waitForURL(fixture.url(tagRoute(a)));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(labels.get(a));
    await context.close();
  });
});

/** Presses Tab (or `key`) until `target` has the focus; fails after 200 presses. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

/** Whether the focused element shows a focus indicator (an outline or a box shadow). */
function hasFocusRing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return (
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
    );
  });
}
