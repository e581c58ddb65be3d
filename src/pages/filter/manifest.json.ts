/** `filter/manifest.json`: what the tag filter's files hold (see `src/lib/client/filter-index.ts`). */
import type { APIRoute } from 'astro';
import type { FilterManifest } from '../../lib/client/filter-index.ts';
import { loadSite } from '../../lib/site/load-site.ts';
import { SITE } from '../../config.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const manifest: FilterManifest = {
    version: site.version,
    total: site.newest.length,
    tableSpan: SITE.filter.tableSpan,
    buckets: site.buckets,
    tags: site.tags.map(({ id, label, count }) => ({ id, label, count })),
    scopes: ['top'],
    digests: site.digests.map((digest) => digest.date),
  };
  return Response.json(manifest);
};
