/** The parser's output: a JSON array of the records, one record to a line. */
import { describe, expect, it } from 'vitest';
import { recordsJson } from '../../src/lib/dump/records-json.ts';
import { seedPapers } from '../support/seed.ts';

describe('recordsJson', () => {
  it('is the records as JSON, each on a line of its own', () => {
    const text = recordsJson(seedPapers);
    expect(JSON.parse(text)).toEqual(seedPapers);
    const lines = text.split('\n');
    // The brackets on lines of their own, the records between them, and the newline that ends the file.
    expect(lines).toHaveLength(seedPapers.length + 3);
    expect([lines[0], lines.at(-2), lines.at(-1)]).toEqual(['[', ']', '']);
    lines
      .slice(1, -2)
      .forEach((line, n) => expect(JSON.parse(line.replace(/,$/, ''))).toEqual(seedPapers[n]));
  });

  it('writes no records as an empty array', () => {
    expect(recordsJson([])).toBe('[]\n');
  });
});
