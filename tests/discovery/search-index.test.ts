import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchDocument, writeSearchIndex } from '../../scripts/lib/search-index.ts';
import { paper } from './records.ts';

const labels = new Map([['retrieval', 'Retrieval & RAG']]);

describe('searchDocument', () => {
  it('makes the paper page its URL, its plain title the heading, and its tag labels the filter', () => {
    const doc = searchDocument(
      paper({
        id: 'i2-world',
        title: '$I^{2}$-World: tests',
        abstract: 'We use $\\alpha$ & more.',
        tags: ['retrieval'],
      }),
      labels,
    );
    expect(doc.url).toBe('/papers/i2-world/');
    expect(doc.content).toContain('<h1>I2-World: tests</h1>');
    expect(doc.content).toContain('<p>We use α &amp; more.</p>');
    expect(doc.content).toContain('<span data-pagefind-filter="tag">Retrieval &amp; RAG</span>');
  });

  it('escapes markup in the input, so nothing from a dump becomes an element', () => {
    const doc = searchDocument(
      paper({
        id: 'x',
        title: '<img src=x onerror=alert(1)>',
        abstract: '</p><script>alert(1)</script>',
        tags: ['<b>'],
      }),
      new Map(),
    );
    expect(doc.content).not.toMatch(/<(img|script|b)[\s>]/);
    expect(doc.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.content).toContain('<span data-pagefind-filter="tag">&lt;b&gt;</span>');
  });
});

describe('writeSearchIndex', () => {
  it('writes a Pagefind bundle that holds every paper', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'search-index-'));
    try {
      const papers = ['one', 'two', 'three'].map((id) => paper({ id, tags: ['retrieval'] }));
      const result = await writeSearchIndex(papers, labels, dir);
      expect(result).toEqual({ pages: 3, errors: [] });
      const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(entry.languages['en']?.page_count).toBe(3);
      expect(await readdir(dir)).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-ui.js', 'filter']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
