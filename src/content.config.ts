import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { heldUntil, lineFrom, RECORDS_READY } from './lib/heldLoader.ts';
import { PaperSchema } from './schemas/paper.ts';

/** Where the parser wrote its records; tests point this at a fixture build. */
const papersFile = process.env['PAPERS_FILE'] ?? 'content/papers.json';
const records = file(papersFile);

export const collections = {
  papers: defineCollection({
    // `npm run build` starts Astro while it parses the dumps (`PAPERS_HELD`): the records are read once
    // it says they are written.
    loader: process.env['PAPERS_HELD']
      ? heldUntil(() => lineFrom(process.stdin, RECORDS_READY), records)
      : records,
    schema: PaperSchema,
  }),
};
