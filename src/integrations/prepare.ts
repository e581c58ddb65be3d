/**
 * Prepares the site's per-paper data (`src/lib/site/prepared.ts`) in a worker thread from the moment a build
 * has its configuration, beside Astro's own start (the content sync leaves the second core idle), so that the
 * pages' loader finds it done instead of computing it first.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inThread } from './in-thread.ts';
import type { Prepared } from '../lib/site/prepared.ts';
import { offerPrepared, preparedTaken, withdrawPrepared } from '../lib/site/prepared-offer.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

export function prepareInWorker(papersFile: string): AstroIntegration {
  return {
    name: 'paper-digest:prepare',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        withdrawPrepared();
        if (command !== 'build') return;
        const start = performance.now();
        const cacheFile = fileURLToPath(new URL(TEXT_CACHE, config.cacheDir));
        const prepared = prepareInThread(resolve(papersFile), cacheFile);
        offerPrepared(prepared);
        const took = () => seconds(performance.now() - start);
        // A failure is the loader's to report, as the build's error.
        void prepared.then(
          ({ texts, reused }) =>
            logger.info(
              `${texts.size} papers prepared in ${took()} beside Astro's start ` +
                `(the texts of ${reused} kept from the last build)`,
            ),
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

/**
 * `prepare` on the records of `papersFile`, run in a worker thread with the texts `cacheFile` holds (which it
 * then leaves holding these papers' texts), with how many texts it took from there; rejects with the worker's
 * error.
 */
export function prepareInThread(
  papersFile: string,
  cacheFile: string,
): Promise<Prepared & { reused: number }> {
  return inThread(new URL('./prepare-worker.ts', import.meta.url), { papersFile, cacheFile }, 'prepare');
}
