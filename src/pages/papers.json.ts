/** `papers.json`: every record, in the schema's shape (as `content/papers.json`), for others to reuse. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { papersToJson } from '../lib/export.ts';

export const GET: APIRoute = async () => {
  const papers = (await getCollection('papers')).map((entry) => entry.data);
  return new Response(papersToJson(papers), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
