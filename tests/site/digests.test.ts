import { describe, expect, it } from 'vitest';
import { isNewIn, summarizeDigests } from '../../src/lib/site/digests.ts';
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
