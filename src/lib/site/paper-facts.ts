/**
 * The words of a paper's facts line, shared by the server-rendered cards (`PaperMeta.astro`) and the
 * tag filter's cards built in the browser (`src/scripts/tagFilter.ts`), so both say the same. Pure.
 */
import type { Paper } from '../../schemas/paper.ts';
import { plural } from '../client/format-date.ts';

/** Names shown on a card before "et al.". */
export const CARD_AUTHORS = 3;

/**
 * The authors as one line: all names, or the first `max` then "et al." when there are more; null when no
 * names are known (the caller falls back to the author count).
 */
export function authorsText(names: readonly string[], max = Infinity): string | null {
  if (names.length === 0) return null;
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} et al.`;
}

/**
 * Upvotes and comments, each only when known: a null count was not shown by any dump and is never
 * written as 0.
 */
export function countsText(
  paper: { upvotes: number | null; comments: number | null },
  locale = 'en-US',
): string[] {
  const parts: string[] = [];
  if (paper.upvotes !== null) parts.push(plural(paper.upvotes, 'upvote', locale));
  if (paper.comments !== null) parts.push(plural(paper.comments, 'comment', locale));
  return parts;
}

/** The short label marking a summary shown where an abstract would be. */
export const SUMMARY_LABEL = 'Summary shown on Hugging Face; not the abstract';

/** Whether the record's text is the trending page's one-line summary rather than the abstract. */
export function isSummary(paper: Pick<Paper, 'abstractKind'>): boolean {
  return paper.abstractKind === 'summary';
}
