import { describe, expect, it } from 'vitest';
import { sortNewest, sortPapers, sortTop } from '../../src/lib/sortPapers.ts';
import { paper, papers } from './fixture.ts';

const make = (id: string, publishedOn: string | null, upvotes = 0, title = id) => ({
  id,
  title,
  publishedOn,
  upvotes,
});

describe('sortNewest', () => {
  it('puts the newest date first and undated papers last', () => {
    const sorted = sortNewest(papers);
    expect(sorted).toHaveLength(44);
    expect(sorted[0]!.publishedOn).toBe('2025-12-14');
    expect(sorted.at(-1)!.title).toMatch(/^Encoder-Decoder Gemma/);
    const dates = sorted.map((p) => p.publishedOn).filter((d) => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('breaks date ties by title, then id, and leaves the input alone', () => {
    const input = [make('b', '2025-01-01', 0, 'Beta'), make('a', '2025-01-01', 0, 'alpha'), make('c', null)];
    expect(sortNewest(input).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(input.map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('sortTop', () => {
  it('ranks by upvotes, ties newest first', () => {
    const sorted = sortTop(papers);
    expect(sorted[0]).toBe(paper('Causal2Vec'));
    expect(sorted[0]!.upvotes).toBe(9);
    const votes = sorted.map((p) => p.upvotes);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    expect(sortTop([make('old', '2020-01-01', 3), make('new', '2024-01-01', 3)]).map((p) => p.id)).toEqual([
      'new',
      'old',
    ]);
  });

  it('is what sortPapers(…, "top") returns', () => {
    expect(sortPapers(papers, 'top')).toEqual(sortTop(papers));
    expect(sortPapers(papers, 'newest')).toEqual(sortNewest(papers));
  });
});
