/** `tags/<tag>/feed.xml`: RSS 2.0 feed of the newest papers with one tag (subscribe to a topic). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import type { Paper } from '../../../schemas/paper.ts';
import { withBase } from '../../../lib/client/base.ts';
import { FEED_SIZE, feedChannel, feedItem } from '../../../lib/site/feeds.ts';
import { loadSite } from '../../../lib/site/load-site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.tags.map((tag) => ({
    params: { tag: tag.id },
    props: {
      label: tag.label,
      papers: site.newest.filter((p) => p.tags.includes(tag.id)).slice(0, FEED_SIZE),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ label: string; papers: Paper[] }> = ({ site, params, props }) => {
  const url = (path: string) => new URL(withBase(path), site).href;
  return rss({
    ...feedChannel({
      title: `${SITE.title}: ${props.label}`,
      description: `The newest papers tagged ${props.label}.`,
      page: url(`tags/${params['tag']}/`),
      self: url(`tags/${params['tag']}/feed.xml`),
    }),
    items: props.papers.map((paper) => feedItem(paper, url(`papers/${paper.id}/`))),
  });
};
