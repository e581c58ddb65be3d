/**
 * Expectations computed from the records a fixture build parsed, so tests follow the data
 * instead of hard-coding counts.
 */
import type { Paper } from '../../src/schemas/paper.ts';

/** Every tag some paper carries, sorted. */
export function tagsInUse(papers: readonly Paper[]): string[] {
  return [...new Set(papers.flatMap((paper) => paper.tags))].sort();
}

/** Every digest date, ascending. */
export function digestDates(papers: readonly Paper[]): string[] {
  return [...new Set(papers.flatMap((paper) => paper.digests))].sort();
}

/** The papers a tag filter keeps: carrying all (or any) of `tags`. */
export function filterPapers(
  papers: readonly Paper[],
  tags: readonly string[],
  match: 'all' | 'any',
): Paper[] {
  return papers.filter((paper) =>
    match === 'all'
      ? tags.every((tag) => paper.tags.includes(tag))
      : tags.some((tag) => paper.tags.includes(tag)),
  );
}

/** The paper with exactly this title; throws when the fixture lacks it. */
export function paperTitled(papers: readonly Paper[], title: string): Paper {
  const paper = papers.find((candidate) => candidate.title === title);
  if (!paper) throw new Error(`the fixture has no paper titled "${title}"`);
  return paper;
}
