/** `filter/digests/<date>.json`: every card of one digest with its tags, in record order (the home and digest pages' filter). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ScopeCard } from '../../../lib/client/filter-index.ts';
import { loadSite, papersOf } from '../../../lib/site/load-site.ts';
import { cardsHtml } from '../_card-html.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.digests.map((digest) => ({ params: { date: digest.date }, props: { ids: digest.ids } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ids: readonly string[] }> = async ({ params, props }) => {
  const site = await loadSite();
  const date = params.date!;
  // Only a repeat's card differs from its chunk's: it says when the paper was first seen.
  const papers = papersOf(site, props.ids);
  const repeats = papers.filter((paper) => paper.digests[0] !== date);
  const html = new Map(
    (await cardsHtml(repeats, site.labels, date)).map((card, i) => [repeats[i]!.id, card]),
  );
  const cards: ScopeCard[] = papers.map((paper) =>
    paper.digests[0] === date
      ? { tags: paper.tags, at: site.ordinals.get(paper.id)! }
      : { tags: paper.tags, html: html.get(paper.id)! },
  );
  return Response.json(cards);
};
