import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  shardPath,
  shardsAtOnce,
  shardsOf,
  shardSize,
  shardSizeProblem,
} from '../../src/lib/site/search-shards.ts';

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

describe('shardsAtOnce', () => {
  const GB = 1e9;

  it('leaves Astro its core: one shard at a time on two cores or one, however much memory is free', () => {
    expect(shardsAtOnce(2, 20 * GB, 8000)).toBe(1);
    expect(shardsAtOnce(1, 20 * GB, 8000)).toBe(1);
  });

  it('writes on every other core while half the free memory holds the shards', () => {
    // 8,000 papers at 128 KB: 1.024 GB a shard; half of 16 GB holds 7 of them.
    expect(shardsAtOnce(16, 16 * GB, 8000)).toBe(7);
    // Half of 64 GB holds 31: the cores are the limit.
    expect(shardsAtOnce(16, 64 * GB, 8000)).toBe(15);
    // Small shards (a young site's): 12.8 MB each.
    expect(shardsAtOnce(8, 4 * GB, 100)).toBe(7);
  });

  it('writes one at a time when half the free memory holds fewer than two shards, or none', () => {
    expect(shardsAtOnce(16, 4 * GB, 8000)).toBe(1);
    expect(shardsAtOnce(4, 1 * GB, 8000)).toBe(1);
    expect(shardsAtOnce(4, 0, 0)).toBe(1);
  });
});
