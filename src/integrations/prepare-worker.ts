/**
 * The thread of `src/integrations/prepare.ts`: reads the records of the papers file it is given and prepares
 * them, with the texts the cache file holds for this code, which it then leaves holding these papers' texts.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { prepare } from '../lib/site/prepared.ts';
import { codeVersion, readTextCache, textsWithCache, writeTextCache } from '../lib/site/text-cache.ts';
import type { Paper } from '../schemas/paper.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the texts are made with: the site's code and the locked dependencies. */
const CODE = [resolve(ROOT, 'src/lib'), resolve(ROOT, 'package-lock.json')];

const { papersFile, cacheFile } = workerData as { papersFile: string; cacheFile: string };
const papers = JSON.parse(await readFile(papersFile, 'utf8')) as Paper[];
const version = codeVersion(CODE);
const cached = readTextCache(cacheFile, version);
const { texts, cache, reused } = textsWithCache(papers, cached);
if (reused < papers.length || cache.size !== cached.size) writeTextCache(cacheFile, version, cache);
parentPort?.postMessage({ ...prepare(papers, texts), reused });
