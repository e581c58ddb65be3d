/** `filter/chunks/<k>.json`: which card files hold slots k·span … (k + 1)·span − 1 (`chunkTables`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkTables, type ChunkTable } from '../../../lib/client/filter-index.ts';
import { withCacheKeys } from '../../../lib/site/fingerprint.ts';
import { loadSite } from '../../../lib/site/load-site.ts';
import { SITE } from '../../../config.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const tables = chunkTables(site.chunks, site.inSlots.length, SITE.filter.tableSpan);
  return withCacheKeys(
    tables.map((table, k) => ({ params: { table: String(k) }, props: { table } })),
    null,
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: ChunkTable }> = ({ props }) => Response.json(props.table);
