/** `filter/chunks.json`: the tag filter's card files in slot order (see `src/lib/client/filter-index.ts`). */
import type { APIRoute } from 'astro';
import type { ChunkTable } from '../../lib/client/filter-index.ts';
import { loadSite } from '../../lib/site/load-site.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const table: ChunkTable = site.chunks.map(({ name, size }) => [name, size]);
  return Response.json(table);
};
