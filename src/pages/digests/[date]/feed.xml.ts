/**
 * `digests/<date>/feed.xml`: RSS 2.0 feed of every paper in one digest (one dump). A digest holds a hundred
 * papers or more, so its items carry the opening of each abstract (`SITE.feedSummaryLength`), not all of it:
 * the full abstracts of every digest's feed would weigh more than all the paper pages' text.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import type { Paper } from '../../../schemas/paper.ts';
import { withBase } from '../../../lib/client/base.ts';
import { feedChannel, feedItem } from '../../../lib/site/feeds.ts';
import { digestPaths } from '../../../lib/site/digest-paths.ts';

export const getStaticPaths = digestPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ papers: Paper[] }> = ({ site, params, props }) => {
  const date = params['date'] ?? '';
  const count = props.papers.length;
  const url = (path: string) => new URL(withBase(path), site).href;
  return rss({
    ...feedChannel({
      title: `${SITE.title}: digest of ${date}`,
      description: `The ${count} paper${count === 1 ? '' : 's'} of the Daily Papers page as of ${date}.`,
      page: url(`digests/${date}/`),
      self: url(`digests/${date}/feed.xml`),
      date,
    }),
    items: props.papers.map((paper) =>
      feedItem(paper, url(`papers/${paper.id}/`), date, SITE.feedSummaryLength),
    ),
  });
};
