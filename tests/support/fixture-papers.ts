/** The fixture site's records (three dumps, merged and tagged as the parse command does), for site helper tests. */
import { readFileSync } from 'node:fs';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { mergeDumps } from '../../src/lib/dump/merge.ts';
import { loadTaxonomy, tagPapers } from '../../src/lib/tags/tag.ts';
import type { Paper } from '../../src/schemas/paper.ts';

const DUMPS = ['2025-12-10', '2025-12-12', '2025-12-15'];

export const taxonomy = loadTaxonomy(readFileSync('content/tags.yaml', 'utf8'), 'content/tags.yaml').taxonomy;

/** 44 papers from the three fixture dumps, in record order. */
export const papers: readonly Paper[] = tagPapers(
  mergeDumps(
    DUMPS.map((date) => {
      const file = `tests/fixtures/site/dumps/${date}.txt`;
      return { date, papers: parseDump(readFileSync(file, 'utf8'), { file, date }).papers };
    }),
  ),
  taxonomy,
).papers;

/** The one paper whose title starts with `start`. */
export function paper(start: string): Paper {
  const found = papers.filter((p) => p.title.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} fixture papers start with "${start}"`);
  return found[0]!;
}

/**
 * The fixture's records as if a later dump had shown upvotes for most of them (plain dumps show none):
 * every fourth paper keeps an unknown count, the others get one derived from their comments and position.
 */
export const voted: readonly Paper[] = papers.map((p, i) => ({
  ...p,
  upvotes: i % 4 === 3 ? null : (p.comments ?? 0) * 2 + (i % 3),
}));
