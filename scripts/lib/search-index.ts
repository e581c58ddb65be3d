/**
 * The search index (Pagefind): one record per paper page, made from the records the pages are rendered
 * from: the plain title as result title, title and abstract as the searchable text (formulas reduced to the
 * characters they show, TeX remnants repaired, as `plainTitle` does for titles), the paper id as
 * meta (the search page shows the site's own card of it), the tag labels as the `tag` filter. A query is
 * reduced the same way before it is run (`src/lib/client/search-term.ts`), so `I^{2}` finds `I2-World`. Pagefind's custom records skip parsing HTML: a fifth faster than indexing the 10,000 built paper
 * pages (which also needed selectors to skip KaTeX's second copy of each formula).
 */
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import type { Paper } from '../../src/schemas/paper.ts';
import { plainTitle } from '../../src/lib/render/html.ts';

/**
 * The search record of one paper's page: its URL (the search page adds the base path), its text, its id and
 * title as meta, its tags for the filter. Plain text, never HTML.
 */
export function searchRecord(
  paper: Pick<Paper, 'id' | 'title' | 'abstract' | 'tags'>,
  labels: ReadonlyMap<string, string>,
): CustomRecord {
  const title = plainTitle(paper.title);
  return {
    url: `/papers/${paper.id}/`,
    content: `${title}. ${plainTitle(paper.abstract)}`,
    language: 'en',
    meta: { id: paper.id, title },
    filters: { tag: paper.tags.map((tag) => labels.get(tag) ?? tag) },
  };
}

/** Records sent to Pagefind before waiting for its answers. */
const BATCH = 500;
/** Result excerpts stored ten to a file: far fewer small files to write, for a little more fetched per result. */
const FRAGMENTS_PER_FILE = 10;

/**
 * Pagefind's allocator hands freed memory back at once instead of keeping it, which lowers the peak of writing
 * the index beside Astro. Ignored by a Pagefind built without jemalloc; a value the user set wins.
 */
const PAGEFIND_MALLOC_CONF = 'dirty_decay_ms:0,muzzy_decay_ms:0';

/** A Pagefind index holding every paper's record, not yet written. */
export interface PendingIndex {
  /** Writes the index, its fragments and its UI into `outputPath`, then stops Pagefind; resolves to its errors. */
  write(outputPath: string): Promise<string[]>;
  /** Stops Pagefind without writing. */
  discard(): Promise<void>;
}

/**
 * Adds every paper to a new Pagefind index, to be written once the caller has let go of the papers (writing
 * takes Pagefind far more memory than adding). On errors Pagefind is already stopped.
 */
export async function addToSearchIndex(
  papers: readonly Paper[],
  labels: ReadonlyMap<string, string>,
): Promise<{ index: PendingIndex; errors?: never } | { index?: never; errors: string[] }> {
  const maxFragments = Math.ceil(papers.length / FRAGMENTS_PER_FILE) || 1;
  const stop = () => pagefind.close().then(() => undefined);
  process.env['_RJEM_MALLOC_CONF'] ??= PAGEFIND_MALLOC_CONF;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments });
    if (!index) return await stop().then(() => ({ errors }));
    // A batch at a time (all at once, the requests waiting for Pagefind held 1.6 GB at 100,000 papers), the
    // next one sent before waiting for the answers to the current one, so that Pagefind never waits for us.
    const add = (start: number) =>
      Promise.all(
        papers.slice(start, start + BATCH).map((paper) => index.addCustomRecord(searchRecord(paper, labels))),
      );
    let next = add(0);
    for (let start = 0; start < papers.length; start += BATCH) {
      const current = next;
      next = add(start + BATCH);
      const failed = (await current).flatMap((response) => response.errors);
      if (failed.length > 0) {
        next.catch(() => undefined);
        return await stop().then(() => ({ errors: failed }));
      }
    }
    const write = (outputPath: string) =>
      index
        .writeFiles({ outputPath })
        .then((written) => written.errors)
        .finally(stop);
    return { index: { write, discard: stop } };
  } catch (error) {
    await stop();
    throw error;
  }
}
