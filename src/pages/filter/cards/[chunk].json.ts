/** `filter/cards/<n>.json`: the card HTML of ordinals n·chunkSize … (n+1)·chunkSize − 1, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkAt, chunkCount } from '../../../lib/client/filter-index.ts';
import { loadSite } from '../../../lib/site/load-site.ts';
import { cardsHtml } from '../_card-html.ts';
import { SITE } from '../../../config.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const size = SITE.filter.chunkSize;
  return Array.from({ length: chunkCount(site.newest.length, size) }, (_, n) => ({
    params: { chunk: String(n) },
    props: { n },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ n: number }> = async ({ props }) => {
  const site = await loadSite();
  const papers = chunkAt(site.newest, props.n, SITE.filter.chunkSize);
  return Response.json(await cardsHtml(papers, site.labels));
};
