/** `filter/cards/<n>.json`: the cards of ordinals n·chunkSize … (n+1)·chunkSize − 1, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkAt, chunkCount, toCard, type FilterCard } from '../../../lib/client/filter-index.ts';
import { loadSite, titleHtml } from '../../../lib/site/load-site.ts';
import { SITE } from '../../../config.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const size = SITE.filter.chunkSize;
  return Array.from({ length: chunkCount(site.newest.length, size) }, (_, n) => ({
    params: { chunk: String(n) },
    props: { cards: chunkAt(site.newest, n, size).map((paper) => toCard(paper, titleHtml(paper))) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: FilterCard[] }> = ({ props }) => Response.json(props.cards);
