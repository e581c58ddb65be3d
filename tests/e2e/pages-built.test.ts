/**
 * The fixture site (seed dump + two later dumps) built by the real build command, at a project base
 * and at the root: every record, tag and digest has its page, links and assets resolve, the HTML is
 * valid, every internal URL carries the base, and nothing from the input runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { sortTop } from '../../src/lib/site/sort-papers.ts';
import { createValidator, listFiles, listPages, pagePath, parsePage, spacedText } from '../support/dist.ts';
import { digestDates, tagsInUse } from '../support/papers.ts';
import { digestRoute, paperRoute, routeFile, tagRoute } from '../support/routes.ts';
import { FIXTURE_DUMPS, siteReady, SITE_URL, type ReadySite, type SiteName } from '../support/site.ts';

/** Attributes that hold a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

describe.each<SiteName>(['project', 'root'])('the fixture site built for the %s base', (name) => {
  let site: ReadySite;
  let pages: string[];

  beforeAll(async () => {
    site = await siteReady(inject('sites')[name]);
    pages = await listPages(site.dist);
  });

  /** Paper ids linked from the pages whose files start with `prefix` (a list and its pagination). */
  async function papersLinkedFrom(prefix: string): Promise<Set<string>> {
    const ids = new Set<string>();
    const papersPath = `${site.base}papers/`;
    for (const file of pages.filter((page) => page.startsWith(prefix))) {
      for (const link of (await parsePage(join(site.dist, file))).querySelectorAll('a[href]')) {
        const href = String(link.getAttributeValue('href'));
        const id = /^([a-z0-9-]+)\/$/.exec(
          href.startsWith(papersPath) ? href.slice(papersPath.length) : '',
        )?.[1];
        if (id) ids.add(id);
      }
    }
    return ids;
  }

  it('is built from every fixture dump, merging repeated papers', async () => {
    const dumps = (await readdir(FIXTURE_DUMPS)).map((file) => file.replace(/\.txt$/, '')).sort();
    expect(digestDates(site.papers)).toEqual(dumps);
    const causal2vec = site.papers.find((paper) => paper.title.startsWith('Causal2Vec:'));
    // Plain dumps show the comment count after the date, and no upvotes.
    expect(causal2vec).toMatchObject({ digests: dumps, upvotes: null, comments: 9 });
  });

  it("says when a repeated paper was first seen on the later digests' lists, and on no other list", async () => {
    const paper = site.papers.find((p) => p.title.startsWith('Causal2Vec:'))!;
    const [first, ...later] = paper.digests;
    const cardText = async (route: string) => {
      const cards = (await parsePage(join(site.dist, routeFile(route)))).querySelectorAll('.papers > li');
      const card = cards.find((li) => li.querySelector(`a[href="${site.base}${paperRoute(paper.id)}"]`));
      expect(card, `the card of "${paper.title}" on ${route}`).toBeDefined();
      return spacedText(card!);
    };
    expect(later.length).toBeGreaterThan(0);
    for (const date of later) expect(await cardText(digestRoute(date))).toContain(`First seen`);
    for (const route of [digestRoute(first!), 'papers/', tagRoute(paper.tags[0]!)])
      expect(await cardText(route), route).not.toContain('First seen');
  });

  it('has a page for every paper, linking to the digests it appeared in', async () => {
    for (const paper of site.papers) {
      const file = routeFile(paperRoute(paper.id));
      expect(pages, `page of "${paper.title}"`).toContain(file);
      const hrefs = (await parsePage(join(site.dist, file)))
        .querySelectorAll('a[href]')
        .map((a) => a.getAttributeValue('href'));
      for (const date of paper.digests)
        expect(hrefs, `${file} links its digest`).toContain(site.base + digestRoute(date));
    }
  });

  it('has a page for every tag, listing exactly the papers with that tag', async () => {
    const tags = tagsInUse(site.papers);
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) {
      expect(pages, `page of tag ${tag}`).toContain(routeFile(tagRoute(tag)));
      const expected = site.papers.filter((paper) => paper.tags.includes(tag)).map((paper) => paper.id);
      expect([...(await papersLinkedFrom(tagRoute(tag)))].sort(), `papers listed under tag ${tag}`).toEqual(
        expected.sort(),
      );
    }
  });

  it('has a page for every digest, listing exactly the papers of its dump', async () => {
    for (const date of digestDates(site.papers)) {
      expect(pages, `page of digest ${date}`).toContain(routeFile(digestRoute(date)));
      const expected = site.papers.filter((paper) => paper.digests.includes(date)).map((paper) => paper.id);
      expect(
        [...(await papersLinkedFrom(digestRoute(date)))].sort(),
        `papers listed in digest ${date}`,
      ).toEqual(expected.sort());
    }
  });

  it('lists on /papers/top/ the most upvoted papers in order, at most SITE.topListSize of them', async () => {
    const pageNumber = (file: string) => Number(/^papers\/top\/(\d+)\//.exec(file)?.[1] ?? 1);
    const files = pages
      .filter((page) => /^papers\/top\/(\d+\/)?index\.html$/.test(page))
      .sort((a, b) => pageNumber(a) - pageNumber(b));
    const listed: string[] = [];
    for (const file of files) {
      for (const link of (await parsePage(join(site.dist, file))).querySelectorAll('.papers h2 a')) {
        listed.push(String(link.getAttributeValue('href')).slice(`${site.base}papers/`.length, -1));
      }
    }
    const expected = sortTop(site.papers).slice(0, SITE.topListSize);
    expect(listed).toEqual(expected.map((paper) => paper.id));
    // No fixture paper has known upvotes: the page says so instead of ranking them all at 0.
    expect(expected).toEqual([]);
    const main = (await parsePage(join(site.dist, 'papers/top/index.html'))).querySelector('main')!;
    expect(spacedText(main)).toContain('No upvote counts are known yet');
    expect(spacedText(main)).not.toMatch(/\b0 upvotes\b/);
  });

  it('shows known counts only, and finds a paper without an arXiv id by search', async () => {
    const causal2vec = site.papers.find((paper) => paper.title.startsWith('Causal2Vec:'))!;
    const main = (await parsePage(join(site.dist, routeFile(paperRoute(causal2vec.id))))).querySelector(
      'main',
    )!;
    const meta = spacedText(main.querySelector('.paper-head .meta')!);
    expect(meta).toContain('9 comments');
    expect(meta).not.toContain('upvote');
    const hrefs = main.querySelectorAll('a[href]').map((a) => String(a.getAttributeValue('href')));
    expect(hrefs.some((href) => href.startsWith('https://huggingface.co/papers?q='))).toBe(true);
    expect(hrefs.some((href) => href.startsWith('https://arxiv.org/abs/'))).toBe(false);
    // No page of the fixture writes a count it does not know.
    for (const file of pages) {
      expect(await readFile(join(site.dist, file), 'utf8'), file).not.toMatch(/\b0 upvotes\b/);
    }
  });

  it('says on each digest page its date, how many papers it holds and how many were new in it', async () => {
    const dates = digestDates(site.papers);
    for (const date of dates) {
      const held = site.papers.filter((paper) => paper.digests.includes(date)).length;
      const fresh = site.papers.filter((paper) => paper.digests[0] === date).length;
      const main = (await parsePage(join(site.dist, routeFile(digestRoute(date))))).querySelector('main')!;
      expect(main.querySelector(`time[datetime="${date}"]`), `${date} names its day`).not.toBeNull();
      const text = spacedText(main);
      expect(text).toMatch(new RegExp(`\\b${held} papers?\\b`));
      // Where every paper is new (the first dump) the count would say nothing: the page says "all new".
      expect(text).toMatch(fresh === held ? /\ball new\b/ : new RegExp(`\\b${fresh} new\\b`));
    }
  });

  it('shows the latest digest on the home page', async () => {
    const latest = digestDates(site.papers).at(-1)!;
    const expected = site.papers.filter((paper) => paper.digests.includes(latest)).map((paper) => paper.id);
    const linked = await papersLinkedFrom('index.html');
    expect(expected.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('has no broken internal link or asset', async () => {
    const origin = new URL(site.url).origin;
    const result = await check({
      path: pages.map((file) => new URL(pagePath(site.base, file), origin).href),
      recurse: false,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? 'no response'} ${link.url} (linked from ${link.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(pages.length);
  });

  it('is valid HTML', async () => {
    const validator = await createValidator();
    const report = await validator.validateMultipleFiles(pages.map((file) => join(site.dist, file)));
    const problems = report.results.flatMap((result) =>
      result.messages.map(
        (m) =>
          `${result.filePath.slice(site.dist.length + 1)}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('prefixes every internal URL with the base path', async () => {
    const siteUrl = new URL(SITE_URL);
    const wrong: string[] = [];
    for (const file of pages) {
      const root = await parsePage(join(site.dist, file));
      const urls = URL_ATTRIBUTES.flatMap((attribute) =>
        root
          .querySelectorAll(`[${attribute}]`)
          .map((element) => String(element.getAttributeValue(attribute))),
      );
      const srcsets = root
        .querySelectorAll('[srcset]')
        .flatMap((element) => String(element.getAttributeValue('srcset')).split(','))
        .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
      for (const url of [...urls, ...srcsets]) {
        if (!isInternal(url, siteUrl)) continue;
        // A relative URL (`../x/`) counts as wrong: it breaks in the 404 page served at any depth.
        const path = URL.canParse(url) ? new URL(url).pathname : url;
        if (!path.startsWith(site.base)) wrong.push(`${file}: ${url}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('marks every link the input gave as not endorsed (rel="noopener nofollow ugc")', async () => {
    const given = new Set(
      site.papers
        .flatMap((paper) => [paper.githubRepo, ...paper.links.map((link) => link.url)])
        .flatMap((url) => (url === null ? [] : [new URL(url).href])),
    );
    const endorsed: string[] = [];
    let seen = 0;
    for (const file of pages) {
      for (const link of (await parsePage(join(site.dist, file))).querySelectorAll('a[href]')) {
        const href = String(link.getAttributeValue('href'));
        if (!given.has(href)) continue;
        seen++;
        const rel = String(link.getAttributeValue('rel') ?? '').split(/\s+/);
        if (!['noopener', 'nofollow', 'ugc'].every((word) => rel.includes(word)))
          endorsed.push(`${file}: ${href}`);
      }
    }
    expect(seen, 'the fixture papers link a repository and their code').toBeGreaterThan(2);
    expect(endorsed).toEqual([]);
  });

  it('lets no markup or script URL from the input reach a page', async () => {
    const scripted = site.papers.filter((paper) => paper.abstract.includes('<script>alert(1)</script>'));
    expect(scripted.length, 'the fixture holds an abstract with a script tag').toBe(1);
    const imaged = site.papers.filter((paper) => paper.title.includes('<img src=x onerror=alert(2)>'));
    expect(imaged.length, 'the fixture holds a title with an img tag').toBe(1);
    const leaks: string[] = [];
    for (const file of pages) {
      const root = await parsePage(join(site.dist, file));
      for (const script of root.querySelectorAll('script')) {
        // Data blocks (JSON-LD) do not run; anything else with the input's code in it would.
        const type = String(script.getAttributeValue('type') ?? '');
        const runs = /^(|module|(text|application)\/(java|ecma)script)$/i.test(type);
        if (runs && script.textContent.includes('alert(1)')) leaks.push(`${file}: a <script> runs alert(1)`);
      }
      for (const element of root.querySelectorAll('*')) {
        for (const { key, value } of element.attributes) {
          const text = String(value ?? '');
          if (/^on/i.test(key)) leaks.push(`${file}: <${element.tagName} ${key}>`);
          if (/^\s*javascript:/i.test(text)) leaks.push(`${file}: <${element.tagName} ${key}="${text}">`);
        }
      }
    }
    // The filter's cards carry titles as HTML the browser inserts as markup.
    for (const file of (await listFiles(site.dist)).filter((name) => /^filter\/.*\.json$/.test(name))) {
      const text = await readFile(join(site.dist, file), 'utf8');
      if (/<(script|img)\b/i.test(text)) leaks.push(`${file}: markup from the input`);
    }
    for (const file of (await listFiles(site.dist)).filter((name) =>
      /\.(xml|rss|atom|svg|js|css|txt)$/.test(name),
    )) {
      // Feeds carry HTML escaped once for XML (RSS `description`, Atom `content type="html"`): what a feed
      // reader renders is the text with that one layer of escaping undone.
      const text = unescapeXml(await readFile(join(site.dist, file), 'utf8'));
      if (/<script>alert\(1\)/i.test(text)) leaks.push(`${file}: <script>alert(1) as markup`);
    }
    expect(leaks).toEqual([]);
  });
});

/** Undoes one layer of XML escaping (the five predefined entities and CDATA sections). */
function unescapeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
    );
}

/** Whether a URL in an attribute points into the site (root-relative, relative, or at the site's origin). */
function isInternal(url: string, site: URL): boolean {
  if (url === '' || url.startsWith('#') || url.startsWith('//')) return false;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return true;
  return new URL(url).origin === site.origin;
}
