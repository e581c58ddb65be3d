/**
 * Line classification: each non-blank line of a normalised dump becomes a token the entry grammar
 * reads. Blank lines only matter as separators, so a token records whether one came before it.
 */
import { parseDateLine, type DateLine } from './dates.ts';
import { collapseSpaces } from './normalize.ts';
import type { Reporter } from './report.ts';

interface TokenBase {
  /** 1-based line number in the file. */
  line: number;
  /** 1-based column of the first non-blank character. */
  column: number;
  /** The line, trimmed, inner whitespace collapsed. */
  text: string;
  /** Whether a blank line (or the start of the file) comes right before this line. */
  blankBefore: boolean;
}

/** Any line that is not metadata: chrome, a title, an abstract, an organisation. */
export interface TextToken extends TokenBase {
  kind: 'text';
}
/** `  • 3 authors` (also `1 author`, other bullets, no bullet). */
export interface AuthorsToken extends TokenBase {
  kind: 'authors';
  /** Null for a line shaped like an author count that is not one (already reported). */
  count: number | null;
}
/** A line holding only the `·` that separates authors from the date. */
export interface DotToken extends TokenBase {
  kind: 'dot';
}
/** `Jul 31`, `Apr 8, 2023`, `Feb 18 2`… */
export interface DateToken extends TokenBase {
  kind: 'date';
  date: DateLine;
}
export type Token = TextToken | AuthorsToken | DotToken | DateToken;

export const AUTHORS = /^(?:[•·∙◦▪‣●*–—-] *)?(\d{1,6}) +authors?$/i;
/** Shaped like an author count, but not one: `• -3 authors`, `• 99999999999999999999 authors`, `2.5 authors`. */
const BAD_AUTHORS = /^(?:[•·∙◦▪‣●*–—-] *)?[-+−]?\d[\d,.]* +authors?$/i;
/** A line holding only the `·` between the authors and the date (other middle dots too). */
export const DOT = /^[·•∙⋅・‧]$/;

/**
 * Classifies every non-blank line of a dump normalised by `normalizeLines` (whose lines `detectLongLines`
 * has kept within bounds).
 */
export function tokenize(lines: readonly string[], report: Reporter): Token[] {
  const tokens: Token[] = [];
  let blankBefore = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.length === 0) {
      blankBefore = true;
      continue;
    }
    const line = i + 1;
    const text = collapseSpaces(raw);
    const column = raw.indexOf(text.slice(0, 1)) + 1;
    const token = classify(line, column, text, blankBefore);
    if (token.kind === 'text' && text.length <= 40 && BAD_AUTHORS.test(text)) {
      report.error(
        line,
        column,
        'invalid-authors',
        `"${text}" is not an author count: the page shows a whole number from 1 to 999,999 ("  • 3 authors"); ` +
          'copy the line again from the page',
      );
      tokens.push({ kind: 'authors', line, column, text, blankBefore, count: null });
    } else {
      tokens.push(token);
    }
    blankBefore = false;
  }
  return tokens;
}

function classify(line: number, column: number, text: string, blankBefore: boolean): Token {
  // Metadata lines are short; a long line is text without trying the patterns.
  if (text.length <= 40) {
    const authors = AUTHORS.exec(text);
    if (authors !== null)
      return { kind: 'authors', line, column, text, blankBefore, count: Number(authors[1]) };
    if (DOT.test(text)) return { kind: 'dot', line, column, text, blankBefore };
    const date = parseDateLine(text);
    if (date !== null) return { kind: 'date', line, column, text, blankBefore, date };
  }
  return { kind: 'text', line, column, text, blankBefore };
}
