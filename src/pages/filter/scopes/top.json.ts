/** `filter/scopes/top.json`: the ordinals of every paper, most upvoted first (the order of `/papers/top/`). */
import type { APIRoute } from 'astro';
import { ordinalsOf, scopeList } from '../../../lib/client/filter-index.ts';
import { loadSite } from '../../../lib/site/load-site.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const ordinals = ordinalsOf(site.newest);
  return Response.json(
    scopeList(
      site.top.map((paper) => paper.id),
      ordinals,
    ),
  );
};
