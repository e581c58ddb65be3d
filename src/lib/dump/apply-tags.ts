/**
 * Tagging the merged records with the taxonomy, and the `untagged` warning for papers left bare.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Paper } from '../../schemas/paper.ts';
import { tagsFor, type Taxonomy } from '../tags.ts';

/**
 * Sets each record's `tags` from the taxonomy and warns (rule `untagged`) at the source line of every
 * paper no tag matches. An empty taxonomy tags nothing and warns about nothing.
 */
export function applyTags(
  papers: readonly Paper[],
  taxonomy: Taxonomy,
  taxonomyFile: string,
): { papers: Paper[]; diagnostics: Diagnostic[] } {
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
