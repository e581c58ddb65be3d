/**
 * The tag filter's logic in the browser: the selection in the URL, and set operations over the
 * ascending posting lists of `filterIndex.ts`. Pure; imported by `TagFilter`'s script and by tests.
 */

/** Match papers carrying every selected tag, or any of them. */
export type Match = 'all' | 'any';

/** What the reader picked. */
export interface Selection {
  /** Selected tag ids, in the order picked, without duplicates. */
  tags: string[];
  match: Match;
}

/** Reads `?tags=a,b&match=any` from a query string; unknown tag ids are dropped, `match` defaults to all. */
export function parseSelection(search: string, known: ReadonlySet<string>): Selection {
  const params = new URLSearchParams(search);
  const tags = [...new Set((params.get('tags') ?? '').split(','))].filter((tag) => known.has(tag));
  return { tags, match: params.get('match') === 'any' ? 'any' : 'all' };
}

/** `search` with the selection written in (or removed when empty); other parameters are kept. */
export function selectionSearch(search: string, selection: Selection): string {
  const params = new URLSearchParams(search);
  params.delete('tags');
  params.delete('match');
  if (selection.tags.length > 0) {
    params.set('tags', selection.tags.join(','));
    params.set('match', selection.match);
  }
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/** Intersection of ascending lists, ascending; walks the shortest list first. */
export function intersect(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let result = [...(first ?? [])];
  for (const list of rest) {
    const next: number[] = [];
    let j = 0;
    for (const value of result) {
      while (j < list.length && (list[j] ?? Infinity) < value) j++;
      if (list[j] === value) next.push(value);
    }
    result = next;
  }
  return result;
}

/** Union of ascending lists, ascending, without duplicates. */
export function union(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The matches of `lists` under `match`. */
export function combine(lists: readonly (readonly number[])[], match: Match): number[] {
  return match === 'any' ? union(lists) : intersect(lists);
}

/** Whether a paper with `tags` matches `selection` (for lists whose cards come whole). */
export function matchesTags(tags: readonly string[], selection: Selection): boolean {
  return selection.match === 'all'
    ? selection.tags.every((tag) => tags.includes(tag))
    : selection.tags.some((tag) => tags.includes(tag));
}

/** The members of `scope` (in its order) that are among `matches`; all of `matches` when no scope. */
export function withinScope(scope: readonly number[] | null, matches: readonly number[]): number[] {
  if (scope === null) return [...matches];
  const wanted = new Set(matches);
  return scope.filter((ordinal) => wanted.has(ordinal));
}
