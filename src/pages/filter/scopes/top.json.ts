/** `filter/scopes/top.json`: the ordinals of every paper, most upvoted first (the order of `/papers/top/`). */
import type { APIRoute } from 'astro';
import { scopeList } from '../../../lib/client/filter-index.ts';
import { loadSite } from '../../../lib/site/load-site.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return Response.json(
    scopeList(
      site.top.map((paper) => paper.id),
      site.ordinals,
    ),
  );
};
