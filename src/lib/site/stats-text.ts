/**
 * The sentences of the statistics page: each reads right for none, one and many. Pure: counts in, text out.
 */
import { plural } from '../client/format-date.ts';
import type { Count } from './stats.ts';

/** What a chart counts: `noun` and `over` are singular (`paper`, `month`); `name` phrases a bar (`in Feb 2025`). */
export interface Phrasing {
  noun: string;
  over: string;
  name: (label: string) => string;
}

/** `A`, `A and B`, `A, B and C`, `A, B, C and 2 more`. */
export function listOf(items: readonly string[]): string {
  if (items.length > 3) return `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A chart's one-sentence text alternative: the total, the span and the largest bar,
 * e.g. `39 papers over 12 topics; the most, 9, for Retrieval.`, or the one length of all the bars.
 */
export function summarize(rows: readonly Count[], { noun, over, name }: Phrasing): string {
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  if (total === 0) return `No ${noun}s to count yet.`;
  const counted = rows.filter((r) => r.value > 0);
  if (counted.length === 1) {
    return `${plural(total, noun)}, ${total === 1 ? '' : 'all '}${name(counted[0]!.label)}.`;
  }
  const most = Math.max(...rows.map((r) => r.value));
  const ties = rows.filter((r) => r.value === most).map((r) => r.label);
  const span = `${plural(total, noun)} over ${plural(rows.length, over)}`;
  // When every bar that is not empty is as long as the others there is no "most" to name.
  if (ties.length === counted.length) {
    const count = most.toLocaleString('en-US');
    return ties.length === rows.length
      ? `${span}, ${count} each.`
      : `${span}; ${count} each ${name(listOf(ties))}.`;
  }
  const each = ties.length > 1 ? ' each' : '';
  return `${span}; the most, ${most.toLocaleString('en-US')}${each}, ${name(listOf(ties))}.`;
}

/** `is`/`are` for `count` things. */
const is = (count: number) => (count === 1 ? 'is' : 'are');

/** The months chart's note: papers without a date are left out, and it says how many. */
export function monthsNote(undated: number): string {
  if (undated === 0) return 'By publication month.';
  return `By publication month. ${plural(undated, 'paper')} ${undated === 1 ? 'has' : 'have'} no date and ${is(undated)} not counted.`;
}

/** The upvotes chart's note: papers that showed no upvote count are left out, and it says how many. */
export function upvotesNote(unknown: number, total: number): string {
  const note =
    'How many papers got how many upvotes on the Daily Papers page (in the latest dump showing them).';
  if (unknown === 0) return note;
  return `${note} ${plural(unknown, 'paper')} of ${total.toLocaleString('en-US')} showed no upvote count and ${is(unknown)} not counted.`;
}

/** Why there is no upvotes chart. */
export function noUpvotesNote(total: number): string {
  const whose = total === 1 ? 'the one paper' : `all ${plural(total, 'paper')}`;
  return `No dump showed upvote counts, so there is no upvote distribution: the upvotes of ${whose} are unknown.`;
}

/** The organisations chart's note: how many papers name one, and whether the chart shows them all. */
export function organizationsNote(naming: number, organizations: number, shown: number): string {
  if (naming === 0) return 'No paper names an organisation rather than an author count.';
  const names = `${plural(naming, 'paper')} ${naming === 1 ? 'names' : 'name'} an organisation rather than an author count`;
  if (organizations > shown)
    return `${names}; the chart shows the ${shown.toLocaleString('en-US')} that appear most.`;
  if (naming === 1) return `${names}.`;
  return organizations === 1
    ? `${names}, all the same one.`
    : `${names}; the chart shows all ${plural(organizations, 'organisation')}.`;
}
