/**
 * Text normalisation: what a browser copy and different editors leave in a dump, evened out so the
 * grammar sees one shape. Line numbers are preserved: line `n` of the result is line `n` of the file.
 */

/**
 * Whitespace that is not U+0020: tabs, vertical tab, form feed, no-break, figure, narrow no-break,
 * em/en and ideographic spaces, line and paragraph separators. After normalisation a line's only
 * whitespace is plain spaces.
 */
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/** Zero-width characters and stray byte-order marks: invisible, but they break comparisons and slugs. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** One test for both, so clean text takes the fast path. */
const NEEDS_CLEANING = /[\t\v\f\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/** The lines of a text, CRLF, lone CR and LF each ending one (a text without CR takes the fast split). */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/**
 * Splits a dump into lines and normalises each: a leading byte-order mark is dropped, CRLF and lone CR
 * end lines like LF, odd spaces become plain spaces, zero-width characters go, trailing spaces go.
 * A missing final newline makes no difference.
 */
export function normalizeLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = splitLines(body);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const clean = NEEDS_CLEANING.test(body);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (clean) line = line.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
    lines[i] = line.trimEnd();
  }
  return lines;
}

/** Trims and collapses every run of whitespace to one space: how titles and abstracts are stored. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** {@link collapseWhitespace} for a line from {@link normalizeLines}, whose only whitespace is plain spaces. */
export function collapseSpaces(line: string): string {
  return (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
}
