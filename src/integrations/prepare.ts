/**
 * Prepares the site's per-paper data (`src/lib/site/prepared.ts`) in two worker threads from the moment a
 * build has its configuration, beside Astro's own start (which leaves a core idle much of the time), so that
 * the pages' loader finds it done instead of computing it first.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inThread } from './in-thread.ts';
import { papersWritten } from './papers-written.ts';
import type { Prepared, PreparedOffer } from '../lib/site/prepared.ts';
import { offerPrepared, preparedTaken, withdrawPrepared } from '../lib/site/prepared-offer.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

/** The two halves of the prepared data are made by this module, each in a thread of its own. */
const WORKER = new URL('./prepare-worker.ts', import.meta.url);

export function prepareInWorkers(papersFile: string): AstroIntegration {
  return {
    name: 'paper-digest:prepare',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        withdrawPrepared();
        if (command !== 'build') return;
        // Timed from when the records are there to read, as the parser may still be writing them.
        const start = papersWritten().then(() => performance.now());
        const cacheFile = fileURLToPath(new URL(TEXT_CACHE, config.cacheDir));
        const { kept, ...prepared } = prepareInThreads(resolve(papersFile), cacheFile);
        offerPrepared(prepared);
        const done = (half: Promise<unknown>) =>
          Promise.all([start, half]).then(([from]) => seconds(performance.now() - from));
        // A failure is the loader's to report, as the build's error.
        void Promise.all([prepared.texts, kept, done(prepared.texts), done(prepared.neighbours)]).then(
          ([texts, { reused, unsaved }, textsTook, neighboursTook]) => {
            logger.info(
              `${texts.size} papers prepared beside Astro's start: their texts in ${textsTook} (those of ` +
                `${reused} kept from the last build), their neighbours in ${neighboursTook}`,
            );
            if (unsaved) logger.warn(`the papers' texts were not kept for the next build: ${unsaved}`);
          },
          () => undefined,
        );
      },
      'astro:build:done': ({ logger }) => {
        // Without this the pages would quietly compute everything again: the site the same, the build slower.
        if (!preparedTaken())
          logger.warn('the pages did not take the prepared data; they computed their own');
        withdrawPrepared();
      },
    },
  };
}

/** The papers' texts from the last build, in Astro's cache folder (`text-cache.ts`). */
export const TEXT_CACHE = 'paper-texts.ndjson';

export interface TextsKept {
  /** How many texts came from the cache file. */
  reused: number;
  /** Why the cache file could not be written, if it could not. */
  unsaved?: string | undefined;
}

/**
 * The prepared data of the records in `papersFile`, made by two worker threads side by side once the file is
 * written (`papersWritten`), each half ready when its thread is done: one makes the texts (taking those
 * `cacheFile` holds, and leaving it holding these papers'), the other the neighbours. With what became of the
 * cache file (`TextsKept`), known with the texts.
 * Each promise rejects with its worker's error.
 */
export function prepareInThreads(
  papersFile: string,
  cacheFile: string,
): PreparedOffer & { kept: Promise<TextsKept> } {
  const run = <T>(task: string) =>
    papersWritten().then(() => inThread<T>(WORKER, { task, papersFile, cacheFile }, `prepare ${task}`));
  const made = run<Pick<Prepared, 'texts'> & TextsKept>('texts');
  return {
    texts: made.then(({ texts }) => texts),
    neighbours: run<Prepared['neighbours']>('neighbours'),
    kept: made.then(({ reused, unsaved }) => ({ reused, unsaved })),
  };
}
