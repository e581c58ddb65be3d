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
