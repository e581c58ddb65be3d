import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortNewest, sortPapers, sortTop } from '../../src/lib/site/sort-papers.ts';
import { paper as fixturePaper, papers, voted } from '../support/fixture-papers.ts';
import { paper } from '../support/records.ts';

const make = (id: string, publishedOn: string | null, upvotes: number | null = 0, title = id) => ({
  id,
  title,
  publishedOn,
  upvotes,
  digests: ['2025-12-10'],
});

describe('sortNewest', () => {
  it('puts the papers of the latest digest first, whenever they were published', () => {
    const sorted = sortNewest(papers);
    expect(sorted).toHaveLength(44);
    // First seen on Dec 15 (published Dec 14 and 13), then on Dec 12 (Dec 11, Dec 9, Dec 1): Causal2Vec and
    // CodeT5, shown again on Dec 15, count from Dec 10, their first digest.
    expect(sorted.slice(0, 5).map((p) => p.title.slice(0, 24))).toEqual([
      'Sparse Mixture-of-Expert',
      'Contrastive Code Embeddi',
      'Guarding Retrieval-Augme',
      '$\\mathcal{O}(n)$-Retriev',
      'Über-Tokenizer: naïve Ca',
    ]);
    expect(sorted.slice(5).every((p) => p.digests[0] === '2025-12-10')).toBe(true);
    // Within a digest, by publication day, the undated last.
    const dates = sorted.slice(5).map((p) => p.publishedOn);
    expect(dates.at(-1)).toBeNull();
    expect(sorted.at(-1)!.title).toMatch(/^Encoder-Decoder Gemma/);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('orders by first digest, then publication day, undated last, and leaves the input alone', () => {
    const list = [
      paper({ id: 'old', digests: ['2025-12-10'], publishedOn: '2025-12-01' }),
      paper({ id: 'undated', digests: ['2025-12-12'], publishedOn: null }),
      paper({ id: 'new', digests: ['2025-12-12', '2025-12-15'], publishedOn: '2021-09-02' }),
    ];
    expect(sortNewest(list).map((p) => p.id)).toEqual(['new', 'undated', 'old']);
    expect(list.map((p) => p.id)).toEqual(['old', 'undated', 'new']);
  });

  it('breaks ties by title, then id', () => {
    const input = [make('b', '2025-01-01', 0, 'Beta'), make('a', '2025-01-01', 0, 'alpha'), make('c', null)];
    expect(sortNewest(input).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders ISO days as a collator orders them, by first digest, then publication day, then title and id', () => {
    // A few days, so that records often share a digest day, or both days, and the later keys decide.
    const day = fc.constantFrom('2023-12-31', '2024-01-09', '2024-01-10', '2024-10-01');
    const record = fc.record({
      digest: day,
      publishedOn: fc.option(day, { nil: null }),
      title: fc.constantFrom('Alpha', 'beta', 'Gamma', 'alpha'),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (fields) => {
        const list = fields.map(({ digest, publishedOn, title }, n) =>
          paper({ id: `p${String(n).padStart(2, '0')}`, digests: [digest], publishedOn, title }),
        );
        const collated = [...list].sort(
          (a, b) =>
            b.digests[0]!.localeCompare(a.digests[0]!) ||
            (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') ||
            a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
            a.id.localeCompare(b.id),
        );
        expect(sortNewest(list).map((p) => p.id)).toEqual(collated.map((p) => p.id));
      }),
    );
  });
});

describe('sortTop', () => {
  it('ranks by upvotes, ties newest first', () => {
    const sorted = sortTop(voted);
    expect(sorted[0]!.id).toBe(fixturePaper('Causal2Vec').id);
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
