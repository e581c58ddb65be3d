/**
 * Where to find a paper elsewhere: its own pages when its arXiv id is known, else search URLs by its
 * plain-text title. Pure.
 */
import { ArxivIdSchema } from '../../schemas/paper.ts';

/** Hugging Face's paper search for `title` (plain text, no LaTeX), form-encoded (a space is `+`, not `%20`). */
export function huggingFaceSearchUrl(title: string): string {
  return `https://huggingface.co/papers?${new URLSearchParams({ q: title.trim() })}`;
}

/** arXiv's title search for `title` (plain text, no LaTeX), form-encoded. */
export function arxivSearchUrl(title: string): string {
  return `https://arxiv.org/search/?${new URLSearchParams({ query: title.trim(), searchtype: 'title' })}`;
}

/** The paper's pages for a known arXiv id: its Hugging Face page, arXiv abstract and PDF. */
export interface PaperPages {
  huggingFace: string;
  abs: string;
  pdf: string;
}

/**
 * The pages of the paper with arXiv id `arxivId`, or null when the id is unknown or not a valid arXiv id
 * (re-checked here because the id goes into URLs; an old-style id keeps its one slash as a path).
 */
export function arxivPages(arxivId: string | null): PaperPages | null {
  if (arxivId === null || !ArxivIdSchema.safeParse(arxivId).success) return null;
  const id = arxivId.split('/').map(encodeURIComponent).join('/');
  return {
    huggingFace: `https://huggingface.co/papers/${id}`,
    abs: `https://arxiv.org/abs/${id}`,
    pdf: `https://arxiv.org/pdf/${id}`,
  };
}

/** Where to find a paper: direct pages when its arXiv id is known, else the two title searches. */
export function findLinks(
  paper: { arxivId: string | null },
  title: string,
): { label: string; href: string }[] {
  const pages = arxivPages(paper.arxivId);
  if (pages === null) {
    return [
      { label: 'Search on Hugging Face', href: huggingFaceSearchUrl(title) },
      { label: 'Search on arXiv', href: arxivSearchUrl(title) },
    ];
  }
  return [
    { label: 'On Hugging Face', href: pages.huggingFace },
    { label: `arXiv:${paper.arxivId}`, href: pages.abs },
    { label: 'PDF on arXiv', href: pages.pdf },
  ];
}

/** A GitHub star count as the page shows it: `950`, `3.3k`, `12k`, `1.2M`. */
export function formatStars(stars: number): string {
  const short = (n: number, unit: string) => `${n >= 10 ? Math.round(n) : Math.round(n * 10) / 10}${unit}`;
  if (stars < 1000) return String(stars);
  if (stars < 999_500) return short(stars / 1000, 'k');
  return short(stars / 1_000_000, 'M');
}

/** `GitHub · 3.3k stars`, or `GitHub` when the stars are unknown. */
export function githubLabel(stars: number | null): string {
  if (stars === null) return 'GitHub';
  return `GitHub · ${formatStars(stars)} ${stars === 1 ? 'star' : 'stars'}`;
}

/** `url` when it is an absolute http(s) URL, else null: the only links the pages write. */
export function httpUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
