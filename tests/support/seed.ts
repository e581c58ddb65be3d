/** The seed dump's records, as the parser reads them, for tests of the content libraries. */
import { readFileSync } from 'node:fs';
import { parseDump } from '../../src/lib/dump/parse.ts';
import type { Paper } from '../../src/schemas/paper.ts';

export const SEED_FILE = 'content/dumps/2025-12-10.txt';

/** The 39 papers of the seed dump. */
export const seedPapers: readonly Paper[] = parseDump(readFileSync(SEED_FILE, 'utf8'), {
  file: SEED_FILE,
  date: '2025-12-10',
}).papers;

/** The one seed paper whose title starts with `start`; throws when there is none or several. */
export function seedPaper(start: string): Paper {
  const found = seedPapers.filter((paper) => paper.title.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} seed papers have a title starting "${start}"`);
  return found[0]!;
}
