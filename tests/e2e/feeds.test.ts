/**
 * Every feed of the built fixture site, read by a real feed parser: the right items in the right order,
 * dates, plain-text titles, absolute links that carry the base path and lead to built pages, and
 * autodiscovery links on the pages the feeds belong to.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { FEED_SIZE } from '../../src/lib/site/feeds.ts';
import { sortNewest } from '../../src/lib/site/sort-papers.ts';
import { plainTitle } from '../../src/lib/render/html.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import { listFiles, parsePage } from '../support/dist.ts';
import { digestDates, tagsInUse } from '../support/papers.ts';
import { digestRoute, paperRoute, routeFile, tagRoute } from '../support/routes.ts';
import { siteReady, SITE_URL, type ReadySite, type SiteName } from '../support/site.ts';

describe.each<SiteName>(['project', 'root'])('feeds of the fixture site at the %s base', (name) => {
  let site: ReadySite;
  let root: string;

  beforeAll(async () => {
    site = await siteReady(inject('sites')[name]);
    root = `${SITE_URL}${site.base}`;
  });

  async function feed(route: string) {
    const xml = await readFile(join(site.dist, route), 'utf8');
    // Descriptions are HTML to a feed reader: markup from an abstract must arrive escaped twice.
    expect(xml, route).not.toMatch(/&lt;script/i);
    return parseFeed(xml);
  }

  /**
   * Checks the items against the papers expected, in order, dated by `digest` when undated; with
   * `summary`, each description is the abstract's opening of at most that many characters.
   */
  function expectItems(
    items: ReturnType<typeof parseFeed>['items'],
    papers: readonly Paper[],
    digest?: string,
    summary?: number,
  ) {
    expect(items.map((item) => item.url)).toEqual(papers.map((paper) => `${root}${paperRoute(paper.id)}`));
    items.forEach((item, i) => {
      const paper = papers[i]!;
      expect(item.title).toBe(plainTitle(paper.title));
      // The parser hands back the text a reader shows (the description is HTML with the abstract escaped in it).
      if (summary === undefined || paper.abstract.length <= summary) {
        expect(item.description).toBe(paper.abstract);
      } else {
        const opening = item.description!.replace(/…$/, '');
        expect(item.description!.length).toBeLessThanOrEqual(summary + 1);
        expect(opening.length).toBeGreaterThan(summary * 0.5);
        expect(paper.abstract.startsWith(opening)).toBe(true);
      }
      // Dated by the day the paper came into the digest: a digest's feed by its own day.
      const day = digest ?? paper.digests[0];
      expect(item.published?.toISOString()).toBe(`${day}T00:00:00.000Z`);
      expect(item.categories.map((c) => c.term)).toEqual(paper.tags);
      const file = routeFile(item.url!.slice(root.length));
      expect(existsSync(join(site.dist, file)), `${item.url} is a built page`).toBe(true);
    });
  }

  it('has a site feed of the newest papers', async () => {
    const parsed = await feed('feed.xml');
    expect(parsed.meta.type).toBe('rss');
    expect(parsed.url).toBe(root);
    expect(parsed.self).toBe(`${root}feed.xml`);
    expectItems(parsed.items, sortNewest(site.papers).slice(0, FEED_SIZE));
  });

  it('has a feed per tag with the papers of that tag', async () => {
    const tags = tagsInUse(site.papers);
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) {
      const parsed = await feed(`${tagRoute(tag)}feed.xml`);
      expect(parsed.url).toBe(`${root}${tagRoute(tag)}`);
      expectItems(
        parsed.items,
        sortNewest(site.papers.filter((p) => p.tags.includes(tag))).slice(0, FEED_SIZE),
      );
    }
  });

  it('has a feed per digest with every paper of that dump, undated ones dated by the dump', async () => {
    const dates = digestDates(site.papers);
    expect(dates.length).toBeGreaterThan(1);
    for (const date of dates) {
      const parsed = await feed(`${digestRoute(date)}feed.xml`);
      const inDigest = site.papers.filter((paper) => paper.digests.includes(date));
      expect(parsed.items).toHaveLength(inDigest.length);
      const byUrl = new Map(inDigest.map((paper) => [`${root}${paperRoute(paper.id)}`, paper]));
      expectItems(
        parsed.items,
        parsed.items.map((item) => byUrl.get(item.url!)!),
        date,
        SITE.feedSummaryLength,
      );
    }
    const undated = site.papers.find((paper) => paper.publishedOn === null);
    expect(undated, 'the fixture holds an undated paper').toBeDefined();
  });

  it('announces the matching feeds on the pages they belong to', async () => {
    const alternates = async (route: string) =>
      (await parsePage(join(site.dist, routeFile(route))))
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => String(link.getAttributeValue('href')));
    const tag = tagsInUse(site.papers)[0]!;
    const date = digestDates(site.papers)[0]!;
    expect(await alternates('')).toContain(`${site.base}feed.xml`);
    expect(await alternates(tagRoute(tag))).toContain(`${site.base}${tagRoute(tag)}feed.xml`);
    expect(await alternates(digestRoute(date))).toContain(`${site.base}${digestRoute(date)}feed.xml`);
    // Every announced feed exists.
    const files = new Set(await listFiles(site.dist));
    for (const href of [...(await alternates(tagRoute(tag))), ...(await alternates(digestRoute(date)))]) {
      expect(files.has(href.slice(site.base.length)), href).toBe(true);
    }
  });
});
