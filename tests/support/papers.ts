/**
 * Expectations computed from the records a fixture build parsed, so tests follow the data
 * instead of hard-coding counts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTaxonomy } from '../../src/lib/tags/tag.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import { ROOT } from './site.ts';

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

/**
 * Two tags worth filtering by: some papers carry both and more carry either, so that "all" and "any"
 * give different, non-empty results. Picks the pair with the most papers in common, then the largest union.
 */
export function tagPairToFilter(papers: readonly Paper[]): [string, string] {
  const tags = tagsInUse(papers);
  let best: { pair: [string, string]; both: number; either: number } | undefined;
  for (const [i, a] of tags.entries()) {
    for (const b of tags.slice(i + 1)) {
      const both = filterPapers(papers, [a, b], 'all').length;
      const either = filterPapers(papers, [a, b], 'any').length;
      if (both === 0 || either === both) continue;
      if (!best || both > best.both || (both === best.both && either > best.either)) {
        best = { pair: [a, b], both, either };
      }
    }
  }
  if (!best) throw new Error('no two tags of the fixture overlap: the filter cannot be tested on it');
  return best.pair;
}

/** Tag labels by id, from the maintainer's taxonomy. */
export async function tagLabels(): Promise<Map<string, string>> {
  const file = 'content/tags.yaml';
  const { taxonomy } = loadTaxonomy(await readFile(join(ROOT, file), 'utf8'), file);
  return new Map(taxonomy.tags.map((tag) => [tag.id, tag.label]));
}

/** The accessible name of a tag's chip on a list of `papers`: its label, then how many of them carry it. */
export function chipName(labels: ReadonlyMap<string, string>, tag: string, papers: readonly Paper[]): string {
  const count = papers.filter((paper) => paper.tags.includes(tag)).length;
  return `${labels.get(tag) ?? tag} ${count} ${count === 1 ? 'paper' : 'papers'}`;
}
