/**
 * Tag taxonomy and tagger: which topics a paper is about, from the rules in `content/tags.yaml`.
 * A tag applies when its score reaches its threshold; the score adds, for every phrase or pattern match,
 * the weight of the field it was found in (the title weighs more than the abstract).
 */
import type { Diagnostic } from '../dump/diagnostics.ts';
import type { Paper } from '../../schemas/paper.ts';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import { matcherFor, scores } from './match.ts';

export { loadTaxonomy } from './load.ts';
export type { Taxonomy } from '../../schemas/taxonomy.ts';

/** Every tag's score for one paper, by tag id in taxonomy order: for tuning rules and explaining a tagging. */
export function tagScores(paper: Pick<Paper, 'title' | 'abstract'>, taxonomy: Taxonomy): Map<string, number> {
  const values = scores(matcherFor(taxonomy), paper);
  return new Map(taxonomy.tags.map((tag, i) => [tag.id, values[i]!]));
}

/** The tag ids that apply to one paper, in taxonomy order. Pure; rules are compiled once per taxonomy object. */
export function tagsFor(paper: Pick<Paper, 'title' | 'abstract'>, taxonomy: Taxonomy): string[] {
  const matcher = matcherFor(taxonomy);
  const values = scores(matcher, paper);
  return taxonomy.tags.filter((_, i) => values[i]! >= matcher.thresholds[i]!).map((tag) => tag.id);
}

/**
 * Fills `tags` on every paper and warns about each paper no tag applies to, at the line of its title in the
 * dump it came from (rule `untagged`); the message names the taxonomy file to edit. An empty taxonomy tags
 * nothing and warns about nothing. Returns new records; the input is not modified.
 */
export function tagPapers<P extends Pick<Paper, 'title' | 'abstract' | 'tags' | 'source'>>(
  papers: readonly P[],
  taxonomy: Taxonomy,
  taxonomyFile = 'content/tags.yaml',
): { papers: P[]; diagnostics: Diagnostic[] } {
  if (taxonomy.tags.length === 0) return { papers: [...papers], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const tagged = papers.map((paper) => {
    const tags = tagsFor(paper, taxonomy);
    if (tags.length === 0) {
      diagnostics.push({
        file: paper.source.file,
        line: paper.source.line,
        column: 1,
        severity: 'warning',
        message: `paper has no tag: no rule in ${taxonomyFile} matches its title or abstract; add a phrase to a tag's rules`,
        rule: 'untagged',
      });
    }
    return { ...paper, tags };
  });
  return { papers: tagged, diagnostics };
}
