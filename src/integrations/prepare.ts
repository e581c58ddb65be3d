/**
 * Prepares the site's per-paper data (`src/lib/site/prepared.ts`) in two worker threads from the moment a
 * build has its configuration, beside Astro's own start (which leaves a core idle much of the time), so that
 * the pages' loader finds it done instead of computing it first.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inThread } from './in-thread.ts';
import type { Prepared } from '../lib/site/prepared.ts';
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
        const start = performance.now();
        const cacheFile = fileURLToPath(new URL(TEXT_CACHE, config.cacheDir));
        const prepared = prepareInThreads(resolve(papersFile), cacheFile);
        offerPrepared(prepared);
        const took = () => seconds(performance.now() - start);
        // A failure is the loader's to report, as the build's error.
        void prepared.then(
          ({ texts, reused, unsaved }) => {
            logger.info(
              `${texts.size} papers prepared in ${took()} beside Astro's start ` +
                `(the texts of ${reused} kept from the last build)`,
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

interface TextsKept {
  /** How many texts came from the cache file. */
  reused: number;
  /** Why the cache file could not be written, if it could not. */
  unsaved?: string | undefined;
}

/**
 * The prepared data of the records in `papersFile`, made by two worker threads side by side: one makes the
 * texts (taking those `cacheFile` holds, and leaving it holding these papers'), the other the neighbours.
 * With what became of the cache file (`TextsKept`); rejects with a worker's error.
 */
export async function prepareInThreads(papersFile: string, cacheFile: string): Promise<Prepared & TextsKept> {
  const run = <T>(task: string) => inThread<T>(WORKER, { task, papersFile, cacheFile }, `prepare ${task}`);
  const [{ texts, ...kept }, neighbours] = await Promise.all([
    run<Pick<Prepared, 'texts'> & TextsKept>('texts'),
    run<Prepared['neighbours']>('neighbours'),
  ]);
  return { texts, neighbours, ...kept };
}
