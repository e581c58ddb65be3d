/**
 * Math in a title keeps the heading's line spacing: every line of a title with KaTeX in it is as tall as
 * the heading's line height, the first (the one with the math) included, on paper pages and digest cards.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useSiteInBrowser } from '../support/browser.ts';
import { digestDates } from '../support/papers.ts';
import { digestRoute, paperRoute } from '../support/routes.ts';

const fixture = useSiteInBrowser('project');

/** Each heading with math on the page: its text, its height and its line height in CSS pixels. */
const mathHeadings = (page: Page) =>
  page.locator(':is(h1, h2, h3):has(.katex)').evaluateAll((headings) =>
    headings.map((heading) => ({
      title: heading.querySelector('.katex-mathml annotation')?.textContent ?? '',
      height: heading.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(heading).lineHeight),
    })),
  );

describe.each([1280, 375])('at %i CSS pixels', (width) => {
  it('every paper page whose title has math sets its lines evenly', async () => {
    const papers = fixture.site.papers.filter((paper) => paper.title.includes('$'));
    expect(papers.map((paper) => paper.title)).toContainEqual(expect.stringContaining('Refiner'));
    const { context, page } = await openPage(fixture.browser, { width });
    for (const paper of papers) {
      await page.goto(fixture.url(paperRoute(paper.id)));
      const [heading] = await mathHeadings(page);
      expect(heading, paper.title).toBeDefined();
      const lines = Math.round(heading!.height / heading!.lineHeight);
      expect(heading!.height, paper.title).toBeCloseTo(lines * heading!.lineHeight, 0);
    }
    await context.close();
  });

  it('every card title with math in the digests sets its lines evenly', async () => {
    const { context, page } = await openPage(fixture.browser, { width });
    let seen = 0;
    for (const date of digestDates(fixture.site.papers)) {
      await page.goto(fixture.url(digestRoute(date)));
      for (const heading of await mathHeadings(page)) {
        seen++;
        const lines = Math.round(heading.height / heading.lineHeight);
        expect(heading.height, heading.title).toBeCloseTo(lines * heading.lineHeight, 0);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
