/**
 * Merging parsed dumps into the collection: one record per paper across every dump.
 */
import type { Paper } from '../../schemas/paper.ts';
import { assignIds } from './slug.ts';
import { samePaper } from './title-key.ts';

/** One parsed dump: its date and its papers. */
export interface DatedPapers {
  date: string;
  papers: readonly Paper[];
}

/** Counts that change from day to day: the latest dump that shows them wins. */
const COUNTS = ['upvotes', 'comments', 'githubStars'] as const;
/** Facts a richer entry (a saved HTML page) fills in where a poorer one (a plain copy) lacks them. */
const FACTS = ['arxivId', 'organization', 'submittedBy', 'githubRepo'] as const;

/**
 * Merges dumps into one record per paper: the same `arxivId` when both sides have one, else the
 * same title (compared case- and whitespace-insensitively).
 * - `digests`: every dump date the paper appeared in, ascending, without duplicates;
 * - upvotes, comments and stars: from the latest dump that shows them;
 * - title, abstract and source: from the first appearance; a summary gives way to a full abstract;
 * - facts the first appearance lacks (arXiv id, authors, organisation, date…): from the first later
 *   dump that has them;
 * - order: first appearance (dump date ascending, then line); ids re-assigned in that order, so an
 *   id depends only on earlier papers and stays put as dumps are added.
 * Pure: the inputs are not modified.
 */
export function mergeDumps(parsed: readonly DatedPapers[]): Paper[] {
  const dumps = [...parsed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const seen = samePaper<Paper>((paper) => paper.title);
  const merged: Paper[] = [];
  for (const dump of dumps) {
    const papers = [...dump.papers].sort((a, b) => a.source.line - b.source.line);
    for (const paper of papers) {
      const record = seen.find(paper);
      if (record === undefined) {
        const first = { ...paper, digests: [dump.date] };
        merged.push(first);
        seen.add(first);
        continue;
      }
      absorb(record, paper, dump.date);
      seen.add(record);
    }
  }
  const ids = assignIds(merged.map((paper) => paper.title));
  return merged.map((paper, index) => ({ ...paper, id: ids[index] as string }));
}

/** Folds a later appearance of a paper into its record. */
function absorb(seen: Paper, later: Paper, date: string): void {
  if (!seen.digests.includes(date)) seen.digests.push(date);
  const record = seen as Record<string, unknown>;
  for (const field of COUNTS) if (later[field] !== null) record[field] = later[field];
  for (const field of FACTS) if (seen[field] === null) record[field] = later[field];
  if (seen.authors.length === 0 && later.authors.length > 0) seen.authors = later.authors;
  seen.authorCount ??= later.authorCount;
  seen.publishedOn ??= later.publishedOn;
  if (seen.abstractKind === 'summary' && later.abstractKind === 'abstract' && later.abstract !== '') {
    seen.abstract = later.abstract;
    seen.abstractKind = 'abstract';
    seen.links = later.links;
  }
}
