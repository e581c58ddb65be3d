/** `digests/<date>.json`: one digest's records (every paper of that dump), beside its page `digests/<date>/`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Paper } from '../../schemas/paper.ts';
import { digestToJson } from '../../lib/site/export.ts';
import { digestPaths } from '../../lib/site/digest-paths.ts';

export const getStaticPaths = digestPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ papers: Paper[] }> = ({ params, props }) =>
  new Response(digestToJson(params['date'] ?? '', props.papers), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
