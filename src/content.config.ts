import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { codeVersion } from './integrations/code-version.ts';
import { PAPERS_FILE } from './integrations/papers-file.ts';
import { papersLoader } from './integrations/papers-loader.ts';
import { afterPapers } from './integrations/papers-written.ts';
import { PaperSchema } from './schemas/paper.ts';

/** What the records are validated with: the schemas and the locked dependencies (Zod among them). */
const SCHEMA_CODE = ['schemas/', '../package-lock.json'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

export const collections = {
  papers: defineCollection({
    // Astro starts while the parser writes the records: it reads them once they are there.
    loader: afterPapers(papersLoader(PAPERS_FILE, codeVersion(SCHEMA_CODE))),
    schema: PaperSchema,
  }),
};
