/**
 * Where to find a paper elsewhere: search URLs by its plain-text title. Pure.
 */

/** Hugging Face's paper search for `title` (plain text, no LaTeX). */
export function huggingFaceSearchUrl(title: string): string {
  return `https://huggingface.co/papers?q=${encodeURIComponent(title.trim())}`;
}

/** arXiv's title search for `title` (plain text, no LaTeX). */
export function arxivSearchUrl(title: string): string {
  return `https://arxiv.org/search/?query=${encodeURIComponent(title.trim())}&searchtype=title`;
}
