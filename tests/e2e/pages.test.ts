/**
 * Pages as a reader meets them under `/paper-digest/`: the 404 page at any depth, untrusted text shown
 * as text, LaTeX titles as math, a paper's related papers.
 */
import { describe, expect, it } from 'vitest';
import { openPage, recordDialogs, useSiteInBrowser } from '../support/browser.ts';
import { paperRoute } from '../support/routes.ts';
import { SITE } from '../../src/config.ts';
import { relatedPapers } from '../../src/lib/site/related/rank.ts';
import { sortNewest } from '../../src/lib/site/sort-papers.ts';
import { plainTitle } from '../../src/lib/render/html.ts';

const fixture = useSiteInBrowser('project');

describe('the 404 page', () => {
  it.each(['nope/', 'papers/no-such-paper/', 'a/b/c/d/e/'])(
    'answers %s with status 404, styled and linked',
    async (route) => {
      const { context, page } = await openPage(fixture.browser);
      const response = await page.goto(fixture.url(route));
      expect(response?.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not here|not found/i);
      // The stylesheets load from any depth (base-absolute URLs): the page is styled.
      const sheets = await page.evaluate(() =>
        [...document.styleSheets].map((sheet) => sheet.cssRules.length),
      );
      expect(sheets.length).toBeGreaterThan(0);
      expect(Math.min(...sheets)).toBeGreaterThan(0);
      await page
        .getByRole('main')
        .getByRole('link', { name: /All papers/ })
        .click();
      await page.waitForURL(fixture.url('papers/'));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All papers');
      await context.close();
    },
  );
});

describe('a paper whose abstract holds markup', () => {
  it('shows the markup as text and runs none of it', async () => {
    const paper = fixture.site.papers.find((candidate) =>
      candidate.abstract.includes('<script>alert(1)</script>'),
    )!;
    const { context, page } = await openPage(fixture.browser);
    const dialogs = recordDialogs(page);
    await page.goto(fixture.url(paperRoute(paper.id)));
    const abstract = page.getByRole('region', { name: 'Abstract' });
    expect(await abstract.textContent()).toContain('<script>alert(1)</script>');
    expect(await abstract.textContent()).toContain('javascript:alert(1)');
    expect(await abstract.getByRole('link', { name: /javascript/ }).count()).toBe(0);
    const hrefs = await page
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href ?? ''))).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('a paper whose title holds markup', () => {
  it('shows the markup as text on its page and in the filter results', async () => {
    const paper = fixture.site.papers.find((candidate) => candidate.title.includes('<img'))!;
    const { context, page } = await openPage(fixture.browser);
    const dialogs = recordDialogs(page);
    await page.goto(fixture.url(paperRoute(paper.id)));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      '<img src=x onerror=alert(2)>',
    );
    // The filter builds its result cards in the browser from the titles in its data files.
    await page.goto(fixture.url(`?tags=${paper.tags[0]}&match=all`));
    const card = page.getByRole('main').getByRole('link', { name: /<img src=x onerror=alert\(2\)>/ });
    await card.waitFor();
    expect(await page.getByRole('main').locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('a paper with LaTeX in its title', () => {
  it('renders the title as math, readable by assistive technology', async () => {
    const paper = fixture.site.papers.find((candidate) => candidate.title.startsWith('$\\mathcal{O}(n)$'))!;
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url(paperRoute(paper.id)));
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.getByRole('math').count()).toBe(2);
    expect(await heading.innerText()).not.toContain('$');
    expect(await page.title()).toMatch(
      /^O\(n\)-Retrieval: Linear-Time Dense Embedding Search with k-Means Codebooks/,
    );
    await context.close();
  });
});

describe('a paper page’s related papers', () => {
  it('lists the related-papers choice, newest first, as plain titles linking to their pages', async () => {
    const related = relatedPapers(fixture.site.papers, SITE.relatedCount);
    const paper = fixture.site.papers.find((candidate) => candidate.title.startsWith('Time-MoE'))!;
    const expected = sortNewest(
      related.get(paper.id)!.map((id) => fixture.site.papers.find((other) => other.id === id)!),
    );
    // Only papers above the similarity threshold: Time-MoE has fewer than five such.
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThanOrEqual(SITE.relatedCount);
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url(paperRoute(paper.id)));
    const links = page
      .getByRole('region', { name: 'Related papers' })
      .getByRole('listitem')
      .getByRole('link');
    expect(await links.allTextContents()).toEqual(expected.map((other) => plainTitle(other.title)));
    // Another time-series paper is among them.
    expect((await links.allTextContents()).some((title) => /time series/i.test(title))).toBe(true);
    const dates = page.getByRole('region', { name: 'Related papers' }).locator('time');
    const shown = await dates.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(shown).toEqual(expected.flatMap((other) => (other.publishedOn ? [other.publishedOn] : [])));
    // Newest first, whichever is the most similar.
    expect(shown).toEqual([...shown].sort().reverse());
    await links.first().click();
    await page.waitForURL(fixture.url(paperRoute(expected[0]!.id)));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(plainTitle(expected[0]!.title));
    await context.close();
  });

  it('shows the 4D-scene paper no time-series paper: only the tokenizer paper it shares a subject with', async () => {
    const scene = fixture.site.papers.find((candidate) => candidate.title.startsWith('$I^{2}$-World'))!;
    const { context, page } = await openPage(fixture.browser);
    await page.goto(fixture.url(paperRoute(scene.id)));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const links = page.getByRole('region', { name: 'Related papers' }).getByRole('link');
    expect(await links.allTextContents()).toEqual([expect.stringMatching(/^Über-Tokenizer:/)]);
    await context.close();
  });
});

describe("a paper page's resources", () => {
  it('keeps a long repository name within its column, wrapping it, at 1200 px', async () => {
    const paper = fixture.site.papers.find((candidate) =>
      candidate.links.some((link) => link.kind === 'code'),
    )!;
    const { context, page } = await openPage(fixture.browser);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(fixture.url(paperRoute(paper.id)));
    const resources = page.getByRole('region', { name: 'Resources' });
    // The fixture's dumps give no repository with stars: its line is made here as `PaperLinks` writes it.
    await resources
      .locator('li')
      .first()
      .evaluate((li) => {
        li.setAttribute('data-github', '');
        li.innerHTML =
          '<span class="kind">Code</span> <span><a href="#">GitHub · 110k stars</a> ' +
          '<span class="repo">tauricresearch/tradingagents-multi-agent-framework</span></span>';
      });
    const edge = (box: { x: number; width: number } | null) => box!.x + box!.width;
    const repo = await resources.locator('.repo').boundingBox();
    const column = await resources.boundingBox();
    expect(edge(repo)).toBeLessThanOrEqual(edge(column) + 0.5);
    expect(repo!.height, 'the name wraps onto more lines').toBeGreaterThan(30);
    await context.close();
  });
});
