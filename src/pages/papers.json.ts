/** `papers.json`: every record, in the schema's shape (as `content/papers.json`), for others to reuse. */
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site/load-site.ts';
import { papersToJson } from '../lib/site/export.ts';

export const GET: APIRoute = async () => {
  const papers = (await loadSite()).papers;
  return new Response(papersToJson(papers), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
