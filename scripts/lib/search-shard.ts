/**
 * Writes one shard of the search index: in the thread of `buildSearchShards` when it writes one at a time,
 * else in a worker thread of its own (`search-shard-thread.ts`), since one Pagefind process indexes on one
 * core and Pagefind's Node API keeps one process per thread. Pagefind is closed after the shard.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindServiceConfig } from 'pagefind';

export interface ShardTask {
  records: CustomRecord[];
  /** The folder to write the bundle to; it appears whole or not at all. */
  dir: string;
  options: PagefindServiceConfig;
}

/** Records sent to Pagefind before waiting for its answers. */
const BATCH = 500;

/** One shard's Pagefind bundle, written whole into a temporary folder, then renamed into `dir`. */
export async function writeShard({ records, dir, options }: ShardTask): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(options);
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
    try {
      const written = await index.writeFiles({ outputPath: temporary });
      if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      await rename(temporary, dir);
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
  } finally {
    await pagefind.close();
  }
}
