/** `filter/digests/<date>.json`: every card of one digest with its tags, in record order (the home and digest pages' filter). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ScopeCard } from '../../../lib/client/filter-index.ts';
import { loadSite, papersOf } from '../../../lib/site/load-site.ts';
import { cardHtml } from '../_card-html.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.digests.map((digest) => ({ params: { date: digest.date }, props: { ids: digest.ids } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ids: readonly string[] }> = async ({ params, props }) => {
  const site = await loadSite();
  const cards: ScopeCard[] = await Promise.all(
    papersOf(site, props.ids).map(async (paper) => ({
      tags: paper.tags,
      html: await cardHtml(paper, site.labels, params.date),
    })),
  );
  return Response.json(cards);
};
