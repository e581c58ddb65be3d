/**
 * Sharing and search engines on the built fixture site: per-page description, canonical URL, Open Graph
 * and Twitter card; JSON-LD ScholarlyArticle on paper pages; a sitemap listing every page; robots.txt.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { inSitemapOrder } from '../../src/integrations/sitemap-order.ts';
import { plainTitle } from '../../src/lib/render/html.ts';
import { teaser } from '../../src/lib/site/teaser.ts';
import { listPages, pagePath, parsePage } from '../support/dist.ts';
import { paperRoute, routeFile } from '../support/routes.ts';
import { siteReady, SITE_URL, type ReadySite, type SiteName } from '../support/site.ts';

describe.each<SiteName>(['project', 'root'])('search-engine metadata at the %s base', (name) => {
  let site: ReadySite;
  let pages: string[];

  beforeAll(async () => {
    site = await siteReady(inject('sites')[name]);
    pages = await listPages(site.dist);
  });

  const meta = (doc: Awaited<ReturnType<typeof parsePage>>, selector: string, attribute = 'content') =>
    doc.querySelector(selector)?.getAttributeValue(attribute) ?? null;

  it('gives every page a description, canonical URL, Open Graph and Twitter card', async () => {
    for (const file of pages.filter((page) => page !== '404.html')) {
      const doc = await parsePage(join(site.dist, file));
      const url = `${SITE_URL}${pagePath(site.base, file)}`;
      const noindex = meta(doc, 'meta[name="robots"]') === 'noindex';
      const description = meta(doc, 'meta[name="description"]');
      expect(description?.length, `${file} description`).toBeGreaterThan(20);
      expect(description?.length, `${file} description`).toBeLessThanOrEqual(160);
      if (!noindex) expect(meta(doc, 'link[rel="canonical"]', 'href'), `${file} canonical`).toBe(url);
      expect(meta(doc, 'meta[property="og:url"]'), `${file} og:url`).toBe(url);
      expect(meta(doc, 'meta[property="og:title"]'), `${file} og:title`).toBeTruthy();
      expect(meta(doc, 'meta[property="og:description"]'), `${file} og:description`).toBe(description);
      expect(meta(doc, 'meta[name="twitter:card"]'), `${file} twitter:card`).toBe('summary');
    }
  });

  it('describes every paper page with a valid ScholarlyArticle', async () => {
    for (const paper of site.papers) {
      const doc = await parsePage(join(site.dist, routeFile(paperRoute(paper.id))));
      const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]!.textContent) as Record<string, unknown>;
      const url = `${SITE_URL}${site.base}${paperRoute(paper.id)}`;
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ScholarlyArticle',
        name: plainTitle(paper.title),
        description: plainTitle(paper.abstract) || plainTitle(paper.title),
        url,
      });
      expect(data, 'the whole abstract is its description, not said twice').not.toHaveProperty('abstract');
      expect(meta(doc, 'meta[name="description"]')).toBe(
        teaser(plainTitle(paper.abstract), 160) || plainTitle(paper.title),
      );
      expect(data['datePublished']).toBe(paper.publishedOn ?? undefined);
      expect(data['keywords']).toHaveLength(paper.tags.length);
      // A code link is named by `codeRepository` alone, any other link by `url`; no links, no `mentions`.
      expect(data['mentions']).toEqual(
        paper.links.length === 0
          ? undefined
          : paper.links.map((l) =>
              l.kind === 'code'
                ? { '@type': 'SoftwareSourceCode', codeRepository: l.url }
                : { '@type': l.kind === 'model' ? 'CreativeWork' : 'WebPage', url: l.url },
            ),
      );
      expect(scripts[0]!.textContent).not.toMatch(/<\/script/i);
    }
  });

  it('lists every indexable page in the sitemap, and robots.txt points at it', async () => {
    const index = await readFile(join(site.dist, 'sitemap-index.xml'), 'utf8');
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const listed = new Set<string>();
    for (const sitemap of locs(index)) {
      expect(sitemap.startsWith(`${SITE_URL}${site.base}`)).toBe(true);
      const file = sitemap.slice(`${SITE_URL}${site.base}`.length);
      for (const url of locs(await readFile(join(site.dist, file), 'utf8'))) listed.add(url);
    }
    const expected: string[] = [];
    for (const file of pages.filter((page) => page.endsWith('index.html'))) {
      const doc = await parsePage(join(site.dist, file));
      if (meta(doc, 'meta[name="robots"]') !== 'noindex')
        expected.push(`${SITE_URL}${pagePath(site.base, file)}`);
    }
    expect(expected.length).toBeGreaterThan(site.papers.length);
    expect([...listed].sort()).toEqual(expected.sort());
    const robots = await readFile(join(site.dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}${site.base}sitemap-index.xml`);
  });

  it('hands the sitemap the pages in the order it lists them, so that its sort has nothing to do', async () => {
    const xml = await readFile(join(site.dist, 'sitemap-0.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const root = `${SITE_URL}${site.base}`;
    const pages = listed.map((url) => ({ pathname: url.slice(root.length) }));
    const reversed = [...pages].reverse();
    expect(listed.length).toBeGreaterThan(site.papers.length);
    expect(inSitemapOrder(reversed).map((page) => `${root}${page.pathname}`)).toEqual(listed);
  });
});
