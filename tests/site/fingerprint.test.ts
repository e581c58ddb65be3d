import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, shareRecords, withCacheKeys } from '../../src/lib/site/fingerprint.ts';
import { seedPapers } from '../support/seed.ts';

describe('fingerprint', () => {
  it('is equal exactly for data with equal JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(fingerprint(a) === fingerprint(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });

  it('holds a shared record as its own fingerprint: equal records, equal keys; a changed one, another key', () => {
    const [paper, other] = [seedPapers[0]!, seedPapers[1]!];
    const copy = structuredClone(paper);
    const changed = { ...structuredClone(paper), upvotes: (paper.upvotes ?? 0) + 1 };
    shareRecords([paper, copy, changed, other]);
    // The key holds the record's own fingerprint, not its JSON.
    const own = createHash('sha256').update(JSON.stringify(paper)).digest('base64url');
    expect(fingerprint({ page: 1, papers: [paper] })).toBe(fingerprint({ page: 1, papers: [own] }));
    expect(fingerprint([paper])).not.toBe(fingerprint([structuredClone(paper)]));
    expect(fingerprint({ page: 1, papers: [paper, other] })).toBe(
      fingerprint({ page: 1, papers: [copy, other] }),
    );
    expect(fingerprint({ page: 1, papers: [paper] })).not.toBe(fingerprint({ page: 1, papers: [changed] }));
    expect(fingerprint({ page: 1, papers: [paper] })).not.toBe(fingerprint({ page: 2, papers: [paper] }));
    expect(fingerprint([paper, other])).not.toBe(fingerprint([other, paper]));
  });
});

describe('withCacheKeys', () => {
  it("keys each path by its params, its props and what else its page shows, keeping the path's own fields", () => {
    const paths = [
      { params: { n: '1' }, props: { ids: ['a'] } },
      { params: { n: '2' }, props: { ids: ['a'] } },
    ];
    const keyed = withCacheKeys(paths, ['label']);
    expect(keyed.map(({ params, props }) => ({ params, props }))).toEqual(paths);
    expect(keyed[0]!.cacheKey).toBe(fingerprint([{ n: '1' }, { ids: ['a'] }, ['label']]));
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
    expect(withCacheKeys(paths, ['other label'])[0]!.cacheKey).not.toBe(keyed[0]!.cacheKey);
  });
});
