/** `for-you/neighbours.json`: each paper's nearest neighbours and similarities, fetched by the For you page only. */
import type { APIRoute } from 'astro';
import { loadSite, neighboursOf } from '../../lib/site/load-site.ts';
import { neighbourData } from '../../lib/site/related/neighbour-data.ts';

export const GET: APIRoute = async () => {
  const data = neighbourData(await neighboursOf(await loadSite()));
  return new Response(JSON.stringify(data), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
