/**
 * The tag filter's speed in a real browser: serves a built site, opens a list page in Chromium, opens the
 * filter and clicks two tag chips, one after the other. For each click it times the first results (the
 * live region's new text, the moment the result cards are in the page) from the click, and counts the
 * bytes the page fetched for it (Resource Timing: body bytes as sent by the server, and gzipped as a
 * static host would send them).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import { gzipSize } from '../lib/page-weight.ts';

/** One click on a chip and what followed. */
export interface ClickFigures {
  /** The tags selected after the click. */
  tags: string[];
  /** Milliseconds from the click to the live region announcing the results. */
  ms: number;
  /** Files fetched for the click. */
  requests: number;
  /** Their bodies as served (uncompressed here), bytes. */
  bytes: number;
  /** The same files gzipped, bytes. */
  gzipBytes: number;
  /** What the live region said. */
  status: string;
}

/** What the page records for one click (in `window.bench`): `performance.now()` times. */
interface Bench {
  clicked: number;
  shown: number;
}

/** The clicks on one list page. */
export interface FilterFigures {
  route: string;
  clicks: ClickFigures[];
}

/** Runs the filter benchmark on each of `routes` (base-relative) of the site in `dist` served under `base`. */
export async function benchFilter(
  dist: string,
  base: string,
  routes: readonly string[],
  tags: readonly [string, string],
): Promise<FilterFigures[]> {
  const server = await serveDist(dist, base);
  const browser = await launchBrowser();
  try {
    const figures: FilterFigures[] = [];
    for (const route of routes) {
      const { context, page } = await openPage(browser);
      await page.goto(new URL(route, server.url).href, { waitUntil: 'load' });
      await page.locator('[data-filter-details] > summary').click();
      const clicks: ClickFigures[] = [];
      for (const tag of tags) clicks.push(await clickChip(page, tag, dist, base));
      figures.push({ route, clicks });
      await context.close();
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Clicks the chip of `tag` and waits for the first result card: the filter script's `tag-filter`
 * performance measure (from its start mark to the first card on screen), or, without it, the live region
 * announcing the results with a card in the list. Then waits for the fetches to settle and counts them.
 */
async function clickChip(page: Page, tag: string, dist: string, base: string): Promise<ClickFigures> {
  const chip = page.locator(`[data-tag-filter] button[data-tag="${tag}"]`);
  await chip.waitFor();
  await page.evaluate(() => {
    const status = document.querySelector('[data-filter-status]')!;
    const w = window as unknown as { bench: Bench };
    const measures = performance.getEntriesByName('tag-filter').length;
    w.bench = { clicked: 0, shown: 0 };
    document.addEventListener('click', () => (w.bench.clicked = performance.now()), {
      capture: true,
      once: true,
    });
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('tag-filter').at(-1);
      if (!entry || performance.getEntriesByName('tag-filter').length <= measures) return;
      w.bench.shown = entry.startTime + entry.duration;
      observer.disconnect();
    }).observe({ type: 'measure' });
    const before = status.textContent;
    new MutationObserver((_, observer) => {
      if (status.textContent === before || !document.querySelector('[data-filter-results] li')) return;
      w.bench.shown ||= performance.now();
      observer.disconnect();
    }).observe(document.querySelector('[data-tag-filter]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await chip.click();
  await page.waitForFunction(() => (window as unknown as { bench: Bench }).bench.shown > 0, null, {
    timeout: 60_000,
  });
  await settled(page);
  const result = await page.evaluate(() => {
    const { clicked, shown } = (window as unknown as { bench: Bench }).bench;
    const fetched = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= clicked) as PerformanceResourceTiming[];
    return {
      ms: shown - clicked,
      urls: fetched.map((entry) => new URL(entry.name).pathname),
      bytes: fetched.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      status: document.querySelector('[data-filter-status]')?.textContent ?? '',
      tags: new URLSearchParams(location.search).get('tags')?.split(',') ?? [],
    };
  });
  let gzipBytes = 0;
  for (const path of result.urls) {
    const file = join(dist, decodeURIComponent(path.slice(base.length)));
    gzipBytes += gzipSize(await readFile(file, 'utf8').catch(() => ''));
  }
  return {
    tags: result.tags,
    ms: result.ms,
    requests: result.urls.length,
    bytes: result.bytes,
    gzipBytes,
    status: result.status,
  };
}

/** Waits until the page has started no fetch for 300 ms (the rest of the first cards' chunks). */
async function settled(page: Page): Promise<void> {
  let count = -1;
  for (;;) {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (now === count) return;
    count = now;
    await page.waitForTimeout(300);
  }
}
