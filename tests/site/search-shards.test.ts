import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardPath, shardsOf, shardSize, shardSizeProblem } from '../../src/lib/site/search-shards.ts';

describe('shardsOf', () => {
  it('cuts the papers in order into shards of the size, the last one holding the rest', () => {
    expect(shardsOf(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(shardsOf(['a', 'b', 'c', 'd'], 2)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('puts the papers after the last full shard in shards of an eighth of the size', () => {
    const papers = Array.from({ length: 21 }, (_, n) => n);
    // 16 to a full shard, so 2 to a shard of the newest: 16 + 2 + 2 + 1.
    expect(shardsOf(papers, 16)).toEqual([papers.slice(0, 16), [16, 17], [18, 19], [20]]);
    // Eight small shards' worth make a full one.
    expect(shardsOf(papers.slice(0, 16), 16)).toEqual([papers.slice(0, 16)]);
    expect(shardsOf(papers.slice(0, 15), 16)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
      [8, 9],
      [10, 11],
      [12, 13],
      [14],
    ]);
  });

  it('re-indexes at most an eighth of a full shard for added papers that complete no full shard', () => {
    fc.assert(
      fc.property(
        fc.nat(200),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 40 }),
        (n, added, size) => {
          const papers = Array.from({ length: n + added }, (_, k) => k);
          const before = shardsOf(papers.slice(0, n), size);
          const after = shardsOf(papers, size);
          const small = Math.max(1, Math.floor(size / 8));
          const full = Math.floor(n / size);
          if (Math.floor((n + added) / size) > full) {
            // Completing a full shard changes only the shards after the full ones before.
            expect(after.slice(0, full)).toEqual(before.slice(0, full));
            return;
          }
          // Every shard before the last small one stays; the changed ones hold at most an eighth of a full one.
          const kept = n % size === 0 ? full : before.length - 1;
          expect(after.slice(0, kept)).toEqual(before.slice(0, kept));
          for (const shard of after.slice(kept)) expect(shard.length).toBeLessThanOrEqual(small);
          // At most the full shards and the eighths of one.
          expect(after.length).toBeLessThanOrEqual(full + Math.ceil(size / small));
        },
      ),
    );
  });

  it('makes one empty shard of no papers, so that the site still has an index', () => {
    expect(shardsOf([], 2)).toEqual([[]]);
  });
});

describe('shardPath', () => {
  it('puts the first shard at pagefind/ and the others in numbered folders inside it', () => {
    expect([0, 1, 12].map(shardPath)).toEqual(['pagefind/', 'pagefind/1/', 'pagefind/12/']);
  });
});

describe('shardSize', () => {
  it('takes a whole number from 1, and 8,000 for anything else', () => {
    expect([shardSize('16'), shardSize('1')]).toEqual([16, 1]);
    expect([undefined, '', '0', '-5', '2.5', 'many'].map(shardSize)).toEqual([
      8000, 8000, 8000, 8000, 8000, 8000,
    ]);
  });

  it('names what is wrong with a setting the build refuses', () => {
    expect([undefined, '', '16'].map(shardSizeProblem)).toEqual([undefined, undefined, undefined]);
    expect(shardSizeProblem('2.5')).toBe(
      'SEARCH_SHARD_SIZE=2.5 is not a whole number from 1: set one, or unset it for 8000 papers a shard',
    );
  });
});
