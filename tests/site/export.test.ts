import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/site/csv.ts';
import { digestToJson, PAPER_CSV_COLUMNS, papersToCsv, papersToJson } from '../../src/lib/site/export.ts';
import { PapersSchema } from '../../src/schemas/paper.ts';
import { parseCsv } from '../support/csv-reader.ts';
import { paper } from '../support/records.ts';

const tricky = paper({
  id: 'tricky',
  title: 'Commas, "quotes" and\nline breaks',
  abstract: 'A, B; "C"\r\nD — ünïcödé $x^2$',
  authorCount: null,
  organization: 'Sony; "R&D"\r\nünïcödé',
  publishedOn: null,
  upvotes: 12,
  comments: 0,
  arxivId: '2410.05434',
  authors: ['Ana "A." Núñez', 'Bo, Li'],
  submittedBy: 'akhaliq',
  githubRepo: 'https://github.com/a/b',
  githubStars: 3290,
  abstractKind: 'summary',
  tags: ['retrieval', 'code'],
  digests: ['2025-12-10', '2025-12-12'],
  links: [
    { url: 'https://github.com/a/b', kind: 'code' },
    { url: 'https://huggingface.co/x/y', kind: 'model' },
    { url: 'https://example.org/p', kind: 'project' },
    { url: 'https://gitlab.com/c/d', kind: 'code' },
  ],
});

describe('csv', () => {
  it('quotes every field and doubles inner quotes', () => {
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField(null)).toBe('""');
    expect(csvField(0)).toBe('"0"');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('"a","b"\r\n"1","x,y"\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula, keeping JSON verbatim', () => {
    const formula = '=HYPERLINK("http://evil.example","x")';
    expect(csvField(formula)).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1`)).toBe(`"'${lead}1"`);
    expect(csvField('a=b')).toBe('"a=b"');
    expect(csvField(-1)).toBe('"-1"');
    const evil = paper({ id: 'evil', title: formula });
    expect(parseCsv(papersToCsv([evil]))[1]).toContain(`'${formula}`);
    expect((JSON.parse(papersToJson([evil])) as { title: string }[])[0]!.title).toBe(formula);
  });

  it('round-trips commas, quotes, CR/LF and non-ASCII through an RFC 4180 reader, abstracts left out', () => {
    const rows = parseCsv(papersToCsv([tricky, paper({ id: 'plain' })]));
    expect(rows[0]).toEqual([...PAPER_CSV_COLUMNS]);
    expect(rows[0]).not.toContain('abstract');
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(PAPER_CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(record).toEqual({
      id: 'tricky',
      title: 'Commas, "quotes" and\nline breaks',
      authorCount: '',
      organization: 'Sony; "R&D"\r\nünïcödé',
      publishedOn: '',
      upvotes: '12',
      tags: 'retrieval code',
      digests: '2025-12-10 2025-12-12',
      codeLinks: 'https://github.com/a/b https://gitlab.com/c/d',
      modelLinks: 'https://huggingface.co/x/y',
      projectLinks: 'https://example.org/p',
      sourceFile: 'content/dumps/2025-12-10.txt',
      sourceLine: '13',
      arxivId: '2410.05434',
      comments: '0',
      authors: 'Ana "A." Núñez; Bo, Li',
      submittedBy: 'akhaliq',
      githubRepo: 'https://github.com/a/b',
      githubStars: '3290',
      abstractKind: 'summary',
      sourceFormat: 'plain',
    });
    expect(rows[2]![PAPER_CSV_COLUMNS.indexOf('authorCount')]).toBe('3');
    // Unknown values are empty cells, never 0.
    const plain = Object.fromEntries(PAPER_CSV_COLUMNS.map((column, i) => [column, rows[2]![i]]));
    expect(plain).toMatchObject({
      upvotes: '',
      comments: '',
      arxivId: '',
      authors: '',
      submittedBy: '',
      githubRepo: '',
      githubStars: '',
      abstractKind: 'abstract',
    });
  });
});

describe('json export', () => {
  it('writes the records in the schema shape', () => {
    const json = JSON.parse(papersToJson([tricky])) as unknown;
    expect(PapersSchema.parse(json)).toEqual([tricky]);
  });

  it('writes a digest with its date, count and, of each paper, what joins it to papers.json and its counts', () => {
    expect(JSON.parse(digestToJson('2025-12-12', [tricky]))).toEqual({
      date: '2025-12-12',
      count: 1,
      papers: [
        {
          id: tricky.id,
          arxivId: tricky.arxivId,
          title: tricky.title,
          upvotes: tricky.upvotes,
          comments: tricky.comments,
        },
      ],
    });
  });
});
