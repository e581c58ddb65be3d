import { describe, expect, it } from 'vitest';
import { rankForYou, type NeighbourData } from '../../src/lib/client/for-you.ts';

// a: b 0.40, c 0.20 · b: a 0.40, d 0.30 · c: a 0.20, d 0.25 · d: b 0.30, c 0.25 · e: nothing.
const data: NeighbourData = {
  ids: ['a', 'b', 'c', 'd', 'e'],
  near: [[1, 40, 2, 20], [0, 40, 3, 30], [0, 20, 3, 25], [1, 30, 2, 25], []],
};

describe('rankForYou', () => {
  it('suggests nothing when nothing is starred, or only unknown or lonely papers', () => {
    expect(rankForYou(data, [])).toEqual([]);
    expect(rankForYou(data, ['gone', 'e'])).toEqual([]);
  });

  it('ranks one star’s neighbours by similarity, because of that star', () => {
    expect(rankForYou(data, ['a'])).toEqual([
      { id: 'b', score: 0.4, because: 'a' },
      { id: 'c', score: 0.2, because: 'a' },
    ]);
  });

  it('sums the similarities to several stars, never suggests a starred paper, and names the closest star', () => {
    // a is near b (0.40) and c (0.20), 0.60; d is near b (0.30) and c (0.25), 0.55; b explains both.
    const ranked = rankForYou(data, ['b', 'c']);
    expect(ranked.map((s) => [s.id, s.because])).toEqual([
      ['a', 'b'],
      ['d', 'b'],
    ]);
    expect(ranked[0]!.score).toBeCloseTo(0.6);
    expect(ranked[1]!.score).toBeCloseTo(0.55);
    // Starring c first changes nothing: the closest star explains, not the first.
    expect(rankForYou(data, ['c', 'b'])).toEqual(ranked);
  });

  it('breaks equal scores by id and respects the limit', () => {
    const tied: NeighbourData = { ids: ['s', 'y', 'x'], near: [[1, 30, 2, 30], [], []] };
    expect(rankForYou(tied, ['s']).map((s) => s.id)).toEqual(['x', 'y']);
    expect(rankForYou(tied, ['s'], 1).map((s) => s.id)).toEqual(['x']);
    expect(rankForYou(tied, ['s'], 0)).toEqual([]);
  });
});
