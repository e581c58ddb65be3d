import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { PaperSchema } from './schemas/paper.ts';

/** Where the parser wrote its records; tests point this at a fixture build. */
const papersFile = process.env['PAPERS_FILE'] ?? 'content/papers.json';

export const collections = {
  papers: defineCollection({ loader: file(papersFile), schema: PaperSchema }),
};
