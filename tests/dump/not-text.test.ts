/**
 * Characters that are not text (control characters, half a UTF-16 pair) never reach a record: a NUL anywhere
 * makes the file binary; any other is taken out of its entry, with a warning.
 */
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../src/lib/dump/parse.ts';

const PLAIN = (title: string, abstract: string) =>
  `Daily Papers\n\nDec 10\n\n${title}\n\n${abstract}\n\n  • 2 authors\n·\nDec 1\n`;

function parse(text: string, file = 'content/dumps/2025-12-10.txt') {
  return parseDump(text, { file, date: '2025-12-10' });
}

describe('characters that are not text', () => {
  it('takes control characters out of a plain copy, with one warning at the entry', () => {
    const { papers, diagnostics } = parse(PLAIN('A \u0001Tit\u001ble', 'An abstract\u009b that ends.'));
    expect(papers.map((paper) => [paper.title, paper.abstract])).toEqual([
      ['A Title', 'An abstract that ends.'],
    ]);
    expect(diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`)).toEqual([
      '5:1: warning: the entry "A Title" holds 3 characters that are not text (U+0001, U+001B, U+009B): ' +
        'removed; check the entry in the dump [not-text]',
    ]);
  });

  it('makes a NUL anywhere in the file, even past its first 64 KiB, a binary-data error', () => {
    const filler = 'A'.repeat(100);
    const entries = Array.from(
      { length: 700 },
      (_, n) => `${filler} ${n}\n\nAn abstract.\n\n  • 2 authors\n·\nDec 1\n`,
    );
    const text = `Daily Papers\n\nDec 10\n\n${entries.join('\n')}\nA Last\u0000 Paper\n\nAn abstract.\n`;
    expect(text.indexOf('\u0000')).toBeGreaterThan(64 * 1024);
    const { papers, diagnostics } = parse(text);
    expect(papers).toEqual([]);
    // The first entry's title is line 5; each entry takes 7 lines and a blank one, then the last paper.
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule])).toEqual([
      [5 + 700 * 8, 'error', 'binary-data'],
    ]);
  });

  it("takes escaped control characters and half a surrogate pair out of a saved page's data", () => {
    const props = JSON.stringify({
      dailyPapers: [
        {
          paper: {
            id: '2601.10005',
            title: 'A \udc00B',
            summary: 'Text\u0000 here.',
            authors: [{ name: '\u0007' }, { name: 'Ada Lovelace' }],
            publishedAt: '2025-12-01',
          },
          submittedBy: { name: 'ak\u0008' },
        },
      ],
    })
      .replaceAll('&', '&amp;')
      .replaceAll('"', '&quot;');
    const html = `<!DOCTYPE html>\n<html><body>\n<div data-target="DailyPapers" data-props="${props}"></div>\n</body></html>\n`;
    const { papers, diagnostics } = parse(html, 'content/dumps/2025-12-10.html');
    expect(
      papers.map(({ title, abstract, authors, authorCount, submittedBy }) => ({
        title,
        abstract,
        authors,
        authorCount,
        submittedBy,
      })),
    ).toEqual([
      { title: 'A B', abstract: 'Text here.', authors: ['Ada Lovelace'], authorCount: 2, submittedBy: 'ak' },
    ]);
    expect(diagnostics.map((d) => [d.line, d.rule, d.message])).toEqual([
      [
        3,
        'not-text',
        'the entry "A B" holds 4 characters that are not text (U+DC00, U+0000, U+0007): removed; check the entry in the dump',
      ],
    ]);
  });
});
