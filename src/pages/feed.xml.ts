/** `feed.xml`: RSS 2.0 feed of the newest papers of the whole site. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site/load-site.ts';
import { SITE } from '../config.ts';
import { withBase } from '../lib/client/base.ts';
import { FEED_SIZE, feedChannel, feedItem } from '../lib/site/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const papers = (await loadSite()).newest.slice(0, FEED_SIZE);
  const url = (path: string) => new URL(withBase(path), site).href;
  return rss({
    ...feedChannel({
      title: `${SITE.title}: newest papers`,
      description: SITE.description,
      page: url('/'),
      self: url('feed.xml'),
    }),
    items: papers.map((paper) => feedItem(paper, url(`papers/${paper.id}/`))),
  });
};
