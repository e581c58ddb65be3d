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

describe('mergeDumps across layouts', () => {
  const plain = {
    date: '2026-10-01',
    papers: parseDump(
      'Daily Papers\n\nOct 1\n\nA Shared Paper\n\nThe abstract. It has two sentences.\n\n  • 3 authors\n·\nSep 30 4\n',
      {
        file: 'content/dumps/2026-10-01.txt',
        date: '2026-10-01',
      },
    ).papers,
  };
  const saved = (date: string, changes: Partial<Paper>): { date: string; papers: Paper[] } => ({
    date,
    papers: [
      {
        ...(plain.papers[0] as Paper),
        title: 'A shared paper',
        arxivId: '2609.00001',
        authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
        upvotes: 12,
        comments: 5,
        submittedBy: 'ada',
        githubRepo: 'https://github.com/example/shared',
        githubStars: 300,
        digests: [date],
        source: { file: `content/dumps/${date}.html`, line: 40, format: 'html' },
        ...changes,
      },
    ],
  });

  it('a saved page fills what a plain copy lacks; the source and title stay the first appearance', () => {
    const [record, ...rest] = mergeDumps([plain, saved('2026-10-02', {})]);
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      title: 'A Shared Paper',
      arxivId: '2609.00001',
      authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
      authorCount: 3,
      upvotes: 12,
      comments: 5,
      submittedBy: 'ada',
      githubRepo: 'https://github.com/example/shared',
      githubStars: 300,
      digests: ['2026-10-01', '2026-10-02'],
      source: { file: 'content/dumps/2026-10-01.txt', format: 'plain' },
    });
  });

  it('the latest dump that shows a count wins; a later dump that does not show it changes nothing', () => {
    const later = { ...plain, date: '2026-10-03', papers: plain.papers.map((p) => ({ ...p, comments: 7 })) };
    const [record] = mergeDumps([saved('2026-10-02', {}), later]);
    expect(record).toMatchObject({ upvotes: 12, comments: 7, arxivId: '2609.00001' });
  });

  it('joins by arXiv id across retitled entries, and never joins two arXiv ids of one title', () => {
    const retitled = saved('2026-10-03', { title: 'A Shared Paper, Revised', upvotes: 20 });
    expect(mergeDumps([saved('2026-10-02', {}), retitled]).map((p) => [p.title, p.upvotes])).toEqual([
      ['A shared paper', 20],
    ]);
    const other = saved('2026-10-03', { arxivId: '2609.99999' });
    expect(mergeDumps([saved('2026-10-02', {}), other]).map((p) => p.arxivId)).toEqual([
      '2609.00001',
      '2609.99999',
    ]);
  });

  it('a full abstract replaces a one-line summary', () => {
    const summary = saved('2026-10-02', { abstract: 'A one-line summary.', abstractKind: 'summary' });
    const full = saved('2026-10-03', {
      abstract: 'The abstract. It has two sentences.',
      abstractKind: 'abstract',
    });
    expect(mergeDumps([summary, full])[0]).toMatchObject({
      abstract: 'The abstract. It has two sentences.',
      abstractKind: 'abstract',
    });
  });
});
