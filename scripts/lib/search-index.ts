/**
 * The search index (Pagefind): one record per paper page, made from the records the pages are rendered
 * from: the plain title as result title, title and abstract as the searchable text (formulas reduced to the
 * characters they show, TeX remnants repaired, as `plainTitle` does for titles), the paper id as
 * meta (the search page shows the site's own card of it), the tag labels as the `tag` filter. A query is
 * reduced the same way before it is run (`src/lib/client/search-term.ts`), so `I^{2}` finds `I2-World`.
 * Custom records spare Pagefind parsing the built pages' HTML.
 *
 * The index is written in shards (`src/lib/site/search-shards.ts`), each kept in a cache folder under the hash
 * of its records, so that a build writes again only the shards whose records changed.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pMap from 'p-map';
import type { CustomRecord } from 'pagefind';
import type { Paper } from '../../src/schemas/paper.ts';
import { plainText, type PaperText } from '../../src/lib/site/paper-text.ts';
import { fingerprint } from '../../src/lib/site/fingerprint.ts';
import { linkTree } from './link-tree.ts';
import { SEARCH_SHARD_SIZE, shardPath, shardsOf } from '../../src/lib/site/search-shards.ts';
import { writeShard, type ShardTask } from './search-shard.ts';
import { inThread } from '../../src/integrations/in-thread.ts';

type PlainText = Pick<PaperText, 'titleText' | 'abstractText'>;
/** What the index reads of a record. */
export type SearchablePaper = Pick<Paper, 'id' | 'title' | 'abstract' | 'tags'>;

/**
 * The search record of one paper's page: its URL (the search page adds the base path), its text, its id and
 * title as meta, its tags for the filter. Plain text, never HTML; `text` is the paper's, when already made.
 */
export function searchRecord(
  paper: SearchablePaper,
  labels: ReadonlyMap<string, string>,
  text: PlainText = plainText(paper),
): CustomRecord {
  const title = text.titleText;
  return {
    url: `/papers/${paper.id}/`,
    content: `${title}. ${text.abstractText}`,
    language: 'en',
    meta: { id: paper.id, title },
    filters: { tag: paper.tags.map((tag) => labels.get(tag) ?? tag) },
  };
}

/** Result excerpts stored ten to a file: far fewer small files to write, for a little more fetched per result. */
const FRAGMENTS_PER_FILE = 10;
/** The module that writes a shard in a worker thread. */
const WORKER = new URL('./search-shard-thread.ts', import.meta.url);
/** Pagefind's options for every shard (with `maxFragments` from the shard's size). */
const INDEX_OPTIONS = { forceLanguage: 'en' } as const;

/** Files of Pagefind's bundle the site never loads: its ready-made interfaces (the search page has its own). */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\./;
/** Files only the first shard needs, with the unused ones: the script and WebAssembly every shard is searched with. */
const UNUSED_IN_MERGED = new RegExp(`${UNUSED.source}|^(?:pagefind(?:-worker)?\\.js|wasm\\..*)$`);

/** The shards of a search index, built or found in the cache. */
export interface SearchShards {
  /** Each shard's folder in the cache, in order. */
  dirs: string[];
  /** How many of them this call wrote (the others were reused). */
  built: number;
}

/**
 * Makes sure every shard of the papers' index is in `cacheDir`, writing those that are not, `concurrency` at a
 * time (several in worker threads, each with a Pagefind process of its own, which holds one shard's index:
 * `shardSize` papers). `texts` are the papers' plain texts by id, when already made. Rejects with Pagefind's
 * or the file system's errors.
 */
export async function buildSearchShards(
  papers: readonly SearchablePaper[],
  labels: ReadonlyMap<string, string>,
  cacheDir: string,
  {
    shardSize = SEARCH_SHARD_SIZE,
    texts,
    concurrency = availableParallelism(),
  }: {
    shardSize?: number;
    texts?: ReadonlyMap<string, PlainText> | undefined;
    concurrency?: number;
  } = {},
): Promise<SearchShards> {
  const version = await pagefindVersion();
  let built = 0;
  const inWorker = (task: ShardTask) => inThread<unknown>(WORKER, task, 'search shard');
  // One shard at a time needs no worker, whose isolate and copy of the records would only add to the peak
  // memory of a build on two cores.
  const write = concurrency > 1 ? inWorker : writeShard;
  // A shard's records are made when it is its turn: they hold every paper's text again, and the build
  // renders meanwhile.
  const dirs = await pMap(
    shardsOf(papers, shardSize),
    async (shard) => {
      const records = shard.map((paper) => searchRecord(paper, labels, texts?.get(paper.id)));
      const dir = join(cacheDir, shardKey(version, records));
      if (existsSync(dir)) return dir;
      const maxFragments = Math.ceil(records.length / FRAGMENTS_PER_FILE) || 1;
      await write({ records, dir, options: { ...INDEX_OPTIONS, maxFragments } });
      built++;
      return dir;
    },
    { concurrency },
  );
  return { dirs, built };
}

/**
 * Places the shards in the site's `outDir`, at the folders the search page merges them from, as hard links to
 * the cache's files (`linkTree`): nothing writes to either, and the cache drops a shard by unlinking it.
 */
export async function placeSearchShards(dirs: readonly string[], outDir: string): Promise<void> {
  for (const [n, dir] of dirs.entries()) {
    const skip = n === 0 ? UNUSED : UNUSED_IN_MERGED;
    await linkTree(dir, join(outDir, shardPath(n)), (name) => skip.test(name));
  }
}

/** Removes the cached shards other than `keep`: a site's cache holds its current shards only. */
export async function pruneSearchShards(cacheDir: string, keep: readonly string[]): Promise<void> {
  const kept = new Set(keep);
  const entries = await readdir(cacheDir).catch(() => []);
  await Promise.all(
    entries
      .map((name) => join(cacheDir, name))
      .filter((dir) => !kept.has(dir))
      .map((dir) => rm(dir, { recursive: true, force: true })),
  );
}

/** A shard's cache key: its records and what writes them (Pagefind's version and options). */
function shardKey(version: string, records: readonly CustomRecord[]): string {
  return fingerprint([version, INDEX_OPTIONS, FRAGMENTS_PER_FILE, records]);
}

/** The installed Pagefind's version, from its package.json. */
async function pagefindVersion(): Promise<string> {
  const file = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}
