/**
 * Metadata lines that look right but are not: never stored silently.
 */
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../src/lib/dump/parse.ts';

function parse(meta: string) {
  const text = `Daily Papers\n\nDec 10\n\nA Paper\n\nAn abstract that ends.\n\n${meta}\n`;
  const { papers, diagnostics } = parseDump(text, {
    file: 'content/dumps/2025-12-10.txt',
    date: '2025-12-10',
  });
  return { papers, found: diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity} [${d.rule}]`) };
}

describe('bad metadata lines', () => {
  it('a negative or absurd author count is an error naming the line, not an organisation', () => {
    for (const line of ['  • -3 authors', '  • 99999999999999999999 authors', '  • 2.5 authors']) {
      const { papers, found } = parse(`${line}\n·\nDec 1`);
      expect(found, line).toEqual(['9:3: error [invalid-authors]']);
      expect(papers[0]?.organization, line).toBeNull();
      expect(papers[0]?.authorCount, line).toBeNull();
    }
  });

  it('an organisation not printed twice is kept, with a warning', () => {
    const { papers, found } = parse('Sony Google\n·\nDec 1');
    expect(found).toEqual(['9:1: warning [undoubled-organization]']);
    expect(papers[0]?.organization).toBe('Sony Google');
    expect(parse('Sony Sony\n·\nDec 1').found).toEqual([]);
  });

  it('a publication day before 1990 is an error; after the dump, a warning', () => {
    expect(parse('  • 2 authors\n·\nJan 1, 0001').found).toEqual(['11:1: error [implausible-date]']);
    expect(parse('  • 2 authors\n·\nDec 31, 1989').found).toEqual(['11:1: error [implausible-date]']);
    expect(parse('  • 2 authors\n·\nJan 1, 1990').found).toEqual([]);
    expect(parse('  • 2 authors\n·\nDec 11, 2025').found).toEqual(['11:1: warning [future-date]']);
  });
});
