import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { PAPERS_FILE } from './integrations/papers-file.ts';
import { PaperSchema } from './schemas/paper.ts';

export const collections = {
  papers: defineCollection({ loader: file(PAPERS_FILE), schema: PaperSchema }),
};
