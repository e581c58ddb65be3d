/**
 * `filter/tags/<id>.json`: the ascending ordinals (newest-first positions) of the papers with one tag, as a
 * bitmap or as they are, whichever is shorter (`storedPostings`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { postingLists, storedPostings } from '../../../lib/client/filter-index.ts';
import { loadSite } from '../../../lib/site/load-site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const lists = postingLists(
    site.newest,
    site.tags.map((tag) => tag.id),
  );
  return [...lists].map(([tag, ordinals]) => ({ params: { tag }, props: { ordinals } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ordinals: number[] }> = ({ props }) =>
  Response.json(storedPostings(props.ordinals));
