/**
 * Detection of files that are not a dump at all: empty, binary, or with lines no dump has.
 * Checked before the grammar runs, so one clear error replaces a cascade of confusing ones.
 */
import { splitLines } from './normalize.ts';

/** A problem at a position in the raw text. */
export interface Finding {
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Longest line a text dump may hold; an abstract is about 2,000 characters. */
export const MAX_LINE_LENGTH = 10_000;

/** How much of the file the binary check looks at: enough to decide, cheap on huge files. */
const SNIFF_LENGTH = 64 * 1024;
/** 1-based line and column of a UTF-16 offset; CRLF, CR and LF each end one line. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** An error when the text cannot be a dump (empty, binary), else null. */
export function detectUnreadable(text: string): Finding | null {
  if (/^[\s\ufeff]*$/.test(text)) {
    return {
      line: 1,
      column: 1,
      rule: 'empty-file',
      message: 'file is empty: paste the text of the Daily Papers page into it (select all, copy, paste)',
    };
  }
  const binary = findBinary(text);
  if (binary !== null) {
    return {
      ...positionAt(text, binary.offset),
      rule: 'binary-data',
      message: `file holds binary data, not text (${binary.what} here): save the page's text as a UTF-8 .txt file`,
    };
  }
  return null;
}

/** C0 controls other than tab, LF, VT, FF and CR; DEL; U+FFFD, what undecodable bytes become. */
// eslint-disable-next-line no-control-regex
const BINARY_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g;

/**
 * The first sign of binary content: a NUL anywhere, or control or undecodable characters in quantity at the
 * start.
 */
function findBinary(text: string): { offset: number; what: string } | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { offset: nul, what: 'a NUL byte' };
  const head = text.slice(0, SNIFF_LENGTH);
  const first = head.search(BINARY_CHARS);
  if (first < 0) return null;
  const count = head.match(BINARY_CHARS)?.length ?? 0;
  if (count >= 8 && count > head.length / 100) {
    return { offset: first, what: `${count} control or undecodable characters, the first` };
  }
  return null;
}

/** A warning when some characters could not be decoded as UTF-8 (they show as U+FFFD), else null. */
export function detectBadEncoding(text: string): Finding | null {
  const first = text.indexOf('\ufffd');
  if (first < 0) return null;
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
  return {
    ...positionAt(text, first),
    rule: 'encoding',
    message:
      `${count === 1 ? '1 character is' : `${count} characters are`} not valid UTF-8 (shown as "\ufffd"), ` +
      'the first here: the file was probably saved as Latin-1 or Windows-1252; re-save it as UTF-8',
  };
}

/**
 * An error for each line of a text dump longer than {@link MAX_LINE_LENGTH}: no line of the page is, and the
 * readers are not made for one (Markdown's autolinks take quadratic time on a line of 100,000 characters).
 */
export function detectLongLines(text: string): Finding[] {
  return splitLines(text).flatMap((line, i) =>
    line.length > MAX_LINE_LENGTH
      ? [
          {
            line: i + 1,
            column: MAX_LINE_LENGTH + 1,
            rule: 'line-too-long',
            message:
              `line is ${line.length.toLocaleString('en-US')} characters long; a dump line holds at most ` +
              `${MAX_LINE_LENGTH.toLocaleString('en-US')} (an abstract is about 2,000): ` +
              'check that this file is the text of the Daily Papers page',
          },
        ]
      : [],
  );
}
