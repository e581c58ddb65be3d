import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildSearchShards,
  placeSearchShards,
  pruneSearchShards,
  searchRecord,
} from '../../scripts/lib/search-index.ts';
import { paper } from '../support/records.ts';

const labels = new Map([['retrieval', 'Retrieval & RAG']]);

/** Papers indexed in a bundle: the page count of its one language. */
async function pageCount(dir: string): Promise<number | undefined> {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return entry.languages['en']?.page_count;
}

describe('searchRecord', () => {
  it("takes the title and abstract from the paper's plain texts when the build made them already", () => {
    const raw = paper({ id: 'made', title: 'Raw $T$', abstract: 'Raw.', tags: [] });
    const record = searchRecord(raw, labels, { titleText: 'Made title', abstractText: 'Made abstract.' });
    expect(record.content).toBe('Made title. Made abstract.');
    expect(record.meta).toEqual({ id: 'made', title: 'Made title' });
  });
  it('makes the paper page its URL, its plain title the result title, and its tag labels the filter', () => {
    const record = searchRecord(
      paper({
        id: 'i2-world',
        title: '$I^{2}$-World: tests',
        abstract: 'We use $\\alpha$ & more.',
        tags: ['retrieval'],
      }),
      labels,
    );
    expect(record).toEqual({
      url: '/papers/i2-world/',
      content: 'I2-World: tests. We use α & more.',
      language: 'en',
      meta: { id: 'i2-world', title: 'I2-World: tests' },
      filters: { tag: ['Retrieval & RAG'] },
    });
  });
});

describe('search shards', () => {
  let work = '';
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'search-index-'));
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('writes one bundle that holds every paper, however many batches they take', async () => {
    const papers = Array.from({ length: 1201 }, (_, n) => paper({ id: `paper-${n}`, tags: ['retrieval'] }));
    // A full shard of them: by default they would make two shards of the newest papers, 1,000 and 201.
    const { dirs, built } = await buildSearchShards(papers, labels, join(work, 'cache'), { shardSize: 1201 });
    expect([dirs.length, built]).toEqual([1, 1]);
    expect(await pageCount(dirs[0]!)).toBe(1201);
  });

  it('writes again only the shards whose papers changed, and the cache keeps only the current ones', async () => {
    const cache = join(work, 'cache');
    const papers = Array.from({ length: 5 }, (_, n) => paper({ id: `paper-${n}` }));
    const first = await buildSearchShards(papers, labels, cache, { shardSize: 2 });
    expect([first.dirs.length, first.built]).toEqual([3, 3]);
    expect(await Promise.all(first.dirs.map(pageCount))).toEqual([2, 2, 1]);

    const again = await buildSearchShards(papers, labels, cache, { shardSize: 2 });
    expect(again).toEqual({ dirs: first.dirs, built: 0 });

    // A new paper joins the last shard; a changed abstract changes the first; the middle one is reused.
    const changed = [{ ...papers[0]!, abstract: 'Changed.' }, ...papers.slice(1), paper({ id: 'paper-5' })];
    const next = await buildSearchShards(changed, labels, cache, { shardSize: 2 });
    expect(next.built).toBe(2);
    expect(next.dirs[1]).toBe(first.dirs[1]);
    expect(next.dirs[0]).not.toBe(first.dirs[0]);
    expect(next.dirs[2]).not.toBe(first.dirs[2]);
    expect(await pageCount(next.dirs[2]!)).toBe(2);

    await pruneSearchShards(cache, next.dirs);
    expect((await readdir(cache)).map((name) => join(cache, name)).sort()).toEqual([...next.dirs].sort());
  });

  it('writes the same shards whether it writes them one or several at a time', async () => {
    const papers = Array.from({ length: 7 }, (_, n) => paper({ id: `paper-${n}`, tags: ['retrieval'] }));
    const one = await buildSearchShards(papers, labels, join(work, 'one'), { shardSize: 2, concurrency: 1 });
    const three = await buildSearchShards(papers, labels, join(work, 'three'), {
      shardSize: 2,
      concurrency: 3,
    });
    expect([one.built, three.built]).toEqual([4, 4]);
    const names = (dirs: string[]) => dirs.map((dir) => dir.slice(dir.lastIndexOf('/') + 1));
    expect(names(three.dirs)).toEqual(names(one.dirs));
    expect(await Promise.all(three.dirs.map(pageCount))).toEqual([2, 2, 2, 1]);
    for (const [n, dir] of three.dirs.entries()) {
      const entry = (folder: string) => readFile(join(folder, 'pagefind-entry.json'), 'utf8');
      expect(await entry(dir)).toBe(await entry(one.dirs[n]!));
    }
  });

  it.each([1, 2])(
    'rejects with the reason when a shard cannot be written, %i at a time',
    async (concurrency) => {
      const papers = Array.from({ length: 3 }, (_, n) => paper({ id: `paper-${n}` }));
      const cache = join(work, 'cache');
      // A file where the cache folder should be: no shard can be written under it.
      await writeFile(cache, '');
      await expect(buildSearchShards(papers, labels, cache, { shardSize: 2, concurrency })).rejects.toThrow(
        /ENOTDIR/,
      );
    },
  );

  it('refuses a concurrency below one instead of waiting forever', async () => {
    const papers = [paper({ id: 'paper-0' })];
    await expect(buildSearchShards(papers, labels, join(work, 'cache'), { concurrency: 0 })).rejects.toThrow(
      /concurrency/,
    );
  });

  it('places the first shard with the script at pagefind/, the others at pagefind/N/ without it', async () => {
    const papers = Array.from({ length: 3 }, (_, n) => paper({ id: `paper-${n}`, tags: ['retrieval'] }));
    const { dirs } = await buildSearchShards(papers, labels, join(work, 'cache'), { shardSize: 2 });
    const site = join(work, 'site');
    await placeSearchShards(dirs, site);
    const primary = await readdir(join(site, 'pagefind'));
    expect(primary).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', '1']),
    );
    expect(primary.filter((name) => name.includes('-ui.') || name.includes('highlight'))).toEqual([]);
    const merged = await readdir(join(site, 'pagefind/1'));
    expect(merged).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment', 'filter']));
    expect(merged.filter((name) => name.endsWith('.js') || name.startsWith('wasm.'))).toEqual([]);
    expect(existsSync(join(site, 'pagefind/2'))).toBe(false);
  });
});
