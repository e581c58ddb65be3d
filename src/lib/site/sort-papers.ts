/**
 * The orders of the paper lists. Pure: takes records, returns new arrays; the input is left as it is.
 */
import type { Paper } from '../../schemas/paper.ts';

/** The fields the orders read. */
export type Sortable = Pick<Paper, 'id' | 'title' | 'publishedOn' | 'upvotes' | 'digests'>;

/** Names of the list orders: `newest` (all papers, tag pages, feeds) and `top` (by upvotes). */
export type PaperOrder = 'newest' | 'top';

/** `localeCompare(…, 'en', { sensitivity: 'base' })`, with the collator made once rather than per call. */
const titleCollator = new Intl.Collator('en', { sensitivity: 'base' });

const byTitle = (a: Sortable, b: Sortable): number =>
  titleCollator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Publication day, newest first; papers without a date come last. */
const byDate = (a: Sortable, b: Sortable): number => {
  if (a.publishedOn === b.publishedOn) return 0;
  if (a.publishedOn === null) return 1;
  if (b.publishedOn === null) return -1;
  return a.publishedOn < b.publishedOn ? 1 : -1;
};

/**
 * Newest in the digest first: by the first digest the paper appeared in (when the site got it: a paper of
 * 2021 first shown today is news today), then by publication day (no date last), then by title, then by id: a
 * total order. A new dump's papers come before every older one, so the older ones keep their places counted
 * from the oldest.
 */
export function sortNewest<T extends Sortable>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => byFirstDigest(a, b) || byDate(a, b) || byTitle(a, b));
}

/** First digest, later first, by the ISO days' characters: their order, without a collator's cost per pair. */
const byFirstDigest = (a: Sortable, b: Sortable): number => {
  const [da, db] = [a.digests[0] ?? '', b.digests[0] ?? ''];
  return da < db ? 1 : da > db ? -1 : 0;
};

/** A record whose upvote count some dump showed. */
export type WithUpvotes<T extends Pick<Paper, 'upvotes'>> = T & { upvotes: number };

/** The papers whose upvotes are known, in their order: an unknown count is not a count of 0. */
export function withKnownUpvotes<T extends Pick<Paper, 'upvotes'>>(papers: readonly T[]): WithUpvotes<T>[] {
  return papers.filter((paper): paper is WithUpvotes<T> => paper.upvotes !== null);
}

/**
 * Most upvoted first, ties newest first, then by title and id. Only papers whose upvotes are known are
 * ranked; the others are left out rather than ranked as if they had none.
 */
export function sortTop<T extends Sortable>(papers: readonly T[]): WithUpvotes<T>[] {
  return withKnownUpvotes(papers).sort((a, b) => b.upvotes - a.upvotes || byDate(a, b) || byTitle(a, b));
}

/** Sorts by the named order (`top` leaves out papers with unknown upvotes). */
export function sortPapers<T extends Sortable>(papers: readonly T[], order: PaperOrder): T[] {
  return order === 'top' ? sortTop(papers) : sortNewest(papers);
}
