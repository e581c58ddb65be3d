/**
 * How the search index is split: papers in record order (first appearance, so a new dump only adds to the
 * end), each shard a Pagefind bundle of its own. Full shards hold a fixed number; the papers after the last
 * full one, the newest, come in shards of an eighth of that, so that a new dump re-indexes one small shard
 * (two where it fills one) rather than up to a full one, and a full shard is indexed once, when its eighths
 * are all there. A build re-indexes only the shards whose papers changed, indexing runs within one shard's
 * memory however many papers there are, and the search page merges the shards in the browser (Pagefind's
 * `mergeIndex`).
 */

/**
 * Papers per full shard: a few years of papers make a handful of shards for the browser to merge. The
 * `SEARCH_SHARD_SIZE` environment variable sets another (a whole number from 1).
 */
export const SEARCH_SHARD_SIZE = shardSize(process.env['SEARCH_SHARD_SIZE']);

/** The shard size `setting` asks for, or 8,000 when it is unset or not a whole number from 1. */
export function shardSize(setting: string | undefined): number {
  return setting && shardSizeProblem(setting) === undefined ? Number(setting) : 8000;
}

/**
 * What is wrong with a `SEARCH_SHARD_SIZE` setting, if anything (the build refuses it rather than ignore it).
 */
export function shardSizeProblem(setting: string | undefined): string | undefined {
  if (!setting) return undefined;
  const size = Number(setting);
  if (Number.isInteger(size) && size >= 1) return undefined;
  return (
    `SEARCH_SHARD_SIZE=${setting} is not a whole number from 1: ` +
    'set one, or unset it for 8000 papers a shard'
  );
}

/** How many shards the newest papers, those after the last full shard, may take: a full shard's eighths. */
export const TAIL_SHARDS = 8;

/**
 * The papers of each shard, in order: full shards of `size`, then the rest in shards of `size / TAIL_SHARDS`
 * (at least 1), the last one holding what is left; one (empty) shard when there are none.
 */
export function shardsOf<T>(papers: readonly T[], size = SEARCH_SHARD_SIZE): T[][] {
  const small = Math.max(1, Math.floor(size / TAIL_SHARDS));
  const full = papers.length - (papers.length % size);
  const shards: T[][] = [];
  for (let start = 0; start < full; start += size) shards.push(papers.slice(start, start + size));
  for (let start = full; start < papers.length; start += small)
    shards.push(papers.slice(start, start + small));
  return shards.length > 0 ? shards : [[]];
}

/** The folder of shard `n` in the site, relative to the base: the first holds Pagefind's script too. */
export function shardPath(n: number): string {
  return n === 0 ? 'pagefind/' : `pagefind/${n}/`;
}

/**
 * Memory one shard takes while it is written, per paper: the Pagefind process that holds its index and, for a
 * shard written beside another, a worker thread with its records: about 1 GB for a full shard of 8,000.
 */
export const SHARD_BYTES_PER_PAPER = 128_000;

/**
 * How many shards a build writes at once: one for each core but the one Astro renders on, as many as half of
 * `freeBytes` (the memory the build may still take) holds, at least one. `papersPerShard`: the largest
 * shard's.
 */
export function shardsAtOnce(cores: number, freeBytes: number, papersPerShard: number): number {
  const byMemory = Math.floor(freeBytes / 2 / (Math.max(1, papersPerShard) * SHARD_BYTES_PER_PAPER));
  return Math.max(1, Math.min(cores - 1, byMemory));
}
