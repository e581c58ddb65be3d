/** `papers.csv`: every record as one RFC 4180 row (see `PAPER_CSV_COLUMNS`), for spreadsheets. */
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site/load-site.ts';
import { papersToCsv } from '../lib/site/export.ts';

export const GET: APIRoute = async () => {
  const papers = (await loadSite()).papers;
  return new Response(papersToCsv(papers), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
