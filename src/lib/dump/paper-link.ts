/**
 * Links to a paper's page on the hub, as every layout that keeps links holds them: absolute or from the
 * site's root, with a version, a query or a fragment (`/papers/2410.05434v2?utm_source=x`).
 */
import { ArxivIdSchema } from '../../schemas/paper.ts';

const PAPER_HREF = /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/papers\/([^/?#\s]+)\/?(?:[?#]|$)/i;

/** The id a paper link names (`2410.05434v2`), or undefined when `href` links no paper's page. */
export function paperIdInHref(href: string): string | undefined {
  const m = PAPER_HREF.exec(href.trim());
  if (m === null) return undefined;
  try {
    return decodeURIComponent(m[1] as string);
  } catch {
    return undefined;
  }
}

/** An arXiv id without its version (`2410.05434v2` is `2410.05434`), or null when it is none. */
export function arxivIdOf(id: string | undefined): string | null {
  if (id === undefined) return null;
  const bare = id.trim().replace(/v\d+$/, '');
  return ArxivIdSchema.safeParse(bare).success ? bare : null;
}
