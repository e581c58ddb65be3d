/** `filter/cards/<n>.json`: the card HTML of slots n·chunkSize … (n+1)·chunkSize − 1 (`slotOf`), in slot order. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Paper } from '../../../schemas/paper.ts';
import { chunkAt, chunkCount, inSlotOrder } from '../../../lib/client/filter-index.ts';
import { withCacheKeys } from '../../../lib/site/fingerprint.ts';
import { loadSite } from '../../../lib/site/load-site.ts';
import { cardsHtml } from '../_card-html.ts';
import { SITE } from '../../../config.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const size = SITE.filter.chunkSize;
  const slots = inSlotOrder(site.newest, site.dated);
  const chunks = Array.from({ length: chunkCount(slots.length, size) }, (_, n) => ({
    params: { chunk: String(n) },
    props: { papers: chunkAt(slots, n, size) },
  }));
  // A file holds its papers' cards alone: a build copies those whose papers did not change.
  return withCacheKeys(chunks, [...site.labels]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ papers: Paper[] }> = async ({ props }) => {
  const site = await loadSite();
  return Response.json(await cardsHtml(props.papers, site.labels));
};
