/** `for-you/neighbours.json`: each paper's nearest neighbours and similarities, fetched by the For you page only. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/site/load-site.ts';
import { nearestNeighbours } from '../../lib/site/related/rank.ts';
import { FOR_YOU_NEIGHBOURS, neighbourData } from '../../lib/site/related/neighbour-data.ts';

export const GET: APIRoute = async () => {
  const data = neighbourData(nearestNeighbours((await loadSite()).papers, FOR_YOU_NEIGHBOURS));
  return new Response(JSON.stringify(data), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
