/**
 * The search index as an Astro integration: once the build has prepared each paper's texts, Pagefind indexes
 * the papers' records into shards in Astro's cache folder (reusing the shards whose records are unchanged),
 * beside rendering, as many at once as the cores besides Astro's and the free memory allow (`shardsAtOnce`);
 * when the build is done, the shards are linked into the site and the cache keeps only them. The records are
 * the parser's (`papersFile`), the ones the pages are rendered from.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism, platform, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  buildSearchShards,
  placeSearchShards,
  pruneSearchShards,
  type SearchablePaper,
  type SearchShards,
} from '../../scripts/lib/search-index.ts';
import { offeredPrepared } from '../lib/site/prepared-offer.ts';
import { papersWritten } from './papers-written.ts';
import { shardsAtOnce, shardsOf, shardSizeProblem } from '../lib/site/search-shards.ts';
import { readTags, tagLabels } from '../lib/site/taxonomy.ts';
import type { Paper } from '../schemas/paper.ts';
import { formatSeconds as seconds } from '../../scripts/lib/format-units.ts';

/** The shards of the papers' index, with how many papers and how long they took. */
interface Indexed extends SearchShards {
  papers: number;
  ms: number;
  /** How many shards it wrote at a time, at most (1 when it wrote none). */
  atOnce: number;
}

export function pagefind(papersFile: string): AstroIntegration {
  let cacheDir = '';
  let indexing: Promise<Indexed> | undefined;
  return {
    name: 'paper-digest:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Refused, not ignored, by `astro build` run alone too, as `npm run build` does before it starts.
        const problem = command === 'build' ? shardSizeProblem(process.env['SEARCH_SHARD_SIZE']) : undefined;
        if (problem !== undefined) throw new Error(problem);
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('pagefind/', config.cacheDir));
      },
      'astro:build:start': () => {
        indexing = indexPapers(papersFile, cacheDir);
        // Awaited at the end of the build; a build that fails first must not report it as unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) throw new Error('pagefind: the build did not start');
        const { dirs, built, papers, ms, atOnce } = await indexing;
        const start = performance.now();
        await placeSearchShards(dirs, fileURLToPath(dir));
        await pruneSearchShards(cacheDir, dirs);
        logger.info(
          `${papers} paper pages indexed in ${dirs.length} shard(s), ${built} written and ` +
            `${dirs.length - built} unchanged (${seconds(ms)} beside rendering, ${atOnce} at a time; placed in ` +
            `${seconds(performance.now() - start)})`,
        );
      },
    },
  };
}

/**
 * The records in `papersFile` indexed into shards under `cacheDir`, with their texts as the build prepared them;
 * rejects with Pagefind's errors.
 */
async function indexPapers(papersFile: string, cacheDir: string): Promise<Indexed> {
  await papersWritten();
  // Pagefind starts once the prepared data is done: on two cores, the pages need that sooner than the index.
  const prepared = offeredPrepared();
  const [texts] = await Promise.all([prepared?.texts, prepared?.neighbours]);
  const start = performance.now();
  const papers = await searchablePapers(papersFile);
  const largest = Math.max(...shardsOf(papers).map((shard) => shard.length));
  const concurrency = shardsAtOnce(availableParallelism(), freeMemory(), largest);
  const shards = await buildSearchShards(papers, tagLabels(readTags()), cacheDir, { texts, concurrency });
  const atOnce = Math.max(1, Math.min(concurrency, shards.built));
  return { ...shards, papers: papers.length, ms: performance.now() - start, atOnce };
}

/**
 * The memory the build may still take. Linux reports what is available (a container's limit included);
 * macOS counts only pages nobody has used, a few hundred MB on a busy machine, so there it is all but the
 * build's own.
 */
function freeMemory(): number {
  return platform() === 'linux' ? process.availableMemory() : totalmem() - process.memoryUsage.rss();
}

/** What the index reads of each record in `papersFile`: the rest is freed while the index is written. */
async function searchablePapers(papersFile: string): Promise<SearchablePaper[]> {
  const papers = JSON.parse(await readFile(papersFile, 'utf8')) as Paper[];
  return papers.map(({ id, title, abstract, tags }) => ({ id, title, abstract, tags }));
}
