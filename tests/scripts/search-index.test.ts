import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToSearchIndex, searchRecord } from '../../scripts/lib/search-index.ts';
import { paper } from '../support/records.ts';

const labels = new Map([['retrieval', 'Retrieval & RAG']]);

describe('searchRecord', () => {
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

describe('addToSearchIndex', () => {
  it('writes a Pagefind bundle that holds every paper, however many batches they take', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'search-index-'));
    try {
      const papers = Array.from({ length: 1201 }, (_, n) => paper({ id: `paper-${n}`, tags: ['retrieval'] }));
      const added = await addToSearchIndex(papers, labels);
      expect(added.errors).toBeUndefined();
      expect(await added.index?.write(dir)).toEqual([]);
      const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(entry.languages['en']?.page_count).toBe(1201);
      expect(await readdir(dir)).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-ui.js', 'filter']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
