/**
 * The For you page in Chromium on the built fixture site: empty with a way to start when nothing is starred,
 * then, after starring two papers, their unstarred neighbours ranked as `rankForYou` ranks them, each saying
 * which star it is like; only the site's own files are requested; axe-clean in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rankForYou } from '../../src/lib/client/for-you.ts';
import { plainTitle } from '../../src/lib/render/html.ts';
import { FOR_YOU_NEIGHBOURS, neighbourData } from '../../src/lib/site/related/neighbour-data.ts';
import { nearestNeighbours } from '../../src/lib/site/related/rank.ts';
import { openPage, useSiteInBrowser, type View } from '../support/browser.ts';
import { paperRoute } from '../support/routes.ts';

const fixture = useSiteInBrowser('project');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const paperStarting = (start: string) => fixture.site.papers.find((p) => p.title.startsWith(start))!;

/** The For you page's cards: each one's title link (its paper) and its "because" line. */
const suggestions = (page: Page) =>
  page.locator('[data-for-you-list] > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector<HTMLAnchorElement>(':is(h2, h3) a')!.pathname,
      because: li.querySelector('.because')?.textContent ?? '',
    })),
  );

/** Opens a page recording every URL it requests. */
async function open(view?: View) {
  const { context, page } = await openPage(fixture.browser, view);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  return { context, page, requested };
}

/** Stars the papers from their own pages, by their star buttons, as a reader does. */
async function star(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    await page.goto(fixture.url(paperRoute(id)));
    const button = page.locator(`button[data-star="${id}"]`).first();
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
  }
}

describe('the For you page', () => {
  it('is empty, saying how to start, when nothing is starred', async () => {
    const { context, page } = await open();
    await page.goto(fixture.url('for-you/'));
    const empty = page.locator('[data-for-you-empty]');
    await empty.waitFor({ state: 'visible' });
    expect(await empty.innerText()).toMatch(/^Nothing starred yet\. Star a few papers/);
    expect(await empty.getByRole('link').getAttribute('href')).toBe('/paper-digest/papers/');
    expect(await page.locator('[data-for-you-list] > li').count()).toBe(0);
    expect(await page.locator('[data-for-you-unavailable]').isVisible()).toBe(false);
    await context.close();
  });

  it('ranks the neighbours of two starred papers, says which star each is like, and asks only the site', async () => {
    const timeMoe = paperStarting('Time-MoE:');
    const causal = paperStarting('Causal2Vec:');
    const { context, page, requested } = await open();
    await star(page, [timeMoe.id, causal.id]);
    await page.goto(fixture.url('for-you/'));
    await page.locator('[data-for-you-list] > li .because').first().waitFor();

    const shown = await suggestions(page);
    const expected = rankForYou(neighbourData(nearestNeighbours(fixture.site.papers, FOR_YOU_NEIGHBOURS)), [
      timeMoe.id,
      causal.id,
    ]);
    expect(expected.length).toBeGreaterThan(2);
    const title = (id: string) => plainTitle(fixture.site.papers.find((p) => p.id === id)!.title);
    expect(shown).toEqual(
      expected.map((s) => ({
        href: `/paper-digest/${paperRoute(s.id)}`,
        because: `Because you starred “${title(s.because)}”`,
      })),
    );
    // Read from the dumps: AutoTimes is the other time-series forecaster, NV-Embed the other LLM embedding model.
    const because = new Map(shown.map((s) => [s.href, s.because]));
    expect(because.get(`/paper-digest/${paperRoute(paperStarting('AutoTimes:').id)}`)).toMatch(/Time-MoE/);
    expect(because.get(`/paper-digest/${paperRoute(paperStarting('NV-Embed:').id)}`)).toMatch(/Causal2Vec/);
    for (const starred of [timeMoe, causal]) {
      expect(shown.map((s) => s.href)).not.toContain(`/paper-digest/${paperRoute(starred.id)}`);
    }
    // The suggested cards carry their own star buttons, not pressed.
    expect(await page.locator('[data-for-you-list] button[data-star][aria-pressed="true"]').count()).toBe(0);

    const origin = new URL(fixture.site.url).origin;
    expect(requested.filter((url) => !url.startsWith(`${origin}/paper-digest/`))).toEqual([]);
    expect(requested.some((url) => url.endsWith('/paper-digest/for-you/neighbours.json'))).toBe(true);
    await context.close();
  });

  it('loads the neighbour data on For you only', async () => {
    const { context, page, requested } = await open();
    await star(page, [paperStarting('Time-MoE:').id]);
    await page.goto(fixture.url('starred/'));
    await page.locator('[data-starred-list] > li').first().waitFor();
    await page.goto(fixture.url(''));
    expect(requested.filter((url) => url.includes('neighbours.json'))).toEqual([]);
    await context.close();
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it('has no axe violation, empty or with suggestions', async () => {
      const { context, page } = await open({ colorScheme });
      await page.goto(fixture.url('for-you/'));
      await page.locator('[data-for-you-empty]').waitFor({ state: 'visible' });
      const empty = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      await star(page, [paperStarting('Time-MoE:').id, paperStarting('Causal2Vec:').id]);
      await page.goto(fixture.url('for-you/'));
      await page.locator('[data-for-you-list] > li .because').first().waitFor();
      const full = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      await context.close();
      const found = [...empty.violations, ...full.violations].flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
      );
      expect(found).toEqual([]);
    });
  });
});
