/** `digests/<date>.json`: one digest's records (every paper of that dump), beside its page `digests/<date>/`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Paper } from '../../schemas/paper.ts';
import { digestToJson } from '../../lib/export.ts';
import { summarizeDigests } from '../../lib/digests.ts';

export const getStaticPaths = (async () => {
  const papers = (await getCollection('papers')).map((entry) => entry.data);
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  return summarizeDigests(papers).map((digest) => ({
    params: { date: digest.date },
    props: { papers: digest.ids.map((id) => byId.get(id)).filter((p) => p !== undefined) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ papers: Paper[] }> = ({ params, props }) =>
  new Response(digestToJson(params['date'] ?? '', props.papers), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
