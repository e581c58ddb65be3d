/**
 * Prepares the site's per-paper data (`src/lib/site/prepared.ts`) in a worker thread from the moment a build
 * has its configuration, beside Astro's own start (the content sync leaves the second core idle), so that the
 * pages' loader finds it done instead of computing it first.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { inThread } from './in-thread.ts';
import type { Prepared } from '../lib/site/prepared.ts';
import { offerPrepared, preparedTaken, withdrawPrepared } from '../lib/site/prepared-offer.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

export function prepareInWorker(papersFile: string): AstroIntegration {
  return {
    name: 'paper-digest:prepare',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        withdrawPrepared();
        if (command !== 'build') return;
        const start = performance.now();
        const prepared = prepareInThread(resolve(papersFile));
        offerPrepared(prepared);
        const took = () => seconds(performance.now() - start);
        // A failure is the loader's to report, as the build's error.
        void prepared.then(
          ({ texts }) => logger.info(`${texts.size} papers prepared in ${took()} beside Astro's start`),
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

/** `prepare` on the records of `papersFile`, run in a worker thread; rejects with the worker's error. */
export function prepareInThread(papersFile: string): Promise<Prepared> {
  return inThread(new URL('./prepare-worker.ts', import.meta.url), papersFile, 'prepare');
}
