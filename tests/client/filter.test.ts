import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cardChunks,
  chunkTables,
  dataVersion,
  inSlotOrder,
  ordinalsOf,
  slotOf,
  postingLists,
  scopeList,
  bucketCount,
  bucketOf,
  decodePostings,
  locateSlot,
  encodePostings,
  storedOrdinals,
  storedPostings,
} from '../../src/lib/client/filter-index.ts';
import {
  combine,
  intersect,
  matchesTags,
  parseSelection,
  selectionSearch,
  union,
  withinScope,
} from '../../src/lib/client/filter-match.ts';
import { summarizeDigests } from '../../src/lib/site/digests.ts';
import { sortNewest, sortTop } from '../../src/lib/site/sort-papers.ts';
import { papers, voted } from '../support/fixture-papers.ts';

const newest = sortNewest(papers);
const tagIds = [...new Set(papers.flatMap((p) => p.tags))];
const lists = postingLists(newest, tagIds);

/** What the filter must show, computed directly from the records. */
const expected = (tags: string[], match: 'all' | 'any', order = newest) =>
  order
    .filter((p) =>
      match === 'all' ? tags.every((t) => p.tags.includes(t)) : tags.some((t) => p.tags.includes(t)),
    )
    .map((p) => p.id);

describe('filter index', () => {
  it('posting lists hold the ascending newest-first ordinals of each tag', () => {
    const retrieval = lists.get('retrieval')!;
    expect(retrieval).toEqual([...retrieval].sort((a, b) => a - b));
    expect(retrieval.map((o) => newest[o]!.id)).toEqual(expected(['retrieval'], 'all'));
  });

  it('posting lists are stored as bitmaps: bit o of byte o / 8 for ordinal o, lowest first, in base64', () => {
    // Byte 0 holds ordinals 0 and 1 (0b11), byte 1 ordinal 9 (0b10).
    expect(encodePostings([0, 1, 9])).toBe('AwI=');
    expect(decodePostings('AwI=')).toEqual([0, 1, 9]);
    // No trailing zero bytes: ordinal 7 needs one byte, 8 a second one.
    expect(encodePostings([7])).toBe(btoa('\x80'));
    expect(encodePostings([8])).toBe(btoa('\x00\x01'));
    expect(encodePostings([])).toBe('');
    expect(decodePostings('')).toEqual([]);
    for (const list of lists.values()) expect(decodePostings(encodePostings(list))).toEqual(list);
  });

  it('a bitmap gives back any ascending list of ordinals', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 100_000 }), { maxLength: 2000 }), (ordinals) => {
        const ascending = [...ordinals].sort((a, b) => a - b);
        expect(decodePostings(encodePostings(ascending))).toEqual(ascending);
      }),
    );
  });

  it("stores a tag's list as a bitmap or as its ordinals, whichever is shorter, and reads both back", () => {
    const dense = Array.from({ length: 100 }, (_, o) => o);
    // 13 bytes of bitmap, 20 characters of base64, against 291 characters of ordinals.
    expect(storedPostings(dense)).toBe(encodePostings(dense));
    expect(storedOrdinals(storedPostings(dense))).toEqual(dense);
    // One paper, the oldest of 9,001: a bitmap of 1,126 bytes (1,504 characters) against `[9000]`.
    expect(storedPostings([9000])).toEqual([9000]);
    expect(storedOrdinals(storedPostings([9000]))).toEqual([9000]);
    expect(storedPostings([])).toEqual([]);
    // A scope list keeps its own order.
    expect(storedOrdinals([3, 1, 2])).toEqual([3, 1, 2]);
  });

  it('scope lists keep their own order', () => {
    const ordinals = ordinalsOf(newest);
    const top = scopeList(
      sortTop(voted).map((p) => p.id),
      ordinals,
    );
    expect(top.length).toBe(voted.filter((p) => p.upvotes !== null).length);
    expect(top.map((o) => newest[o]!.id)).toEqual(sortTop(voted).map((p) => p.id));
    // Plain dumps show no upvotes: the top scope is empty rather than every paper ranked at 0.
    expect(
      scopeList(
        sortTop(papers).map((p) => p.id),
        ordinals,
      ),
    ).toEqual([]);
    expect(scopeList(['nope', newest[3]!.id], ordinals)).toEqual([3]);
  });

  it("gives each paper a slot, its place from the oldest, that a later dump's papers do not move", () => {
    const total = newest.length;
    const slots = newest.map((_, at) => slotOf(at, total));
    expect(slots.toSorted((x, y) => x - y)).toEqual(newest.map((_, at) => at));
    const ordered = inSlotOrder(newest);
    newest.forEach((paper, at) => expect(ordered[slots[at]!]).toBe(paper));
    // The oldest paper has the first slot, the newest the last.
    expect(ordered[0]).toBe(newest.at(-1));
    expect(ordered.at(-1)).toBe(newest[0]);

    // A dump after the fixture's, with a paper published before every other: each paper keeps its slot.
    const later = { ...newest[0]!, id: 'zz-later', digests: ['2025-12-20'], publishedOn: '2001-01-01' };
    const after = sortNewest([...newest, later]);
    expect(after[0]).toBe(later);
    const afterOrdinals = ordinalsOf(after);
    newest.forEach((paper, at) =>
      expect(slotOf(afterOrdinals.get(paper.id)!, total + 1)).toBe(slotOf(at, total)),
    );
    expect(slotOf(0, total + 1)).toBe(total);
  });

  it('cuts the cards into files that cover every paper once, in order, under names of their own', () => {
    const ids = Array.from({ length: 5000 }, (_, n) => `paper-${n}`);
    const chunks = cardChunks(ids, 9);
    expect(chunks.flatMap(({ start, size }) => ids.slice(start, start + size))).toEqual(ids);
    chunks.forEach((chunk, n) =>
      expect(chunk.start).toBe(n === 0 ? 0 : chunks[n - 1]!.start + chunks[n - 1]!.size),
    );
    expect(new Set(chunks.map((chunk) => chunk.name)).size).toBe(chunks.length);
    // Nine cards a file on average (a cut every 2·4 + 1 slots), none but the first and last under five.
    expect(chunks.length).toBeGreaterThan(5000 / 10);
    expect(chunks.length).toBeLessThan(5000 / 8);
    // Ids that differ in their last digits alone are cut as often.
    const arxiv = Array.from({ length: 5000 }, (_, n) => `2401.${String(n).padStart(5, '0')}`);
    expect(cardChunks(arxiv, 9).length).toBeGreaterThan(5000 / 10);
    expect(Math.min(...chunks.slice(1, -1).map((chunk) => chunk.size))).toBeGreaterThanOrEqual(5);
    expect(cardChunks([], 9)).toEqual([]);
    expect(cardChunks(['only'], 9)).toEqual([{ name: expect.any(String), start: 0, size: 1 }]);
    // Two cuts after the same id (no site has one twice) still make two names.
    const names = cardChunks(['a', 'b', 'a', 'b', 'a'], 3).map((chunk) => chunk.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => name.endsWith('-2'))).toHaveLength(1);
  });

  it('changes only the card file a new paper lands in, and at most the one on either side', () => {
    const ids = Array.from({ length: 3000 }, (_, n) => `2401.${String(n).padStart(5, '0')}`);
    const files = (list: string[]) =>
      new Set(
        cardChunks(list, 9).map(
          ({ name, start, size }) => `${name}:${list.slice(start, start + size).join()}`,
        ),
      );
    const before = files(ids);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ids.length }), fc.string({ minLength: 1 }), (at, id) => {
        const after = files(ids.toSpliced(at, 0, `new-${id}`));
        const added = [...after].filter((file) => !before.has(file));
        const gone = [...before].filter((file) => !after.has(file));
        expect(added.length).toBeGreaterThan(0);
        expect(added.length).toBeLessThanOrEqual(3);
        expect(gone.length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('splits the files into tables of the slots they hold, a file across two in both', () => {
    const chunks = [
      { name: 'a', start: 0, size: 2 },
      { name: 'b', start: 2, size: 3 },
      { name: 'c', start: 5, size: 1 },
      { name: 'd', start: 6, size: 4 },
    ];
    expect(chunkTables(chunks, 10, 4)).toEqual([
      {
        start: 0,
        chunks: [
          ['a', 2],
          ['b', 3],
        ],
      },
      {
        start: 2,
        chunks: [
          ['b', 3],
          ['c', 1],
          ['d', 4],
        ],
      },
      { start: 6, chunks: [['d', 4]] },
    ]);
    expect(chunkTables([], 0, 4)).toEqual([]);
  });

  it('finds the card file and place of a slot in its table', () => {
    const table = {
      start: 2,
      chunks: [
        ['b', 3],
        ['c', 1],
        ['d', 4],
      ] as [string, number][],
    };
    expect([2, 4, 5, 6, 9].map((slot) => locateSlot(table, slot))).toEqual([
      { name: 'b', at: 0 },
      { name: 'b', at: 2 },
      { name: 'c', at: 0 },
      { name: 'd', at: 0 },
      { name: 'd', at: 3 },
    ]);
    expect(locateSlot(table, 10)).toBeUndefined();
    expect(locateSlot(table, 1)).toBeUndefined();
    expect(locateSlot({ start: 0, chunks: [] }, 0)).toBeUndefined();
  });

  it('versions change with anything a card shows', () => {
    const labels = new Map([['llm', 'Language models']]);
    const layout = { chunkSize: 9, tableSpan: 1000, buckets: 3, files: ['a', 'b'] };
    const version = (papers: typeof newest, tagLabels = labels, cut = layout) =>
      dataVersion(papers, tagLabels, cut);
    expect(version(newest)).toMatch(/^[0-9a-f]{8}$/);
    expect(version(newest)).toBe(version([...newest], new Map(labels)));
    const first = newest[0]!;
    const changes: Partial<typeof first>[] = [
      { upvotes: (first.upvotes ?? 0) + 1 },
      // An unknown count and a count of 0 are different data.
      { upvotes: 0 },
      { authors: ['Ada Lovelace'] },
      { title: `${first.title}!` },
      { organization: 'Analytical Engines' },
      { publishedOn: '1843-09-01' },
      { authorCount: 99 },
      { digests: [...first.digests, '2099-01-01'] },
    ];
    expect(first.upvotes).toBeNull();
    for (const change of changes) {
      const changed = newest.map((p, i) => (i === 0 ? { ...p, ...change } : p));
      expect(version(changed), JSON.stringify(change)).not.toBe(version(newest));
    }
    expect(version(newest, new Map([['llm', 'LLMs']]))).not.toBe(version(newest));
    // The same cards cut into other files are other files.
    expect(version(newest, labels, { ...layout, chunkSize: 11 })).not.toBe(version(newest));
    expect(version(newest, labels, { ...layout, tableSpan: 500 })).not.toBe(version(newest));
    expect(version(newest, labels, { ...layout, buckets: 4 })).not.toBe(version(newest));
    expect(version(newest, labels, { ...layout, files: ['a', 'c'] })).not.toBe(version(newest));
  });
});

describe('filter matching', () => {
  const matchIds = (tags: string[], match: 'all' | 'any', scope: number[] | null = null) =>
    withinScope(
      scope,
      combine(
        tags.map((t) => lists.get(t)!),
        match,
      ),
    ).map((o) => newest[o]!.id);

  it('matches the records for two tags, all and any', () => {
    expect(matchIds(['retrieval', 'code'], 'all')).toEqual(expected(['retrieval', 'code'], 'all'));
    expect(matchIds(['retrieval', 'code'], 'any')).toEqual(expected(['retrieval', 'code'], 'any'));
    expect(matchIds(['retrieval', 'code'], 'all').length).toBeGreaterThan(0);
  });

  it('keeps a digest scope in record order', () => {
    const digest = summarizeDigests(papers).find((d) => d.date === '2025-12-12')!;
    const scope = scopeList(digest.ids, ordinalsOf(newest));
    const inDigest = papers.filter((p) => digest.ids.includes(p.id));
    expect(matchIds(['retrieval'], 'all', scope)).toEqual(expected(['retrieval'], 'all', inDigest));
  });

  it('matches whole cards by their tags (digest lists)', () => {
    const digestPapers = papers.filter((p) => p.digests.includes('2025-12-12'));
    const pick = (tags: string[], match: 'all' | 'any') =>
      digestPapers.filter((p) => matchesTags(p.tags, { tags, match })).map((p) => p.id);
    expect(pick(['retrieval', 'code'], 'all')).toEqual(expected(['retrieval', 'code'], 'all', digestPapers));
    expect(pick(['retrieval', 'code'], 'any')).toEqual(expected(['retrieval', 'code'], 'any', digestPapers));
  });

  it('spreads ids over the where buckets, each id in one bucket within range', () => {
    // 44 papers, at most 4 ids a bucket: 16 buckets, the power of two from 11 up.
    const count = bucketCount(newest.length, 4);
    expect(count).toBe(16);
    expect([0, 1, 20, 21, 40, 41, 10_000].map((total) => bucketCount(total, 20))).toEqual([
      1, 1, 1, 2, 2, 4, 512,
    ]);
    const buckets = newest.map((p) => bucketOf(p.id, count));
    expect(buckets.every((b) => Number.isInteger(b) && b >= 0 && b < count)).toBe(true);
    expect(new Set(buckets).size).toBeGreaterThan(1);
    expect(newest.map((p) => bucketOf(p.id, count))).toEqual(buckets);
  });

  it('intersect and union agree with sets on random sorted lists', () => {
    const sorted = fc.uniqueArray(fc.nat(200)).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(fc.array(sorted, { minLength: 1, maxLength: 4 }), (ls) => {
        const all = ls[0]!.filter((v) => ls.every((l) => l.includes(v)));
        const any = [...new Set(ls.flat())].sort((a, b) => a - b);
        expect(intersect(ls)).toEqual(all);
        expect(union(ls)).toEqual(any);
      }),
    );
    expect(intersect([])).toEqual([]);
  });
});

describe('selection in the URL', () => {
  const known = new Set(['retrieval', 'code', 'vision']);

  it('reads tags and match, dropping unknown and repeated tags', () => {
    expect(parseSelection('?tags=retrieval,code&match=all', known)).toEqual({
      tags: ['retrieval', 'code'],
      match: 'all',
    });
    expect(parseSelection('?tags=code,bogus,code&match=any', known)).toEqual({
      tags: ['code'],
      match: 'any',
    });
    expect(parseSelection('?match=weird', known)).toEqual({ tags: [], match: 'all' });
  });

  it('writes the selection, keeps other parameters, removes it when empty', () => {
    expect(selectionSearch('', { tags: ['retrieval', 'code'], match: 'all' })).toBe(
      '?tags=retrieval,code&match=all',
    );
    expect(selectionSearch('?q=x&tags=vision', { tags: ['code'], match: 'any' })).toBe(
      '?q=x&tags=code&match=any',
    );
    expect(selectionSearch('?tags=code&match=any', { tags: [], match: 'any' })).toBe('');
  });

  it('round-trips', () => {
    const selection = { tags: ['vision', 'code'], match: 'any' as const };
    expect(parseSelection(selectionSearch('', selection), known)).toEqual(selection);
  });
});
