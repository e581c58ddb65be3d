// STUB: the content-libraries helper replaces this file (TF-IDF related papers).
import type { Paper } from '../schemas/paper.ts';

/** For each paper id, up to `limit` ids of the most similar other papers, most similar first. Deterministic. */
export function relatedPapers(
  papers: readonly Pick<Paper, 'id' | 'title' | 'abstract'>[],
  limit = 5,
): Map<string, string[]> {
  void limit;
  return new Map(papers.map((p) => [p.id, []]));
}
