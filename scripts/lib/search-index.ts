/**
 * The search index (Pagefind): one document per paper page, made from the records the pages are rendered
 * from: the plain title as its heading and result title, the abstract as plain text (formulas reduced to
 * the characters they show, TeX remnants repaired, as `plainTitle` does for titles), the tag labels as the
 * `tag` filter. Built from the records rather than by parsing the built pages, the index is written while
 * Astro renders, on the other core, instead of after it.
 */
import * as pagefind from 'pagefind';
import type { Paper } from '../../src/schemas/paper.ts';
import { plainTitle } from '../../src/lib/render.ts';

/** One page for Pagefind: the URL it answers with (the search UI adds the base path) and its HTML. */
export interface SearchDocument {
  url: string;
  content: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/** The document of one paper's page: what its title, abstract and tags say, as Pagefind reads HTML. */
export function searchDocument(
  paper: Pick<Paper, 'id' | 'title' | 'abstract' | 'tags'>,
  labels: ReadonlyMap<string, string>,
): SearchDocument {
  const filters = paper.tags
    .map((tag) => `<span data-pagefind-filter="tag">${escape(labels.get(tag) ?? tag)}</span>`)
    .join('');
  return {
    url: `/papers/${paper.id}/`,
    content:
      `<html lang="en"><body><h1>${escape(plainTitle(paper.title))}</h1>` +
      `<p>${escape(plainTitle(paper.abstract))}</p>` +
      `<div data-pagefind-ignore>${filters}</div></body></html>`,
  };
}

/** Indexes `papers` and writes Pagefind's bundle (index, fragments, its UI) into `outputPath`. */
export async function writeSearchIndex(
  papers: readonly Paper[],
  labels: ReadonlyMap<string, string>,
  outputPath: string,
): Promise<{ pages: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, errors };
  try {
    const added = await Promise.all(papers.map((paper) => index.addHTMLFile(searchDocument(paper, labels))));
    const failed = added.flatMap((response) => response.errors);
    if (failed.length > 0) return { pages: 0, errors: failed };
    const written = await index.writeFiles({ outputPath });
    return { pages: added.length, errors: written.errors };
  } finally {
    await pagefind.close();
  }
}
