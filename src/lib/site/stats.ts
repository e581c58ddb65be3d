/**
 * Counts for the statistics page. Pure: records in, plain numbers out; the charts only draw them.
 */
import type { Paper } from '../../schemas/paper.ts';

/** One bar: what it counts and how many. */
export interface Count {
  /** Stable key: a month `YYYY-MM`, a tag id, a bucket label, an organisation name. */
  key: string;
  /** Human label. */
  label: string;
  value: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-02` → `Feb 2025`. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Papers per publication month, oldest first, every month from the first to the last (empty ones as 0,
 * so the time axis is honest). Papers without a date are not counted; `undated` says how many.
 */
export function papersPerMonth(papers: readonly Pick<Paper, 'publishedOn'>[]): {
  months: Count[];
  undated: number;
} {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const { publishedOn } of papers) {
    if (publishedOn === null) undated++;
    else counts.set(publishedOn.slice(0, 7), (counts.get(publishedOn.slice(0, 7)) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const months: Count[] = [];
  const last = keys.at(-1);
  for (
    let month = keys[0];
    month !== undefined && last !== undefined && month <= last;
    month = nextMonth(month)
  ) {
    months.push({ key: month, label: monthLabel(month), value: counts.get(month) ?? 0 });
  }
  return { months, undated };
}

/** Papers per tag, most first, ties in taxonomy order; tags with no paper are kept (as 0). */
export function papersPerTag(
  papers: readonly Pick<Paper, 'tags'>[],
  tags: readonly { id: string; label: string }[],
): Count[] {
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const tag of new Set(paper.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return tags
    .map((tag) => ({ key: tag.id, label: tag.label, value: counts.get(tag.id) ?? 0 }))
    .sort((a, b) => b.value - a.value);
}

/** Upvote buckets: inclusive lower bounds; the last is open-ended. */
export const UPVOTE_BUCKETS = [0, 1, 2, 5, 10, 20, 50, 100] as const;

/** Label of the bucket starting at `UPVOTE_BUCKETS[index]`: `0`, `2–4`, `100+`. */
function bucketLabel(index: number): string {
  const low = UPVOTE_BUCKETS[index] ?? 0;
  const next = UPVOTE_BUCKETS[index + 1];
  if (next === undefined) return `${low}+`;
  return next - 1 === low ? String(low) : `${low}–${next - 1}`;
}

/**
 * How many papers have how many upvotes, in fixed buckets from 0 to 100+ (every bucket, even empty).
 * Only known counts are bucketed; `unknown` says how many papers showed none.
 */
export function upvoteDistribution(papers: readonly Pick<Paper, 'upvotes'>[]): {
  buckets: Count[];
  known: number;
  unknown: number;
} {
  const counts: number[] = UPVOTE_BUCKETS.map(() => 0);
  let unknown = 0;
  for (const { upvotes } of papers) {
    if (upvotes === null) {
      unknown++;
      continue;
    }
    let index = UPVOTE_BUCKETS.length - 1;
    while (index > 0 && upvotes < (UPVOTE_BUCKETS[index] ?? 0)) index--;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return {
    buckets: counts.map((value, index) => ({ key: bucketLabel(index), label: bucketLabel(index), value })),
    known: papers.length - unknown,
    unknown,
  };
}

/** The organisations with the most papers, most first, ties by name; papers without one are not counted. */
export function topOrganizations(papers: readonly Pick<Paper, 'organization'>[], limit = 10): Count[] {
  const counts = new Map<string, number>();
  for (const { organization } of papers) {
    if (organization !== null) counts.set(organization, (counts.get(organization) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([name, value]) => ({ key: name, label: name, value }));
}
