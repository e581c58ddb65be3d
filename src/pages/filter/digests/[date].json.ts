/** `filter/digests/<date>.json`: every card of one digest with its tags, in record order (the home and digest pages' filter). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Paper } from '../../../schemas/paper.ts';
import { slotOf, type ScopeCard } from '../../../lib/client/filter-index.ts';
import { withCacheKeys } from '../../../lib/site/fingerprint.ts';
import { loadSite, papersOf } from '../../../lib/site/load-site.ts';
import { cardsHtml } from '../../../components/card-html.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const digests = site.digests.map((digest) => {
    const papers = papersOf(site, digest.ids);
    const slots = papers.map((paper) => slotOf(site.ordinals.get(paper.id)!, site.newest.length));
    return { params: { date: digest.date }, props: { papers, slots } };
  });
  // A file shows its papers, their slots and the tag labels alone: a build copies those that did not change.
  return withCacheKeys(digests, [...site.labels]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ papers: Paper[]; slots: number[] }> = async ({ params, props }) => {
  const site = await loadSite();
  const date = params.date!;
  const { papers, slots } = props;
  // Only a repeat's card differs from its chunk's: it says when the paper was first seen.
  const repeats = papers.filter((paper) => paper.digests[0] !== date);
  const html = new Map(
    (await cardsHtml(repeats, site.labels, date)).map((card, i) => [repeats[i]!.id, card]),
  );
  const cards: ScopeCard[] = papers.map((paper, i) =>
    paper.digests[0] === date
      ? { tags: paper.tags, at: slots[i]! }
      : { tags: paper.tags, html: html.get(paper.id)! },
  );
  return Response.json(cards);
};
