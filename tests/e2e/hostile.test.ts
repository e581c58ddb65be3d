/**
 * The dump of injection payloads (`tests/fixtures/hostile/dumps/`) through every output of the build: each
 * page type in Chromium runs none of it, and the feeds, JSON-LD, JSON and CSV exports, filter data and
 * search index carry it as text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { plainTitle } from '../../src/lib/render/html.ts';
import { PapersSchema, type Paper } from '../../src/schemas/paper.ts';
import { openPage, recordDialogs, useSiteInBrowser } from '../support/browser.ts';
import { parseCsv } from '../support/csv-reader.ts';
import { listFiles } from '../support/dist.ts';
import { jsonLdOf, liveMarkup, PAYLOAD_SIGN } from '../support/live-markup.ts';
import { digestRoute, paperRoute, routeFile, tagRoute } from '../support/routes.ts';

const fixture = useSiteInBrowser('hostile');

/** Titles as the fixture dumps write them, read off the files. */
const TITLES = {
  script: '<script>window.__pwned=1;alert(1)</script> Retrieval of Scripts',
  xml: 'Feeds ]]> &amp; &lt;b&gt;bold&lt;/b&gt; <![CDATA[ x ]]> Retrieval & </script><script>window.__pwned=8</script>',
  formula: '=HYPERLINK("https://evil.example/","click") Retrieval Formula',
  at: '@SUM(1+1) Retrieval Cells',
  tex: '$\\href{javascript:window.__pwned=10}{click}$ and $\\htmlClass{pwned}{x}$ and $\\url{javascript:alert(11)}$ Retrieval TeX',
  saved: 'Saved Page Retrieval <script>window.__pwned=22</script>',
};

const paper = (title: string): Paper => {
  const found = fixture.site.papers.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no record titled ${title}`);
  return found;
};

const read = (file: string) => readFile(join(fixture.site.dist, file), 'utf8');

/** The text of escaped XML character data (a feed's description: the HTML a feed reader renders). */
const xmlText = (escaped: string): string =>
  escaped.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (_, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(Number(name.startsWith('#x') ? `0${name.slice(1)}` : name.slice(1)))
      : { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name]!,
  );

/** Whatever the page ran or built from input: dialogs, the payloads' flag, live markup in the DOM. */
async function expectInert(page: Page, dialogs: string[], where: string) {
  expect(dialogs, where).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), where).toBeUndefined();
  expect(liveMarkup(await page.content(), { document: true }), where).toEqual([]);
}

describe('the parser and the hostile dumps', () => {
  it('reads every payload into a record, from both layouts', () => {
    expect(fixture.site.papers).toHaveLength(8);
    for (const title of Object.values(TITLES)) expect(paper(title).tags).toContain('retrieval');
    expect(new Set(fixture.site.papers.map((p) => p.source.format))).toEqual(new Set(['plain', 'html']));
    const saved = paper(TITLES.saved);
    expect(saved.authors).toEqual([
      '<img src=x onerror="window.__pwned=20;alert(20)">',
      '"><svg onload=window.__pwned=21>',
      '=HYPERLINK("https://evil.example/")',
    ]);
    expect(saved.organization).toBe('"><img src=x onerror=alert(28)>');
    expect(saved.submittedBy).toBe('<b onmouseover=alert(27)>mallory</b>');
    // A javascript: repository is dropped, and no link of any record is other than http(s).
    expect(saved.githubRepo).toBeNull();
    for (const link of fixture.site.papers.flatMap((p) => p.links)) expect(link.url).toMatch(/^https?:\/\//);
  });

  it('rejects a line too long to be a dump line, loudly', async () => {
    const text = await readFile(join(fixture.site.dumps, '2025-12-20.txt'), 'utf8');
    const long = text.replace(
      'A very long retrieval abstract: ',
      `A very long retrieval abstract: ${'x'.repeat(10_001)}`,
    );
    const result = parseDump(long, { file: 'hostile.txt', date: '2025-12-20' });
    expect(result.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toContain('error line-too-long');
  });
});

describe('the hostile site in Chromium', () => {
  const routes = () => [
    '',
    'papers/',
    'papers/top/',
    ...fixture.site.papers.map((p) => paperRoute(p.id)),
    tagRoute('retrieval'),
    digestRoute('2025-12-20'),
    digestRoute('2025-12-21'),
    'stats/',
  ];

  it('runs no payload on any page type that shows a hostile paper', async () => {
    const { context, page } = await openPage(fixture.browser);
    const dialogs = recordDialogs(page);
    for (const route of routes()) {
      const response = await page.goto(fixture.url(route));
      expect(response?.status(), route).toBe(200);
      await expectInert(page, dialogs, route);
    }
    // The pages show the payloads as text.
    await page.goto(fixture.url(paperRoute(paper(TITLES.saved).id)));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      '<script>window.__pwned=22</script>',
    );
    expect(await page.getByRole('main').textContent()).toContain('"><img src=x onerror=alert(28)>');
    await context.close();
  });

  it('runs no payload in search results, the tag filter’s results or the starred page', async () => {
    const { context, page } = await openPage(fixture.browser);
    const dialogs = recordDialogs(page);
    await page.goto(fixture.url('search/?q=pwned'));
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.locator('[data-search-results]').textContent()).toContain('<script>window.__pwned=1');
    await expectInert(page, dialogs, 'search');

    await page.goto(fixture.url('?tags=retrieval&match=all'));
    await page
      .getByRole('main')
      .getByRole('link', { name: /Saved Page Retrieval <script>/ })
      .waitFor();
    await expectInert(page, dialogs, 'tag filter');

    const starred = [paper(TITLES.script), paper(TITLES.saved)];
    for (const p of starred) {
      await page.goto(fixture.url(paperRoute(p.id)));
      await page.locator(`button[data-star="${p.id}"]`).first().click();
    }
    await page.goto(fixture.url('starred/'));
    await page.locator('[data-starred-list] li').nth(1).waitFor();
    expect((await page.locator('[data-starred-list] li h2 a').allTextContents()).sort()).toEqual(
      starred.map((p) => plainTitle(p.title)).sort(),
    );
    await expectInert(page, dialogs, 'starred');
    await context.close();
  });
});

describe('the hostile site’s data outputs', () => {
  it('has no live markup in any built HTML page', async () => {
    const pages = (await listFiles(fixture.site.dist)).filter((file) => file.endsWith('.html'));
    for (const file of pages) expect(liveMarkup(await read(file), { document: true }), file).toEqual([]);
  });

  it('feeds parse, round-trip the titles as text, and describe with inert HTML', async () => {
    const feeds = ['feed.xml', `${tagRoute('retrieval')}feed.xml`, `${digestRoute('2025-12-20')}feed.xml`];
    for (const route of feeds) {
      const xml = await read(route);
      const { items } = parseFeed(xml);
      expect(items.length, route).toBeGreaterThan(0);
      for (const item of items) {
        const p = fixture.site.papers.find((candidate) =>
          item.url?.endsWith(`/${paperRoute(candidate.id)}`),
        )!;
        // The parser decodes entities once more than XML does (RSS leaves title's type open): literal entity text is the one exception.
        if (!/&[a-z]+;/.test(p.title)) expect(item.title, route).toBe(plainTitle(p.title));
      }
      const titles = [...xml.matchAll(/<item><title>([^<]*)<\/title>/g)].map(([, text]) => xmlText(text!));
      expect(titles.sort(), route).toEqual(
        items
          .map((item) =>
            plainTitle(fixture.site.papers.find((p) => item.url?.endsWith(`/${paperRoute(p.id)}`))!.title),
          )
          .sort(),
      );
      const descriptions = [...xml.matchAll(/<description>([^<]*)<\/description>/g)].map(([, text]) =>
        xmlText(text!),
      );
      expect(descriptions.length, route).toBeGreaterThanOrEqual(items.length);
      for (const html of descriptions) expect(liveMarkup(html), route).toEqual([]);
      // The payloads did reach the descriptions, as escaped text.
      expect(
        descriptions.some((html) => PAYLOAD_SIGN.test(html)),
        route,
      ).toBe(true);
    }
    expect(await read(`${digestRoute('2025-12-20')}feed.xml`)).toContain(
      '<title>Feeds ]]&gt; &amp;amp; &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt; &lt;![CDATA[ x ]]&gt; Retrieval &amp; &lt;/script&gt;',
    );
  });

  it('JSON-LD holds the names verbatim', async () => {
    for (const p of fixture.site.papers) {
      const [article] = jsonLdOf(await read(routeFile(paperRoute(p.id)))) as {
        name: string;
        author?: { name: string } | { name: string }[];
      }[];
      expect(article?.name).toBe(plainTitle(p.title));
      const authors = [article?.author ?? []].flat().map((a) => a.name);
      expect(authors).toEqual(p.authors.length > 0 ? p.authors : p.organization ? [p.organization] : []);
    }
  });

  it('papers.json and the digest exports hold the input text verbatim', async () => {
    const exported = PapersSchema.parse(JSON.parse(await read('papers.json')));
    for (const title of Object.values(TITLES)) expect(exported.map((p) => p.title)).toContain(title);
    const digest = JSON.parse(await read('digests/2025-12-21.json')) as { papers: Paper[] };
    expect(digest.papers[0]?.title).toBe(TITLES.saved);
  });

  it('papers.csv neutralises every cell that starts like a formula', async () => {
    const [header, ...rows] = parseCsv(await read('papers.csv'));
    const column = (name: string) => header!.indexOf(name);
    const row = (title: string) => rows.find((r) => r[column('id')] === paper(title).id)!;
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row(TITLES.formula)[column('title')]).toBe(`'${TITLES.formula}`);
    expect(row(TITLES.at)[column('title')]).toBe(`'${TITLES.at}`);
    expect(row(TITLES.at)[column('organization')]).toBe("'=cmd|calc Lab");
    expect(row(TITLES.script)[column('title')]).toBe(TITLES.script);
  });

  it('the filter data holds the cards as inert HTML and every other string as text', async () => {
    const files = (await listFiles(join(fixture.site.dist, 'filter'))).filter((file) =>
      file.endsWith('.json'),
    );
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    let cards = 0;
    for (const file of files) {
      for (const text of strings(JSON.parse(await read(`filter/${file}`)) as unknown)) {
        if (text.startsWith('<li')) cards++;
        expect(liveMarkup(text), file).toEqual([]);
      }
    }
    // Every paper is in a card chunk; a digest's file repeats only the cards of its repeats.
    expect(cards).toBeGreaterThanOrEqual(fixture.site.papers.length);
  });

  it('the search index holds each paper’s plain text, no markup of its own', async () => {
    const dir = join(fixture.site.dist, 'pagefind/fragment');
    const records: { content: string; meta: { title: string } }[] = [];
    for (const file of await readdir(dir)) {
      const text = gunzipSync(await readFile(join(dir, file))).toString('utf8');
      expect(text.startsWith('pagefind_dcd')).toBe(true);
      records.push(...Object.values(JSON.parse(text.slice('pagefind_dcd'.length)) as Record<string, never>));
    }
    expect(records.map((r) => r.meta.title).sort()).toEqual(
      fixture.site.papers.map((p) => plainTitle(p.title)).sort(),
    );
    for (const p of fixture.site.papers) {
      const record = records.find((r) => r.meta.title === plainTitle(p.title))!;
      expect(record.content).toBe(`${plainTitle(p.title)}. ${plainTitle(p.abstract)}`);
    }
    expect(records.some((r) => PAYLOAD_SIGN.test(r.content))).toBe(true);
  });
});
