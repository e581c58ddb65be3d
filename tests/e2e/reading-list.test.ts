/**
 * The reading list in Chromium on the built fixture site: stars survive a reload, export/clear/import
 * brings them back, the tag filter's results can be starred too, "new" marks follow the previous visit,
 * and without JavaScript nothing shows.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { plainTitle } from '../../src/lib/render/html.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { siteReady, type ReadySite } from '../support/site.ts';

describe('the reading list', () => {
  let site: ReadySite;
  let browser: Browser;

  beforeAll(async () => {
    site = await siteReady(inject('sites').project);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pressed = (page: Page, id: string) =>
    page.locator(`button[data-star="${id}"]`).first().getAttribute('aria-pressed');
  /** The titles on the Starred page, as each item's star names them (cards show formulas twice in their text). */
  const starredTitles = (page: Page) =>
    page
      .locator('[data-starred-list] > li button[data-star]')
      .evaluateAll((all) => all.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Star /, '')));

  it('keeps two starred papers across a reload, and exports, clears and imports them', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}papers/`);
    const buttons = page.locator('button[data-star]');
    await buttons.first().waitFor({ state: 'visible' });
    const ids = (
      await buttons.evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset['star']!))
    ).slice(0, 2);
    const titles = ids.map((id) => site.papers.find((p) => p.id === id)!.title);
    for (const id of ids) {
      const button = page.locator(`button[data-star="${id}"]`).first();
      expect(await button.getAttribute('aria-label')).toMatch(/^Star /);
      await button.click();
      expect(await pressed(page, id)).toBe('true');
    }

    await page.reload();
    await buttons.first().waitFor({ state: 'visible' });
    for (const id of ids) expect(await pressed(page, id)).toBe('true');
    expect(await pressed(page, (await buttons.nth(2).getAttribute('data-star'))!)).toBe('false');

    await page.goto(`${site.url}starred/`);
    await page.locator('[data-starred-list] li').nth(1).waitFor();
    expect((await starredTitles(page)).sort()).toEqual(titles.map(plainTitle).sort());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; stars: { id: string }[] };
    expect(exported.format).toBe('paper-digest-reading-list');
    expect(exported.stars.map((s) => s.id).sort()).toEqual([...ids].sort());

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear the list' }).click();
    await expect.poll(() => starredTitles(page)).toEqual([]);
    await page.goto(`${site.url}papers/`);
    await buttons.first().waitFor({ state: 'visible' });
    for (const id of ids) expect(await pressed(page, id)).toBe('false');

    await page.goto(`${site.url}starred/`);
    await page.getByLabel('Import a JSON file').setInputFiles(file);
    await expect.poll(async () => (await starredTitles(page)).sort()).toEqual(titles.map(plainTitle).sort());
    await expect(page.locator('[data-starred-status]').textContent()).resolves.toMatch(/Imported 2 papers/);
    await page.goto(`${site.url}papers/`);
    await buttons.first().waitFor({ state: 'visible' });
    for (const id of ids) expect(await pressed(page, id)).toBe('true');
    await context.close();
  });

  it('an import keeps only ids of papers the site has and says how many it dropped', async () => {
    const { context, page } = await openPage(browser);
    const real = site.papers[0]!;
    const stars = [real.id, 'ok-id', 'big', 'constructor'].map((id) => ({
      id,
      title: id,
      starredAt: '2025-12-10T00:00:00.000Z',
    }));
    const file = {
      name: 'list.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'paper-digest-reading-list', version: 1, stars })),
    };
    await page.goto(`${site.url}starred/`);
    await page.getByLabel('Import a JSON file').setInputFiles(file);
    await expect
      .poll(() => page.locator('[data-starred-status]').textContent())
      .toBe('Imported 1 paper from list.json. 3 ids were not imported: no such paper on this site.');
    expect(
      await page
        .locator('[data-starred-list] > li :is(h2 > a, :scope > a)')
        .evaluateAll((all) => all.map((a) => a.getAttribute('href'))),
    ).toEqual([`${new URL(site.url).pathname}papers/${real.id}/`]);
    await context.close();
  });

  it('marks the papers first seen after the previous visit as new', async () => {
    const latest = site.papers
      .flatMap((p) => p.digests)
      .sort()
      .at(-1)!;
    const earlier = [...new Set(site.papers.flatMap((p) => p.digests))].sort().at(-2)!;
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}papers/`);
    await page.locator('button[data-star]').first().waitFor({ state: 'visible' });
    // First visit: nothing is new yet.
    expect(await page.locator('.new-mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.new-mark:visible').count()).toBe(0);
    // Pretend the previous visit, two hours ago, had seen the digest before the latest.
    await page.evaluate(
      ([key, seen]) =>
        localStorage.setItem(key!, JSON.stringify({ at: Date.now() - 7_200_000, seen, previous: null })),
      [`paper-digest:${site.base}:visit`, earlier],
    );
    await page.reload();
    await page.locator('button[data-star]').first().waitFor({ state: 'visible' });
    const marked = await page
      .locator('.new-mark:visible')
      .evaluateAll((marks) =>
        marks.map((m) => m.closest('article')?.querySelector('button[data-star]')?.getAttribute('data-star')),
      );
    const shown = await page
      .locator('button[data-star]')
      .evaluateAll((all) => all.map((b) => b.getAttribute('data-star')));
    const expected = shown.filter((id) => site.papers.find((p) => p.id === id)!.digests[0]! > earlier);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((id) => site.papers.find((p) => p.id === id)!.digests[0] === latest)).toBe(true);
    expect(marked).toEqual(expected);
    await context.close();
  });

  it('lists on the home page the digests since the previous visit, or says there are none', async () => {
    const dates = [...new Set(site.papers.flatMap((p) => p.digests))].sort();
    const newIn = (date: string) => site.papers.filter((p) => [...p.digests].sort()[0] === date).length;
    const { context, page } = await openPage(browser);
    const box = page.getByRole('region', { name: 'Since your last visit' });
    /** Opens the home page as if the previous visit, two hours ago, had seen the digest of `seen`. */
    const visitAfter = async (seen: string) => {
      await page.evaluate(
        ([key, day]) =>
          localStorage.setItem(
            key!,
            JSON.stringify({ at: Date.now() - 7_200_000, seen: day, previous: null }),
          ),
        [`paper-digest:${site.base}:visit`, seen],
      );
      await page.reload();
      await box.waitFor({ state: 'visible' });
    };
    await page.goto(site.url);
    await page.locator('button[data-star]').first().waitFor({ state: 'visible' });
    // A first visit has nothing to compare with.
    expect(await box.isVisible()).toBe(false);

    await visitAfter(dates[0]!);
    const listed = await box.getByRole('listitem').allTextContents();
    const since = dates.slice(1).reverse();
    expect(since.length).toBeGreaterThan(1);
    expect(listed.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
      since.map((date) => {
        const day = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
          month: 'short',
          day: 'numeric',
          year: 'numeric',
          timeZone: 'UTC',
        });
        const count = newIn(date);
        return `${day} · ${count} new paper${count === 1 ? '' : 's'}`;
      }),
    );
    expect(await box.getByRole('link').first().getAttribute('href')).toBe(
      `${new URL(site.url).pathname}digests/${since[0]}/`,
    );
    expect(await box.getByText('No digest has come out').isVisible()).toBe(false);
    const { violations } = await new AxeBuilder({ page }).include('[data-since-visit]').analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    await visitAfter(dates.at(-1)!);
    expect(await box.getByRole('listitem').count()).toBe(0);
    expect(await box.getByText('No digest has come out since your last visit.').isVisible()).toBe(true);
    await context.close();
  });

  it('stars the cards the tag filter adds, under the title the card shows, formulas as text', async () => {
    const paper = site.papers.find((p) => /\$/.test(p.title) && p.tags.length > 0)!;
    expect(paper, 'the fixture has a tagged paper with a formula in its title').toBeDefined();
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}papers/?tags=${paper.tags.join(',')}&match=all`);
    const results = page.locator('[data-filter-results] [data-paper]');
    await results.first().locator('button[data-star]').waitFor({ state: 'visible' });
    const ids = await results.evaluateAll((all) =>
      all.map((card) => /\/papers\/([^/]+)\/$/.exec(card.querySelector('h2 a')!.getAttribute('href')!)![1]),
    );
    expect(ids).toContain(paper.id);
    expect(await results.locator('button[data-star]').count()).toBe(ids.length);
    const button = page.locator(`[data-filter-results] button[data-star="${paper.id}"]`);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const title = plainTitle(paper.title);
    expect(title).not.toContain('$');
    expect(await button.getAttribute('aria-label')).toBe(`Star ${title}`);
    await page.goto(`${site.url}starred/`);
    await expect.poll(() => starredTitles(page)).toEqual([title]);
    await context.close();
  });

  it('puts the star at the end of every card, with or without tags before it', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${site.url}papers/`);
    await page.locator('.card-foot .reading-list').first().waitFor({ state: 'visible' });
    // A paper without tags has no tag list in its card's foot (`TagChips` renders nothing): the first card as one.
    await page
      .locator('.card-foot')
      .first()
      .evaluate((foot) => foot.querySelector('.chips')?.remove());
    const gaps = await page.locator('.card-foot').evaluateAll((feet) =>
      feet.map((foot) => {
        const star = foot.querySelector('.reading-list')!.getBoundingClientRect();
        return Math.round(foot.getBoundingClientRect().right - star.right);
      }),
    );
    await context.close();
    expect(gaps.length).toBeGreaterThan(1);
    expect(gaps).toEqual(gaps.map(() => 0));
  });

  it('shows no star and no mark without JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await page.goto(`${site.url}papers/`);
    expect(await page.locator('[data-paper]').count()).toBeGreaterThan(0);
    expect(await page.locator('button[data-star], .new-mark').count()).toBe(0);
    await page.goto(`${site.url}starred/`);
    await expect(page.locator('[data-starred-unavailable]').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
