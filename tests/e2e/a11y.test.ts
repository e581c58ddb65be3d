/**
 * Accessibility of every kind of page under `/paper-digest/`: axe-core finds no WCAG 2.2 A/AA
 * violation in the light and the dark theme, on a desktop and at 375 CSS pixels, and at 320 nothing
 * scrolls sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/schemas/paper.ts';
import { openPage, useSiteInBrowser, type View } from '../support/browser.ts';
import { digestDates, paperTitled, tagPairToFilter, tagsInUse } from '../support/papers.ts';
import { digestRoute, paperRoute, tagRoute } from '../support/routes.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const NON_ASCII_TITLE =
  'Über-Tokenizer: naïve Café-Sprachmodelle und 日本語 Speech Recognition für mehrsprachige Audio-Transkription';

/** The tag most papers carry (ties by id). */
function biggestTag(papers: readonly Paper[]): string {
  const count = (tag: string) => papers.filter((paper) => paper.tags.includes(tag)).length;
  return tagsInUse(papers).sort((x, y) => count(y) - count(x) || x.localeCompare(y))[0]!;
}

/** The pages under test, by what they are: their base-relative route, from the records. */
const PAGES: Record<string, (papers: readonly Paper[]) => string> = {
  home: () => '',
  'a paper with LaTeX in its title': (papers) =>
    paperRoute(papers.find((paper) => paper.title.startsWith('$\\mathcal{O}(n)$-Retrieval'))!.id),
  'a paper with a long non-ASCII title': (papers) => paperRoute(paperTitled(papers, NON_ASCII_TITLE).id),
  'a tag': (papers) => tagRoute(biggestTag(papers)),
  'the tags index': () => 'tags/',
  'a digest': (papers) => digestRoute(digestDates(papers)[1]!),
  'the digests index': () => 'digests/',
  'all papers': () => 'papers/',
  'the top papers': () => 'papers/top/',
  'a list filtered by two tags': (papers) => `papers/?tags=${tagPairToFilter(papers).join(',')}&match=any`,
  'search results': () => 'search/?q=retrieval',
  'the statistics page': () => 'stats/',
  'the Starred page': () => 'starred/',
  'the 404 page': () => 'no/such/page/',
};
const KINDS = Object.keys(PAGES);
/** axe runs on one page per template (it is the slow part): the second paper page only adds width trouble. */
const AXE_KINDS = KINDS.filter((kind) => kind !== 'a paper with a long non-ASCII title');

const fixture = useSiteInBrowser('project');

/** Opens the page of `kind` and waits until a filter selection in its URL has been applied. */
async function visit(kind: string, view: View): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openPage(fixture.browser, view);
  const route = PAGES[kind]!(fixture.site.papers);
  await page.goto(fixture.url(route));
  if (route.includes('?tags=')) {
    await expect.poll(() => page.getByRole('main').getByRole('status').textContent()).toMatch(/\d/);
  }
  if (route.includes('?q=')) {
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/match/);
  }
  return { page, close: () => context.close() };
}

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 375],
  ['dark', 375],
] as const)('in the %s theme at %i CSS pixels', (colorScheme, width) => {
  it.each(AXE_KINDS)('%s has no axe violation', async (kind) => {
    const { page, close } = await visit(kind, { colorScheme, width });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    await close();
    const found = violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('under the pointer, in the %s theme', (colorScheme) => {
  it('a pressed topic chip keeps its contrast', async () => {
    const { page, close } = await visit('a list filtered by two tags', { colorScheme, width: 1280 });
    const chip = page.locator('.chips [aria-pressed="true"]').first();
    await chip.hover();
    const { violations } = await new AxeBuilder({ page })
      .include('.chips [aria-pressed="true"]')
      .withRules(['color-contrast'])
      .analyze();
    await close();
    expect(violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual(
      [],
    );
  });
});

describe('at 320 CSS pixels wide', () => {
  it.each(KINDS)('%s does not scroll sideways', async (kind) => {
    const { page, close } = await visit(kind, { width: 320 });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !element.parentElement?.closest('[data-overflowing]'))
        .map((element) => {
          element.setAttribute('data-overflowing', '');
          return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
        });
      return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
    });
    await close();
    expect(overflow, `wider than the viewport: ${overflow.wide.join(', ')}`).toMatchObject({
      scrollWidth: overflow.width,
    });
  });
});
