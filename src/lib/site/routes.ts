/**
 * Guards for the URL scheme: paper pages (`/papers/<id>/`) share a folder with the list pages
 * (`/papers/2/`, `/papers/top/`). Pure.
 */

/** Ids that would land on a list page's URL: a page number or `top`. */
export function clashingIds(papers: readonly { id: string }[]): string[] {
  return papers.map((paper) => paper.id).filter((id) => id === 'top' || /^\d+$/.test(id));
}

/** Throws an error naming the clashing ids and how to fix them, if any. */
export function assertNoRouteClash(papers: readonly { id: string }[]): void {
  const ids = clashingIds(papers);
  if (ids.length > 0) {
    throw new Error(
      `paper id(s) ${ids.map((id) => `"${id}"`).join(', ')} would overwrite a list page under /papers/: ` +
        'ids must not be "top" or a number; the parser should give such titles a distinct slug',
    );
  }
}
