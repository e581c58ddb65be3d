/** `filter/where/<b>.json`: the slot of each paper whose id falls in bucket b (`bucketOf`), for `cardsFor`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bucketOf } from '../../../lib/client/filter-index.ts';
import { withCacheKeys } from '../../../lib/site/fingerprint.ts';
import { loadSite } from '../../../lib/site/load-site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const count = site.buckets;
  const buckets: Record<string, number>[] = Array.from({ length: count }, () => ({}));
  site.inSlots.forEach(({ id }, slot) => (buckets[bucketOf(id, count)]![id] = slot));
  return withCacheKeys(
    buckets.map((slots, b) => ({ params: { bucket: String(b) }, props: { slots } })),
    null,
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ slots: Record<string, number> }> = ({ props }) => Response.json(props.slots);
