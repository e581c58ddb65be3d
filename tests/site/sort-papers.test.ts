import { describe, expect, it } from 'vitest';
import { sortNewest, sortPapers, sortTop } from '../../src/lib/site/sort-papers.ts';
import { paper, papers, voted } from '../support/fixture-papers.ts';

const make = (id: string, publishedOn: string | null, upvotes: number | null = 0, title = id) => ({
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
    const sorted = sortTop(voted);
    expect(sorted[0]!.id).toBe(paper('Causal2Vec').id);
    expect(sorted[0]!.upvotes).toBe(18);
    const votes = sorted.map((p) => p.upvotes);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    expect(sortTop([make('old', '2020-01-01', 3), make('new', '2024-01-01', 3)]).map((p) => p.id)).toEqual([
      'new',
      'old',
    ]);
  });

  it('ranks only papers whose upvotes are known, never an unknown count as 0', () => {
    expect(papers.every((p) => p.upvotes === null)).toBe(true);
    expect(sortTop(papers)).toEqual([]);
    const sorted = sortTop(voted);
    expect(sorted).toHaveLength(voted.filter((p) => p.upvotes !== null).length);
    expect(sorted.length).toBeLessThan(voted.length);
    expect(
      sortTop([make('unknown', '2025-01-01', null), make('zero', '2020-01-01', 0)]).map((p) => p.id),
    ).toEqual(['zero']);
  });

  it('is what sortPapers(…, "top") returns', () => {
    expect(sortPapers(papers, 'top')).toEqual(sortTop(papers));
    expect(sortPapers(papers, 'newest')).toEqual(sortNewest(papers));
  });
});
