/**
 * The search index as an Astro integration: Pagefind starts adding the papers' records when the build
 * starts, so that indexing overlaps rendering, and writes the index into the built site when it is done.
 * The records are the parser's (`papersFile`), the ones the pages are rendered from.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addToSearchIndex, type PendingIndex } from '../../scripts/lib/search-index.ts';
import { readTags, tagLabels } from '../lib/site/taxonomy.ts';
import type { Paper } from '../schemas/paper.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

/** The papers added to a new index, with how many and how long that took. */
interface Added {
  index: PendingIndex;
  pages: number;
  addMs: number;
}

export function pagefind(papersFile: string): AstroIntegration {
  let adding: Promise<Added> | undefined;
  return {
    name: 'paper-digest:pagefind',
    hooks: {
      'astro:build:start': () => {
        adding = addPapers(papersFile);
        // Awaited at the end of the build; a build that fails first must not report it as unhandled.
        adding.then(
          (added) => added.index,
          () => undefined,
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!adding) throw new Error('pagefind: the build did not start');
        const { index, pages, addMs } = await adding;
        const start = performance.now();
        const errors = await index.write(fileURLToPath(new URL('pagefind/', dir)));
        if (errors.length > 0) throw new Error(`pagefind: ${errors.join('; ')}`);
        const writeMs = performance.now() - start;
        logger.info(
          `${pages} paper pages indexed (added in ${seconds(addMs)} beside rendering, written in ${seconds(writeMs)})`,
        );
      },
    },
  };
}

/** The records in `papersFile` added to a new search index; rejects with Pagefind's errors. */
async function addPapers(papersFile: string): Promise<Added> {
  const start = performance.now();
  const papers = JSON.parse(await readFile(papersFile, 'utf8')) as Paper[];
  const { index, errors } = await addToSearchIndex(papers, tagLabels(readTags()));
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return { index, pages: papers.length, addMs: performance.now() - start };
}
