import { describe, expect, it } from 'vitest';
import { mergeDumps } from '../../src/lib/dump/merge.ts';
import { parseDump } from '../../src/lib/dump/parse.ts';
import type { Paper } from '../../src/schemas/paper.ts';

function entry(title: string, meta: string): string {
  return `${title}\n\nAn abstract about ${title}.\n\n${meta}\n\n`;
}

function dump(date: string, text: string) {
  const file = `content/dumps/${date}.txt`;
  return { date, papers: parseDump(text, { file, date }).papers };
}

const early = dump(
  '2025-12-09',
  entry('Shared Paper', '  • 3 authors\n·\nDec 1 2') +
    entry('Early Only', '  • 2 authors\n·\nDec 2') +
    entry('No Metadata Yet', '') +
    entry('Zeta Collides', '  • 1 authors\n·\nDec 3'),
);
const late = dump(
  '2025-12-10',
  entry('Late Only', 'Sony Sony\n·\nDec 10 4') +
    entry('shared   PAPER', '  • 3 authors\n·\nDec 1 9') +
    entry('No Metadata Yet', '  • 5 authors\n·\nNov 30 1') +
    entry('Zeta: Collides!', '  • 2 authors\n·\nDec 4'),
);

function byTitle(papers: Paper[], title: string): Paper {
  return papers.find((p) => p.title === title) as Paper;
}

describe('mergeDumps', () => {
  const merged = mergeDumps([late, early]);

  it('keeps one record per title, compared case- and whitespace-insensitively', () => {
    expect(merged.map((p) => p.title)).toEqual([
      'Shared Paper',
      'Early Only',
      'No Metadata Yet',
      'Zeta Collides',
      'Late Only',
      'Zeta: Collides!',
    ]);
  });

  it('lists every digest ascending; the latest dump’s comment count wins; the source is the first appearance', () => {
    expect(byTitle(merged, 'Shared Paper')).toMatchObject({
      digests: ['2025-12-09', '2025-12-10'],
      comments: 9,
      abstract: 'An abstract about Shared Paper.',
      source: { file: 'content/dumps/2025-12-09.txt', line: 1 },
    });
    expect(byTitle(merged, 'Early Only')).toMatchObject({ digests: ['2025-12-09'], comments: 0 });
    expect(byTitle(merged, 'Late Only')).toMatchObject({ digests: ['2025-12-10'], organization: 'Sony' });
  });

  it('takes the metadata of an entry that had none from a later dump', () => {
    expect(byTitle(merged, 'No Metadata Yet')).toMatchObject({
      authorCount: 5,
      publishedOn: '2025-11-30',
      comments: 1,
      source: { file: 'content/dumps/2025-12-09.txt', line: 17 },
    });
  });

  it('keeps ids unique and stable: collisions numbered in order of first appearance', () => {
    expect(merged.map((p) => p.id)).toEqual([
      'shared-paper',
      'early-only',
      'no-metadata-yet',
      'zeta-collides',
      'late-only',
      'zeta-collides-2',
    ]);
    expect(mergeDumps([early]).map((p) => p.id)).toEqual(merged.slice(0, 4).map((p) => p.id));
  });

  it('is deterministic whatever the input order, and leaves its inputs alone', () => {
    const before = JSON.stringify([early, late]);
    expect(mergeDumps([early, late])).toEqual(merged);
    expect(JSON.stringify([early, late])).toBe(before);
  });

  it('counts a dump given twice once in digests', () => {
    expect(mergeDumps([early, early])[0]?.digests).toEqual(['2025-12-09']);
  });

  it('merges nothing into nothing', () => {
    expect(mergeDumps([])).toEqual([]);
  });
});
