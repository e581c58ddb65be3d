/**
 * A thread of `src/integrations/prepare.ts`: reads the records of the papers file it is given and makes one
 * half of the prepared data. `texts` takes those the cache file holds for this code and leaves it holding
 * these papers' texts; `neighbours` ranks every paper's nearest.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { NEIGHBOURS } from '../lib/site/prepared.ts';
import { nearestNeighbours } from '../lib/site/related/rank.ts';
import { readTextCache, textsWithCache, writeTextCache } from '../lib/site/text-cache.ts';
import { codeVersion } from './code-version.ts';
import type { Paper } from '../schemas/paper.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the texts are made with: the site's code and the locked dependencies. */
const CODE = [resolve(ROOT, 'src/lib'), resolve(ROOT, 'package-lock.json')];

const { task, papersFile, cacheFile } = workerData as {
  task: 'texts' | 'neighbours';
  papersFile: string;
  cacheFile: string;
};
const papers = JSON.parse(await readFile(papersFile, 'utf8')) as Paper[];
if (task === 'neighbours') {
  parentPort?.postMessage(nearestNeighbours(papers, NEIGHBOURS));
} else {
  const version = codeVersion(CODE);
  const cached = readTextCache(cacheFile, version);
  const { texts, cache, reused } = textsWithCache(papers, cached);
  let unsaved: string | undefined;
  try {
    if (reused < papers.length || cache.size !== cached.size) writeTextCache(cacheFile, version, cache);
  } catch (error) {
    // The texts are made: a cache that cannot be written costs the next build time, not this one its site.
    unsaved = error instanceof Error ? error.message : String(error);
  }
  parentPort?.postMessage({ texts, reused, unsaved });
}
