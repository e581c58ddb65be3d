/**
 * Digests: one per dump, summarised from the records' `digests` fields. Pure.
 */
import type { Paper } from '../../schemas/paper.ts';

/** One dump as the site shows it. */
export interface DigestSummary {
  /** The dump's date, `YYYY-MM-DD` (its "as of" date). */
  date: string;
  /** Ids of the papers it holds, in record order (first appearance across dumps). */
  ids: string[];
  /** Ids of the papers first seen in this dump (not in an earlier one). */
  newIds: string[];
}

/** Whether `paper` was first seen in the dump of `date`. */
export function isNewIn(paper: Pick<Paper, 'digests'>, date: string): boolean {
  return paper.digests.reduce((min, d) => (d < min ? d : min)) === date;
}

/** Every digest, newest first; within one, papers keep record order. */
export function summarizeDigests(papers: readonly Pick<Paper, 'id' | 'digests'>[]): DigestSummary[] {
  const byDate = new Map<string, DigestSummary>();
  for (const paper of papers) {
    for (const date of new Set(paper.digests)) {
      let digest = byDate.get(date);
      if (!digest) byDate.set(date, (digest = { date, ids: [], newIds: [] }));
      digest.ids.push(paper.id);
      if (isNewIn(paper, date)) digest.newIds.push(paper.id);
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
