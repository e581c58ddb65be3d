/** `filter/scopes/<name>.json`: the ordinals of one list in its own order: `top`, `digest-<date>`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ordinalsOf, scopeList } from '../../../lib/filterIndex.ts';
import { loadSite } from '../../../lib/papers.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const ordinals = ordinalsOf(site.newest);
  const scopes: [string, readonly string[]][] = [
    ['top', site.top.map((paper) => paper.id)],
    ...site.digests.map((digest): [string, readonly string[]] => [`digest-${digest.date}`, digest.ids]),
  ];
  return scopes.map(([scope, ids]) => ({ params: { scope }, props: { ordinals: scopeList(ids, ordinals) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ordinals: number[] }> = ({ props }) => Response.json(props.ordinals);
