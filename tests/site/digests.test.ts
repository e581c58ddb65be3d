import { describe, expect, it } from 'vitest';
import {
  adjacentDigests,
  digestPeriods,
  isNewIn,
  periodCount,
  rankPapers,
  summarizeDigests,
} from '../../src/lib/site/digests.ts';
import { isoWeek, monthOf } from '../../src/lib/site/calendar.ts';
import { neighbourMap, neighboursIn } from '../../src/lib/site/neighbours.ts';
import { paper, papers } from '../support/fixture-papers.ts';

describe('summarizeDigests', () => {
  const digests = summarizeDigests(papers);

  it('lists one digest per dump, newest first, with counts and new papers', () => {
    expect(digests.map((d) => [d.date, d.ids.length, d.newIds.length])).toEqual([
      ['2025-12-15', 4, 2],
      ['2025-12-12', 6, 3],
      ['2025-12-10', 39, 39],
    ]);
  });

  it('keeps record order within a digest', () => {
    const dec15 = digests[0]!;
    expect(dec15.ids[0]).toBe(paper('Causal2Vec').id);
    expect(dec15.ids.indexOf(paper('CodeT5').id)).toBeLessThan(dec15.ids.indexOf(paper('Sparse Mixture').id));
    expect(dec15.newIds).toEqual([paper('Sparse Mixture').id, paper('Contrastive Code').id]);
  });

  it('tells whether a paper is new in a digest', () => {
    expect(isNewIn(paper('Causal2Vec'), '2025-12-10')).toBe(true);
    expect(isNewIn(paper('Causal2Vec'), '2025-12-15')).toBe(false);
  });
});

describe('neighbours', () => {
  const digests = summarizeDigests(papers);
  const map = neighbourMap(digests);

  it('finds previous and next in a list of ids', () => {
    expect(neighboursIn(['a', 'b', 'c'], 'b')).toEqual({ prev: 'a', next: 'c' });
    expect(neighboursIn(['a', 'b'], 'a')).toEqual({ prev: undefined, next: 'b' });
    expect(neighboursIn(['a'], 'z')).toBeUndefined();
  });

  it('takes them from the newest digest holding the paper', () => {
    const causal = map.get(paper('Causal2Vec').id)!;
    expect(causal).toEqual({ date: '2025-12-15', prev: undefined, next: paper('CodeT5').id });
    const mistral = map.get(paper('Mistral-SPLADE').id)!;
    expect(mistral.date).toBe('2025-12-12');
    expect(mistral.prev).toBe(paper('Causal2Vec').id);
  });

  it('gives every paper an entry; walking "next" through the latest digest visits it all, in order', () => {
    expect(map.size).toBe(papers.length);
    const latest = digests[0]!;
    const walked = [latest.ids[0]!];
    for (let id = map.get(walked[0]!)?.next; id !== undefined; id = map.get(id)?.next) walked.push(id);
    expect(walked).toEqual(latest.ids);
  });
});

describe('rankPapers', () => {
  it('keeps the page order when no upvotes are known, and says so', () => {
    const ranked = rankPapers(papers.slice(0, 5));
    expect(ranked.order).toBe('page');
    expect(ranked.papers.map((p) => p.id)).toEqual(papers.slice(0, 5).map((p) => p.id));
  });

  it('ranks by upvotes when known, unknown counts last, ties in page order', () => {
    const list = [
      { id: 'a', upvotes: 3 },
      { id: 'b', upvotes: null },
      { id: 'c', upvotes: 7 },
      { id: 'd', upvotes: 3 },
      { id: 'e', upvotes: 0 },
    ];
    const ranked = rankPapers(list);
    expect(ranked.order).toBe('upvotes');
    expect(ranked.papers.map((p) => p.id)).toEqual(['c', 'a', 'd', 'e', 'b']);
    expect(list.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('digestPeriods', () => {
  const digests = summarizeDigests(papers);

  it('groups the fixture dumps (Dec 10, 12, 15 2025) into ISO weeks 50 and 51, newest first', () => {
    const weeks = digestPeriods(digests, isoWeek);
    expect(weeks.map((w) => [w.key, w.dates])).toEqual([
      ['2025-W51', ['2025-12-15']],
      ['2025-W50', ['2025-12-12', '2025-12-10']],
    ]);
    expect(weeks[0]!.ids).toEqual(digests[0]!.ids);
  });

  it('lists each paper of a period once, in the order the period first showed it', () => {
    const [month] = digestPeriods(digests, monthOf);
    expect(month!.key).toBe('2025-12');
    // 39 papers on Dec 10, 3 new on Dec 12, 2 new on Dec 15.
    expect(month!.ids).toHaveLength(44);
    expect(new Set(month!.ids).size).toBe(44);
    expect(month!.ids.slice(0, 39)).toEqual(digests[2]!.ids);
    expect(month!.ids.slice(-2)).toEqual([paper('Sparse Mixture').id, paper('Contrastive Code').id]);
  });
});

describe('adjacentDigests', () => {
  const digests = summarizeDigests(papers);

  it('finds the older and newer digest of a date', () => {
    const dates = (d: ReturnType<typeof adjacentDigests>) => [d.older?.date, d.newer?.date];
    expect(dates(adjacentDigests(digests, '2025-12-12'))).toEqual(['2025-12-10', '2025-12-15']);
    expect(dates(adjacentDigests(digests, '2025-12-15'))).toEqual(['2025-12-12', undefined]);
    expect(dates(adjacentDigests(digests, '2025-12-10'))).toEqual([undefined, '2025-12-12']);
    expect(dates(adjacentDigests(digests, '2025-12-11'))).toEqual([undefined, undefined]);
  });
});

describe('periodCount', () => {
  it('counts every paper when the page lists them all', () => {
    expect(periodCount(9, 9, 'upvotes')).toBe('9 papers');
    expect(periodCount(1, 1, 'page')).toBe('1 paper');
  });

  it('says which part of the papers a capped page lists, in its order', () => {
    expect(periodCount(1740, 50, 'upvotes')).toBe('The 50 most upvoted of 1,740 papers');
    expect(periodCount(51, 50, 'page')).toBe('The first 50 of 51 papers');
  });
});
