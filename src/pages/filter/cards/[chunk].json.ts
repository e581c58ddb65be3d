/** `filter/cards/<name>.json`: the card HTML of one chunk's slots (`cardChunks`), in slot order. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Paper } from '../../../schemas/paper.ts';
import { withCacheKeys } from '../../../lib/site/fingerprint.ts';
import { loadSite } from '../../../lib/site/load-site.ts';
import { cardsHtml } from '../../../components/card-html.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const chunks = site.chunks.map(({ name, start, size }) => ({
    params: { chunk: name },
    props: { papers: site.inSlots.slice(start, start + size) },
  }));
  // A file holds its papers' cards alone: a build copies those whose papers did not change.
  return withCacheKeys(chunks, [...site.labels]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ papers: Paper[] }> = async ({ props }) => {
  const site = await loadSite();
  return Response.json(await cardsHtml(props.papers, site.labels));
};
