// STUB: the content-libraries helper replaces this file (unified pipeline with KaTeX).
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Abstract text → safe HTML (paragraph, math, links). */
export function renderAbstract(text: string): string {
  return `<p>${escape(text)}</p>`;
}

/** Title text → safe inline HTML (math rendered, no block elements). */
export function renderTitle(text: string): string {
  return escape(text);
}

/** Title text → plain text for <title>, meta tags, feeds and search (LaTeX markup reduced to its letters). */
export function plainTitle(text: string): string {
  return text;
}
