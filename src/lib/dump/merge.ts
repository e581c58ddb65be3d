/**
 * Merging parsed dumps into the collection: one record per paper across every dump.
 */
import type { Paper } from '../../schemas/paper.ts';
import { assignIds } from './slug.ts';
import { titleKey } from './title-key.ts';

/** One parsed dump: its date and its papers. */
export interface DatedPapers {
  date: string;
  papers: readonly Paper[];
}

/**
 * Merges dumps into one record per title (compared case- and whitespace-insensitively):
 * - `digests`: every dump date the paper appeared in, ascending, without duplicates;
 * - `upvotes`: from the latest dump holding the paper;
 * - everything else from its first appearance, but for the metadata (author count, organisation,
 *   date) of an entry that had none: that comes from the first later dump that has it;
 * - order: first appearance (dump date ascending, then line); ids re-assigned in that order, so an
 *   id depends only on earlier papers and stays put as dumps are added.
 * Pure: the inputs are not modified.
 */
export function mergeDumps(parsed: readonly DatedPapers[]): Paper[] {
  const dumps = [...parsed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byKey = new Map<string, Paper>();
  for (const dump of dumps) {
    const papers = [...dump.papers].sort((a, b) => a.source.line - b.source.line);
    for (const paper of papers) {
      const key = titleKey(paper.title);
      const seen = byKey.get(key);
      if (seen === undefined) {
        byKey.set(key, { ...paper, digests: [dump.date] });
        continue;
      }
      if (!seen.digests.includes(dump.date)) seen.digests.push(dump.date);
      seen.upvotes = paper.upvotes;
      if (seen.publishedOn === null && seen.authorCount === null && seen.organization === null) {
        seen.authorCount = paper.authorCount;
        seen.organization = paper.organization;
        seen.publishedOn = paper.publishedOn;
      }
    }
  }
  const merged = [...byKey.values()];
  const ids = assignIds(merged.map((paper) => paper.title));
  return merged.map((paper, index) => ({ ...paper, id: ids[index] as string }));
}
