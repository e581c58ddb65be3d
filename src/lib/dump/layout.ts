/**
 * Which layout a dump was saved in, decided from its content whatever the file's extension: each
 * layout has one reader, and every reader yields the same entries.
 */
import { parseDateLine } from './dates.ts';
import type { Layout } from './entry.ts';
import { collapseWhitespace } from './normalize.ts';
import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { readPlain } from './read-plain.ts';
import { readTextLinks } from './read-text-links.ts';
import type { Reporter } from './report.ts';
import { AUTHORS, DOT } from './tokens.ts';

/** Every layout the parser knows, with how a maintainer saves the page in it (for messages). */
export const LAYOUTS = {
  plain: { format: 'plain', read: readPlain },
  'text-links': { format: 'text-links', read: readTextLinks },
  markdown: { format: 'markdown', read: readMarkdown },
  html: { format: 'html', read: readHtml },
} as const satisfies Record<string, Layout>;

const KNOWN =
  'a plain browser copy (select all, copy, paste), text with links on their own lines, ' +
  'Markdown (a scraper or "copy as Markdown"), or the page saved as HTML';

/** How far into the file the signs of HTML, Markdown and link lines are looked for. */
const SNIFF_LENGTH = 256 * 1024;
/** An HTML document announces itself at its very start: a doctype, `<html>` or its head. */
const HTML_START = /^\ufeff?(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i;
/** What every link to a paper page holds, whatever comes before it. */
const PAPER_PATH = 'huggingface.co/papers/';
/** A paper page on the hub: `https://huggingface.co/papers/2410.05434`. */
const PAPER_URL = String.raw`https?://(?:www\.)?${PAPER_PATH.replaceAll('.', '\\.')}[\w.-]+`;
/** Markdown: a heading that links a paper, or a reference definition pointing at one. */
const MARKDOWN = new RegExp(
  String.raw`^ {0,3}(?:#{1,6} +\[[^\n]*\]\(${PAPER_URL}|\[[^\]\n]+\]: *<?${PAPER_URL})`,
  'm',
);
/** Text with links on their own lines: a paper's URL alone on a line. */
const LINK_LINE = new RegExp(String.raw`^ *${PAPER_URL}(?:#\w+)? *$`, 'gm');
/** Chrome lines of the page, lowercase, any one of which says a plain copy is the papers page. */
const PLAIN_CHROME = new Set(['daily papers', 'trending papers', 'submitted by']);
/** A Markdown link to the hub, which a plain copy (the page's text) never holds. */
const MARKDOWN_LINK = /\]\(https?:\/\/(?:www\.)?huggingface\.co\//;
/** Any line, for walking the lines of a large text without splitting it. */
const LINE = /^.*$/gm;

/** The layout of a dump, or null (with one `unknown-layout` error) when it fits none. */
export function detectLayout(text: string, report: Reporter): Layout | null {
  const head = text.slice(0, SNIFF_LENGTH);
  if (HTML_START.test(head)) return LAYOUTS.html;
  // Every card of these layouts links its paper, so the start of the file decides. Without a paper's URL the
  // patterns cannot match, and a plain copy is spared their scan of every line.
  if (head.includes(PAPER_PATH)) {
    if (MARKDOWN.test(head)) return LAYOUTS.markdown;
    if (countUpTo(LINK_LINE, head, 2) >= 2) return LAYOUTS['text-links'];
  }
  // Markdown without a paper's card (the page's chrome alone): its reader finds none and says so.
  if (MARKDOWN_LINK.test(head)) return LAYOUTS.markdown;
  if (hasPlainSign(text)) return LAYOUTS.plain;
  report.error(1, 1, 'unknown-layout', unknownLayoutMessage(text));
  return null;
}

/** A sign of a plain copy: an author count, the `·` line, a date line, or the page's chrome, as the plain reader's tokens read them. */
function hasPlainSign(text: string): boolean {
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    const line = collapseWhitespace(m[0]);
    if (line.length <= 40 && (AUTHORS.test(line) || DOT.test(line) || parseDateLine(line) !== null))
      return true;
    if (PLAIN_CHROME.has(line.toLowerCase())) return true;
    // A match of the empty string would not move on by itself.
    if (m[0] === '') LINE.lastIndex++;
  }
  return false;
}

/** How many times a global pattern matches, counting no further than `limit`. */
function countUpTo(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < limit && pattern.exec(text) !== null) count++;
  pattern.lastIndex = 0;
  return count;
}

/** Names the first lines that fit no layout and lists the layouts the parser knows. */
function unknownLayoutMessage(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const shown: string[] = [];
  let last = 0;
  for (let i = 0; i < lines.length && shown.length < 3; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    shown.push(`${i + 1} "${line.length > 40 ? `${line.slice(0, 40)}…` : line}"`);
    last = i + 1;
  }
  const more = lines.slice(last).some((line) => line.trim() !== '') ? ' and the rest' : '';
  return (
    `this file is in no layout the parser knows: line ${shown.join(', line ')}${more} fit none of ${KNOWN}; ` +
    'save the Daily Papers page again in one of these (the README shows how)'
  );
}
