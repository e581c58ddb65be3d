import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/dump/diagnostics.ts';
import { formatIssuePath, validatePapers } from '../../src/lib/dump/validate.ts';
import type { Paper } from '../../src/schemas/paper.ts';

const good: Paper = {
  id: 'a-paper',
  title: 'A Paper',
  abstract: 'An abstract.',
  abstractKind: 'abstract',
  arxivId: null,
  authorCount: 2,
  authors: [],
  organization: null,
  publishedOn: '2025-12-01',
  upvotes: null,
  comments: 0,
  submittedBy: null,
  githubRepo: null,
  githubStars: null,
  links: [],
  tags: [],
  digests: ['2025-12-10'],
  source: { file: 'content/dumps/2025-12-10.txt', line: 13, format: 'plain' },
};

describe('validatePapers', () => {
  it('accepts valid records', () => {
    expect(validatePapers([good], 'content/dumps/2025-12-10.txt')).toEqual([]);
  });

  it('names the record, the failing field and the value, at the record’s source line', () => {
    const bad = {
      ...good,
      id: 'b-paper',
      publishedOn: '2024-02-30',
      links: [{ url: 'javascript:alert(1)', kind: 'code' as const }],
    };
    const lines = validatePapers([good, bad], 'content/dumps/x.txt').map(formatDiagnostic);
    expect(lines).toEqual([
      'content/dumps/2025-12-10.txt:13:1: error: record "A Paper" field publishedOn fails the paper schema: ' +
        'not a real calendar day (found "2024-02-30"); fix the entry in the dump, or report a parser bug if the entry looks right [schema]',
      'content/dumps/2025-12-10.txt:13:1: error: record "A Paper" field links[0].url fails the paper schema: ' +
        'Invalid URL (found "javascript:alert(1)"); fix the entry in the dump, or report a parser bug if the entry looks right [schema]',
    ]);
  });

  it('takes a repository only as a github.com URL written as parsed', () => {
    const repos = ['https://github.com/a/b', 'https://github.com\\@evil.example/x', 'https://GitHub.com/a/b'];
    const messages = repos.map(
      (githubRepo) => validatePapers([{ ...good, githubRepo }], 'x.txt')[0]?.message,
    );
    expect(messages).toEqual([
      undefined,
      expect.stringContaining('field githubRepo fails the paper schema: a URL written as parsed'),
      expect.stringContaining('field githubRepo fails the paper schema: a URL written as parsed'),
    ]);
  });

  it('takes only text in what a page shows: no control character, no half of a surrogate pair', () => {
    const bad = [
      { title: 'A\u0000' },
      { abstract: 'x\ud800' },
      { authors: ['\u001b[31m'] },
      { submittedBy: 'a\u0085' },
    ];
    const messages = bad.map((fields) => validatePapers([{ ...good, ...fields }], 'x.txt')[0]?.message);
    expect(messages).toEqual(
      ['title', 'abstract', 'authors[0]', 'submittedBy'].map((field): unknown =>
        expect.stringContaining(
          `field ${field} fails the paper schema: holds a control character or half a character pair`,
        ),
      ),
    );
    expect(validatePapers([{ ...good, title: 'Tab\tand emoji 🙂' }], 'x.txt')).toEqual([]);
  });

  it('reports duplicate ids', () => {
    const [d] = validatePapers([good, { ...good, title: 'A Paper!' }], 'content/dumps/x.txt');
    expect(d?.message).toMatch(/^record "A Paper!" field id fails the paper schema: duplicate id "a-paper"/);
  });
});

describe('formatIssuePath', () => {
  it('writes paths as code would', () => {
    expect(formatIssuePath(['links', 0, 'url'])).toBe('links[0].url');
    expect(formatIssuePath(['source', 'line'])).toBe('source.line');
    expect(formatIssuePath([])).toBe('');
  });
});
