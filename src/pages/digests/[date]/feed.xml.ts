/** `digests/<date>/feed.xml`: RSS 2.0 feed of every paper in one digest (one dump). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { SITE } from '../../../config.ts';
import type { Paper } from '../../../schemas/paper.ts';
import { withBase } from '../../../lib/base.ts';
import { summarizeDigests } from '../../../lib/digests.ts';
import { feedChannel, feedItem } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () => {
  const papers = (await getCollection('papers')).map((entry) => entry.data);
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  return summarizeDigests(papers).map((digest) => ({
    params: { date: digest.date },
    props: { papers: digest.ids.map((id) => byId.get(id)).filter((p) => p !== undefined) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ papers: Paper[] }> = ({ site, params, props }) => {
  const date = params['date'] ?? '';
  const url = (path: string) => new URL(withBase(path), site).href;
  return rss({
    ...feedChannel({
      title: `${SITE.title}: digest of ${date}`,
      description: `The ${props.papers.length} paper${props.papers.length === 1 ? '' : 's'} of the Daily Papers page as of ${date}.`,
      page: url(`digests/${date}/`),
      self: url(`digests/${date}/feed.xml`),
      date,
    }),
    items: props.papers.map((paper) => feedItem(paper, url(`papers/${paper.id}/`), date)),
  });
};
