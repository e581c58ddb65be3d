/**
 * When two entries are the same paper: the same arXiv id, else the same title (compared case- and
 * whitespace-insensitively) unless the two name different arXiv papers. One rule for the repeats of one dump
 * and for the papers of several.
 */

/** The comparison key of a title: Unicode-normalised (NFC), lowercase, all whitespace removed. */
export function titleKey(title: string): string {
  const ascii = !/[^ -~]/.test(title);
  const key = (ascii ? title : title.normalize('NFC')).toLowerCase();
  return /[^\S ]/.test(key) ? key.replace(/\s+/g, '') : key.replaceAll(' ', '');
}

/** The papers seen so far, by arXiv id and by title. */
export interface SamePaper<T> {
  /** The paper seen that `item` is, if any. */
  find(item: T): T | undefined;
  /** Records `item` as seen (again after it learnt its arXiv id); a title keeps its first paper. */
  add(item: T): void;
}

export function samePaper<T extends { arxivId: string | null }>(titleOf: (item: T) => string): SamePaper<T> {
  const byArxiv = new Map<string, T>();
  const byTitle = new Map<string, T>();
  // Each title's key made once: an item is looked up, then it or its copy is added.
  const keys = new Map<string, string>();
  const keyOf = (item: T) => {
    const title = titleOf(item);
    let key = keys.get(title);
    if (key === undefined) keys.set(title, (key = titleKey(title)));
    return key;
  };
  return {
    find(item) {
      const byName = byTitle.get(keyOf(item));
      return (
        (item.arxivId === null ? undefined : byArxiv.get(item.arxivId)) ??
        (byName && (byName.arxivId === null || item.arxivId === null) ? byName : undefined)
      );
    },
    add(item) {
      const key = keyOf(item);
      if (!byTitle.has(key)) byTitle.set(key, item);
      if (item.arxivId !== null) byArxiv.set(item.arxivId, item);
    },
  };
}
