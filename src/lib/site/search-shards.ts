/**
 * How the search index is split: papers in record order (first appearance, so a new dump only adds to the
 * end), a fixed number to a shard, each shard a Pagefind bundle of its own. A build re-indexes only the shards
 * whose papers changed, indexing runs within one shard's memory however many papers there are, and the search
 * page merges the shards in the browser (Pagefind's `mergeIndex`).
 */

/**
 * Papers per shard: a few years of papers make a handful of shards for the browser to merge. The
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

/** The papers of each shard, in order; one (empty) shard when there are none. */
export function shardsOf<T>(papers: readonly T[], size = SEARCH_SHARD_SIZE): T[][] {
  const shards: T[][] = [];
  for (let start = 0; start < papers.length; start += size) shards.push(papers.slice(start, start + size));
  return shards.length > 0 ? shards : [[]];
}

/** The folder of shard `n` in the site, relative to the base: the first holds Pagefind's script too. */
export function shardPath(n: number): string {
  return n === 0 ? 'pagefind/' : `pagefind/${n}/`;
}
