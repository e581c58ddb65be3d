import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { PAPERS_FILE } from './integrations/papers-file.ts';
import { afterPapers } from './integrations/papers-written.ts';
import { PaperSchema } from './schemas/paper.ts';

export const collections = {
  papers: defineCollection({
    // Astro starts while the parser writes the records: it reads them once they are there.
    loader: afterPapers(file(PAPERS_FILE)),
    schema: PaperSchema,
  }),
};
