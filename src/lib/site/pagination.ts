/**
 * Which page numbers a pagination bar shows, and their URLs. Pure.
 */

/** A page number, or a gap (`…`) between non-adjacent numbers. */
export type PageItem = number | 'gap';

/** The first and last pages, `current` and `radius` pages either side of it, with gaps between runs. */
export function pageWindow(current: number, last: number, radius = 1): PageItem[] {
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  return numbers.flatMap((n, i): PageItem[] => {
    const before = numbers[i - 1];
    if (before === undefined || n === before + 1) return [n];
    return n === before + 2 ? [before + 1, n] : ['gap', n];
  });
}

/** URL of page `n` of a list whose first page is at `first` (`/base/papers/` → `/base/papers/2/`). */
export function pageUrl(first: string, n: number): string {
  const root = first.endsWith('/') ? first : `${first}/`;
  return n === 1 ? root : `${root}${n}/`;
}

/**
 * Where a list continues after its first `shown` items appeared elsewhere (the home page shows the start of
 * the latest digest): the page holding item `shown + 1`, and the items that page holds (1-based, inclusive).
 * None when nothing is left.
 */
export function continuation(
  shown: number,
  total: number,
  pageSize: number,
): { page: number; from: number; to: number } | undefined {
  if (shown >= total) return undefined;
  const page = Math.floor(shown / pageSize) + 1;
  return { page, from: (page - 1) * pageSize + 1, to: Math.min(page * pageSize, total) };
}
