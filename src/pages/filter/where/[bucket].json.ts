/** `filter/where/<b>.json`: the ordinal of each paper whose id falls in bucket b (`bucketOf`), for `cardsFor`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bucketCount, bucketOf } from '../../../lib/client/filter-index.ts';
import { loadSite } from '../../../lib/site/load-site.ts';
import { SITE } from '../../../config.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const count = bucketCount(site.newest.length, SITE.filter.chunkSize);
  const buckets: Record<string, number>[] = Array.from({ length: count }, () => ({}));
  site.newest.forEach((paper, at) => {
    buckets[bucketOf(paper.id, count)]![paper.id] = at;
  });
  return buckets.map((ordinals, b) => ({ params: { bucket: String(b) }, props: { ordinals } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ordinals: Record<string, number> }> = ({ props }) =>
  Response.json(props.ordinals);
