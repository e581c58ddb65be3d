/**
 * The header on a phone: under 120 CSS pixels tall at 375 wide, every navigation link reachable in its one
 * scrolling row, the current page's link in view, and no key hint on a touch screen.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { openPage, useSiteInBrowser } from '../support/browser.ts';

const fixture = useSiteInBrowser('project');

/** A page in a phone's context: touch, no hover, 375 CSS pixels wide. */
async function openPhone(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  return { page: await context.newPage(), close: () => context.close() };
}

const headerHeight = (page: Page) =>
  page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);

/** Whether the element lies wholly inside the viewport and inside the box of every ancestor that clips it. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.left < 0 || box.right > document.documentElement.clientWidth) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - 1 || box.right > clip.right + 1) return false;
    }
    return true;
  });

describe('the header at 375 CSS pixels', () => {
  it.each([
    ['the home page', ''],
    ['the statistics page', 'stats/'],
    ['the Starred page', 'starred/'],
  ])('on %s is under 120 px tall, with the search box and every link one swipe away', async (_, route) => {
    const { context, page } = await openPage(fixture.browser, { width: 375 });
    await page.goto(fixture.url(route));
    expect(await headerHeight(page)).toBeLessThan(120);
    await expect.poll(() => inView(page, '.site-header input[type="search"]')).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = nav.getByRole('link');
    expect(await links.allTextContents()).toEqual(SITE.nav.map((item) => item.label));
    // The row holds one line of links: they all share one top.
    const tops = await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await expect.poll(() => inView(page, '.site-nav [aria-current="page"]')).toBe(true);
    for (const label of SITE.nav.map((item) => item.label)) {
      const link = nav.getByRole('link', { name: label, exact: true });
      await link.scrollIntoViewIfNeeded();
      await expect
        .poll(() => link.evaluate((element) => element.getBoundingClientRect().right))
        .toBeLessThan(376);
    }
    await context.close();
  });

  it('shows no key hint on a touch screen, and none is needed to search', async () => {
    const { page, close } = await openPhone(fixture.browser);
    await page.goto(fixture.url());
    expect(await headerHeight(page)).toBeLessThan(120);
    expect(await page.locator('.search-key').isVisible()).toBe(false);
    await page.getByRole('searchbox', { name: 'Search papers' }).tap();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await close();
  });

  it('shows the key hint on a desktop, where `/` focuses the search field', async () => {
    const { context, page } = await openPage(fixture.browser, { width: 1280 });
    await page.goto(fixture.url());
    expect(await page.locator('.search-key').isVisible()).toBe(true);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await context.close();
  });
});

describe.each([1280, 375])('the main menu at %i CSS pixels', (width) => {
  it('shows each link reached with Tab whole, its focus ring too', async () => {
    const { context, page } = await openPage(fixture.browser, { width });
    await page.goto(fixture.url());
    /** The focused menu link's text and whether its ring shows whole; undefined outside the menu. */
    const ring = () =>
      page.evaluate(() => {
        const link = document.activeElement;
        if (!link?.closest('.site-nav')) return undefined;
        const style = getComputedStyle(link);
        const reach = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
        const box = link.getBoundingClientRect();
        // Every ancestor that hides its overflow in either direction cuts the ring where it sticks out.
        for (let parent = link.parentElement; parent; parent = parent.parentElement) {
          const { overflowX, overflowY } = getComputedStyle(parent);
          if (overflowX === 'visible' && overflowY === 'visible') continue;
          const clip = parent.getBoundingClientRect();
          if (
            box.top - reach < clip.top ||
            box.bottom + reach > clip.bottom ||
            box.left - reach < clip.left ||
            box.right + reach > clip.right
          )
            return `${link.textContent}: ring cut by <${parent.tagName.toLowerCase()}>`;
        }
        // On a phone the row's end padding is where its links fade out (a pixel's leeway: the row scrolls by
        // whole pixels, its links have fractional widths).
        const row = link.closest('ul')!;
        const fade = parseFloat(getComputedStyle(row).paddingInlineEnd) || 0;
        if (box.right + reach > row.getBoundingClientRect().right - fade + 1)
          return `${link.textContent}: faded`;
        return `${link.textContent}: whole`;
      });
    const reached: string[] = [];
    for (let press = 0; press < 30; press++) {
      await page.keyboard.press('Tab');
      const first = await ring();
      if (first === undefined) {
        if (reached.length > 0) break;
        continue;
      }
      const label = first.slice(0, first.indexOf(':'));
      // The row scrolls a link reached off its edge into view; the ring shows whole once it has.
      await expect.poll(ring).toBe(`${label}: whole`);
      reached.push(label);
    }
    await context.close();
    expect(reached).toEqual(SITE.nav.map((item) => item.label));
  });
});
