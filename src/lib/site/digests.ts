/**
 * Digests: one per dump, summarised from the records' `digests` fields. Pure.
 */
import type { Paper } from '../../schemas/paper.ts';
import { plural } from '../client/format-date.ts';

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

/** How a list is ranked: by upvotes (some are known) or in the page's own order (none are). */
export type RankOrder = 'upvotes' | 'page';

/**
 * Most upvoted first when any count is known, unknown counts last, ties in the given (page) order;
 * otherwise the given order.
 */
export function rankPapers<T extends Pick<Paper, 'upvotes'>>(
  papers: readonly T[],
): { papers: T[]; order: RankOrder } {
  if (!papers.some((paper) => paper.upvotes !== null)) return { papers: [...papers], order: 'page' };
  const votes = (paper: T) => paper.upvotes ?? -1;
  // Array sort is stable: equal counts keep the page's order.
  return { papers: [...papers].sort((a, b) => votes(b) - votes(a)), order: 'upvotes' };
}

/** The digests of one week or month, and the papers they hold. */
export interface DigestPeriod {
  /** `2025-W50` or `2025-12`. */
  key: string;
  /** Its digests' dates, newest first. */
  dates: string[];
  /** Each paper once, in the order the period first showed it (oldest digest first, each in its order). */
  ids: string[];
}

/** The digests grouped by `keyOf(date)`, newest period first; linear in the papers the digests hold. */
export function digestPeriods(
  digests: readonly DigestSummary[],
  keyOf: (date: string) => string,
): DigestPeriod[] {
  const periods = new Map<string, DigestPeriod & { seen: Set<string> }>();
  for (const digest of [...digests].reverse()) {
    const key = keyOf(digest.date);
    let period = periods.get(key);
    if (!period) periods.set(key, (period = { key, dates: [], ids: [], seen: new Set() }));
    period.dates.unshift(digest.date);
    for (const id of digest.ids) {
      if (period.seen.has(id)) continue;
      period.seen.add(id);
      period.ids.push(id);
    }
  }
  return [...periods.values()].reverse().map(({ key, dates, ids }) => ({ key, dates, ids }));
}

/**
 * What a week's or month's page says of the papers it lists: all `total` of them, or the first `shown` of
 * them in the list's order ("The 50 most upvoted of 740 papers") when the page holds fewer.
 */
export function periodCount(total: number, shown: number, order: RankOrder, locale = 'en-US'): string {
  const all = plural(total, 'paper', locale);
  if (shown >= total) return all;
  const count = shown.toLocaleString(locale);
  return order === 'upvotes' ? `The ${count} most upvoted of ${all}` : `The first ${count} of ${all}`;
}

/** The digests before (older) and after (newer) the one of `date`, in `digests` newest first. */
export function adjacentDigests<D extends { date: string }>(
  digests: readonly D[],
  date: string,
): { older: D | undefined; newer: D | undefined } {
  const i = digests.findIndex((digest) => digest.date === date);
  return i < 0 ? { older: undefined, newer: undefined } : { older: digests[i + 1], newer: digests[i - 1] };
}
