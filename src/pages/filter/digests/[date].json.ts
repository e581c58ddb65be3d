/** `filter/digests/<date>.json`: every card of one digest, in record order (the home and digest pages' filter). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCard, type FilterCard } from '../../../lib/client/filter-index.ts';
import { loadSite, papersOf, titleHtml } from '../../../lib/site/load-site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.digests.map((digest) => ({
    params: { date: digest.date },
    props: { cards: papersOf(site, digest.ids).map((paper) => toCard(paper, titleHtml(paper))) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: FilterCard[] }> = ({ props }) => Response.json(props.cards);
