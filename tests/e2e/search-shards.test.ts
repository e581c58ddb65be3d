/**
 * A search index of several shards, searched in Chromium as the search page does: the first shard's script
 * with the others merged into it finds papers of every shard, by text and by tag filter. (The project fixture
 * site has one shard: this builds five papers in shards of two.)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type Served } from '../../scripts/lib/serve.ts';
import { buildSearchShards, placeSearchShards } from '../../scripts/lib/search-index.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { paper } from '../support/records.ts';

const BASE = '/shards/';
const labels = new Map([
  ['retrieval', 'Retrieval & RAG'],
  ['vision', 'Computer vision'],
]);
const papers = [
  paper({ id: 'first', abstract: 'Walruses and retrieval.', tags: ['retrieval'] }),
  paper({ id: 'second', abstract: 'Otters and vision.', tags: ['vision'] }),
  paper({ id: 'third', abstract: 'Walruses and vision.', tags: ['vision'] }),
  paper({ id: 'fourth', abstract: 'Pelicans and retrieval.', tags: ['retrieval'] }),
  paper({ id: 'fifth', abstract: 'Walruses, pelicans and retrieval.', tags: ['retrieval'] }),
];

describe('a search index in shards', () => {
  let work = '';
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'search-shards-'));
    const { dirs } = await buildSearchShards(papers, labels, join(work, 'cache'), { shardSize: 2 });
    expect(dirs).toHaveLength(3);
    await placeSearchShards(dirs, join(work, 'site'));
    await writeFile(join(work, 'site/index.html'), '<!doctype html><title>Shards</title>');
    served = await serveDist(join(work, 'site'), BASE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await rm(work, { recursive: true, force: true });
  });

  /** The ids of the papers a search finds, with the shards merged as the search page merges them. */
  async function search(term: string, tag?: string): Promise<string[]> {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(served.url);
      // A string, not a function: Vitest would rewrite a function's import() into its own loader.
      const ids = await page.evaluate(`(async () => {
        const pagefind = await import('${BASE}pagefind/pagefind.js');
        await Promise.all(['${BASE}pagefind/1/', '${BASE}pagefind/2/'].map((path) => pagefind.mergeIndex(path)));
        const { results } = await pagefind.search(${JSON.stringify(term)}, ${JSON.stringify(tag ? { filters: { tag } } : {})});
        return Promise.all(results.map(async (result) => (await result.data()).meta.id));
      })()`);
      return (ids as string[]).sort();
    } finally {
      await context.close();
    }
  }

  it('finds the papers of every shard', async () => {
    expect(await search('walruses')).toEqual(['fifth', 'first', 'third']);
    expect(await search('pelicans')).toEqual(['fifth', 'fourth']);
  });

  it('filters by tag across the shards', async () => {
    expect(await search('walruses', 'Computer vision')).toEqual(['third']);
    expect(await search('walruses', 'Retrieval & RAG')).toEqual(['fifth', 'first']);
  });
});
