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
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import type { Paper } from '../../src/schemas/paper.ts';
import { plainText, type PaperText } from '../../src/lib/site/paper-text.ts';
import { fingerprint } from '../../src/lib/site/fingerprint.ts';
import { linkTree } from './link-tree.ts';
import { SEARCH_SHARD_SIZE, shardPath, shardsOf } from '../../src/lib/site/search-shards.ts';

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

/** Records sent to Pagefind before waiting for its answers. */
const BATCH = 500;
/** Result excerpts stored ten to a file: far fewer small files to write, for a little more fetched per result. */
const FRAGMENTS_PER_FILE = 10;
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
 * Makes sure every shard of the papers' index is in `cacheDir` (writing those that are not), one shard at a
 * time, so that Pagefind holds at most one shard's index (`shardSize` papers). `texts` are the papers' plain
 * texts by id, when already made. Rejects with Pagefind's errors.
 */
export async function buildSearchShards(
  papers: readonly SearchablePaper[],
  labels: ReadonlyMap<string, string>,
  cacheDir: string,
  {
    shardSize = SEARCH_SHARD_SIZE,
    texts,
  }: { shardSize?: number; texts?: ReadonlyMap<string, PlainText> | undefined } = {},
): Promise<SearchShards> {
  const version = await pagefindVersion();
  const dirs: string[] = [];
  let built = 0;
  try {
    // One shard's records at a time: they hold every paper's text again, and the build renders meanwhile.
    for (const shard of shardsOf(papers, shardSize)) {
      const records = shard.map((paper) => searchRecord(paper, labels, texts?.get(paper.id)));
      const dir = join(cacheDir, shardKey(version, records));
      dirs.push(dir);
      if (existsSync(dir)) continue;
      await writeShard(records, dir);
      built++;
    }
  } finally {
    await pagefind.close();
  }
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

/** One shard's Pagefind bundle, written whole into a temporary folder, then renamed into `dir`. */
async function writeShard(records: readonly CustomRecord[], dir: string): Promise<void> {
  const maxFragments = Math.ceil(records.length / FRAGMENTS_PER_FILE) || 1;
  const { index, errors } = await pagefind.createIndex({ ...INDEX_OPTIONS, maxFragments });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // A batch at a time, so that requests waiting for Pagefind do not pile up in memory, the next one sent
  // before waiting for the answers to the current one, so that Pagefind never waits for us.
  const add = (start: number) =>
    Promise.all(records.slice(start, start + BATCH).map((record) => index.addCustomRecord(record)));
  let next = add(0);
  for (let start = 0; start < records.length; start += BATCH) {
    const current = next;
    next = add(start + BATCH);
    const failed = (await current).flatMap((response) => response.errors);
    if (failed.length > 0) {
      next.catch(() => undefined);
      throw new Error(`pagefind: ${failed.join('; ')}`);
    }
  }
  const temporary = `${dir}.tmp-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  const written = await index.writeFiles({ outputPath: temporary });
  await index.deleteIndex();
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await rename(temporary, dir);
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
