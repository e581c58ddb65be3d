/** `papers.csv`: every record as one RFC 4180 row (see `PAPER_CSV_COLUMNS`), for spreadsheets. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { papersToCsv } from '../lib/export.ts';

export const GET: APIRoute = async () => {
  const papers = (await getCollection('papers')).map((entry) => entry.data);
  return new Response(papersToCsv(papers), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
