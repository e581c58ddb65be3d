import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { PAPERS_FILE } from './integrations/papers-file.ts';
import { papersWritten } from './integrations/papers-written.ts';
import { PaperSchema } from './schemas/paper.ts';

const papersFile = file(PAPERS_FILE);

export const collections = {
  papers: defineCollection({
    // Astro starts while the parser writes the records: it reads them once they are there.
    loader: { ...papersFile, load: (context) => papersWritten().then(() => papersFile.load(context)) },
    schema: PaperSchema,
  }),
};
