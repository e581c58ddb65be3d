/**
 * The home page, day, week and month views and the digests index in Chromium, on a site of its own built from
 * `tests/fixtures/digests/dumps/` under `/paper-digest/`: three dumps with upvote counts, Monday Dec 29 and
 * Wednesday Dec 31 2025 and Thursday Jan 1 2026, all in ISO week 2026-W01, across two months, Dec 30 missing.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve.ts';
import { launchBrowser, openPage, type View } from '../support/browser.ts';
import { buildSite, ROOT, sitePaths, type SiteInfo } from '../support/site.ts';

const BASE = '/paper-digest/';
let dir: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'paper-digest-digests-'));
  const site: SiteInfo = {
    // Only the paths and the base matter to the build; the name labels the shared fixture sites.
    name: 'project',
    base: BASE,
    dumps: join(ROOT, 'tests/fixtures/digests/dumps'),
    env: {},
    url: '',
    ...sitePaths(dir),
  };
  // A test worker's environment carries Vite's own (`BASE_URL=/`, `MODE`…), which the build would take as its own.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) Reflect.deleteProperty(process.env, name);
  await buildSite(site, AbortSignal.timeout(300_000));
  const status = JSON.parse(await readFile(site.statusFile, 'utf8')) as { ok: boolean; error?: string };
  if (!status.ok) throw new Error(status.error);
  served = await serveDist(site.dist, BASE);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await rm(dir, { recursive: true, force: true });
});

async function visit(route: string, view: View = {}): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openPage(browser, view);
  const response = await page.goto(new URL(route, served.url).href);
  expect(response?.status(), route).toBe(200);
  return { page, close: () => context.close() };
}

/** The titles of the server-rendered cards, in order (the words before each title's colon). */
const cardTitles = (page: Page) =>
  page
    .locator('[data-filter-server] .papers > li h2 a')
    .evaluateAll((links) => links.map((link) => (link.textContent ?? '').split(':')[0]));

describe('the home page', () => {
  it('shows the latest digest ranked by upvotes, and says so', async () => {
    const { page, close } = await visit('');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Latest digest');
    expect(await page.locator('.digest-summary').textContent()).toContain('Jan 1, 2026');
    expect(await page.locator('.rank-note').first().textContent()).toMatch(/^Ranked by upvotes/);
    // Jan 1: Zeta 1, Eta 50, Theta 7, Iota 12.
    expect(await cardTitles(page)).toEqual(['Eta Video', 'Iota Audio', 'Theta Math', 'Zeta Robots']);
    await close();
  });

  it('lists the top papers of each earlier digest of the week, newest first', async () => {
    const { page, close } = await visit('');
    const section = page.getByRole('region', { name: 'Earlier that week' });
    expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Dec 31, 2025',
      'Dec 29, 2025',
    ]);
    const lists = await section
      .locator('ol')
      .evaluateAll((ols) =>
        ols.map((ol) => [...ol.querySelectorAll('li > a')].map((a) => (a.textContent ?? '').split(':')[0])),
      );
    // Dec 31: Delta 3, Epsilon 40, Alpha 9 (its latest count). Dec 29: Alpha 9, Beta 20, Gamma 20 (tie: page order).
    expect(lists).toEqual([
      ['Epsilon Code', 'Alpha Retrieval', 'Delta Agents'],
      ['Beta Vision', 'Gamma Speech', 'Alpha Retrieval'],
    ]);
    await section.getByRole('link', { name: 'Week 1, 2026' }).click();
    await page.waitForURL(new URL('digests/2026-W01/', served.url).href);
    await close();
  });
});

describe('a digest page', () => {
  it('links to the older and newer digest, its week and its month', async () => {
    const { page, close } = await visit('digests/2025-12-31/');
    const nav = page.getByRole('navigation', { name: 'Other digests' });
    expect(await nav.locator('a[rel=prev]').getAttribute('href')).toBe(`${BASE}digests/2025-12-29/`);
    expect(await nav.locator('a[rel=next]').getAttribute('href')).toBe(`${BASE}digests/2026-01-01/`);
    expect(await nav.getByRole('link', { name: 'Week 1, 2026' }).getAttribute('href')).toBe(
      `${BASE}digests/2026-W01/`,
    );
    expect(await nav.getByRole('link', { name: 'December 2025' }).getAttribute('href')).toBe(
      `${BASE}digests/2025-12/`,
    );
    await nav.getByRole('link', { name: /Older/ }).click();
    await page.waitForURL(new URL('digests/2025-12-29/', served.url).href);
    expect(await page.getByRole('navigation', { name: 'Other digests' }).textContent()).toContain(
      'The first digest',
    );
    // The first digest holds only new papers: no count of them.
    expect(await page.locator('.digest-summary').textContent()).toContain('all new');
    expect(await cardTitles(page)).toEqual(['Alpha Retrieval', 'Beta Vision', 'Gamma Speech']);
    expect(await page.locator('.rank-note').textContent()).toBe('In the Daily Papers page’s own order.');
    await close();
  });
});

describe('week and month views', () => {
  it('ranks every paper of the week once, across the year boundary', async () => {
    const { page, close } = await visit('digests/2026-W01/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Papers of Week 1, 2026');
    expect(await page.locator('.rank-note').textContent()).toMatch(/^Ranked by upvotes/);
    expect(await cardTitles(page)).toEqual([
      'Eta Video',
      'Epsilon Code',
      'Beta Vision',
      'Gamma Speech',
      'Iota Audio',
      'Alpha Retrieval',
      'Theta Math',
      'Delta Agents',
      'Zeta Robots',
    ]);
    const days = await page
      .locator('main .period-days a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(days).toEqual(['2025-12-29', '2025-12-31', '2026-01-01'].map((d) => `${BASE}digests/${d}/`));
    await close();
  });

  it('ranks each month, and links one month to the next', async () => {
    const { page, close } = await visit('digests/2025-12/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Papers of December 2025');
    expect(await cardTitles(page)).toEqual([
      'Epsilon Code',
      'Beta Vision',
      'Gamma Speech',
      'Alpha Retrieval',
      'Delta Agents',
    ]);
    await page
      .getByRole('navigation', { name: 'Other months' })
      .getByRole('link', { name: /January 2026/ })
      .click();
    await page.waitForURL(new URL('digests/2026-01/', served.url).href);
    expect(await cardTitles(page)).toEqual(['Eta Video', 'Iota Audio', 'Theta Math', 'Zeta Robots']);
    await close();
  });
});

describe('the digests index', () => {
  it('shows each month as a calendar, linking digests, weeks and months, marking the missing days', async () => {
    const { page, close } = await visit('digests/');
    const december = page.getByRole('table', { name: 'December 2025' });
    expect(await december.getByRole('link', { name: /^29/ }).getAttribute('href')).toBe(
      `${BASE}digests/2025-12-29/`,
    );
    expect(await december.getByRole('cell', { name: '30: no digest' }).count()).toBe(1);
    // Only days between the first digest (Dec 29) and the latest (Jan 1) can be missing ones.
    expect(await december.getByRole('cell', { name: '28: no digest' }).count()).toBe(0);
    expect(await december.getByRole('cell', { name: '28', exact: true }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'January 2026' }).getByText('no digest').count()).toBe(0);
    expect(await december.getByRole('link', { name: 'Week 01' }).getAttribute('href')).toBe(
      `${BASE}digests/2026-W01/`,
    );
    // Week 50 of 2025 has no digest: its number is not a link.
    expect(await december.getByRole('link', { name: 'Week 50' }).count()).toBe(0);
    expect(
      await page
        .getByRole('table', { name: 'January 2026' })
        .getByRole('link', { name: /^1\b.*4 papers/ })
        .count(),
    ).toBe(1);
    expect(await page.getByRole('main').textContent()).toContain('Weekends are often missing');
    await close();
  });
});

describe('the topics index', () => {
  it('lists only topics with papers, most papers first', async () => {
    const { page, close } = await visit('tags/');
    const counts = await page
      .locator('main .index .count')
      .evaluateAll((spans) => spans.map((span) => Number((span.textContent ?? '').replace(/\D/g, ''))));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await close();
  });
});

const ROUTES = ['', 'digests/', 'digests/2025-12-31/', 'digests/2026-W01/', 'digests/2025-12/', 'tags/'];

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it.each(ROUTES)('"%s" has no axe violation', async (route) => {
    const { page, close } = await visit(route, { colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    await close();
    expect(violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`))).toEqual([]);
  });
});

describe('at 375 CSS pixels', () => {
  it.each(ROUTES)('"%s" does not scroll sideways', async (route) => {
    const { page, close } = await visit(route, { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await close();
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
