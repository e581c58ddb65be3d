/**
 * Splits plain text into the parts the renderer treats differently: text, TeX math between dollars, and links.
 * Everything that is not a math or link segment stays text, character for character.
 */
import { URL_TOKEN, extractLinks, repairUrls, trimUrl } from '../dump/links.ts';

export type Segment =
  | { kind: 'text'; value: string }
  /** TeX source without its dollars; `display` for `$$…$$`. */
  | { kind: 'math'; value: string; display: boolean }
  /** A repaired, trimmed http(s) URL, exactly as the parser records it in `links`. */
  | { kind: 'link'; url: string };

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** Whether the `$` at `i` is escaped by an odd number of backslashes. */
function escaped(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** Index of the next unescaped `$` at or after `from`, or -1. */
function nextDollar(text: string, from: number): number {
  for (let i = text.indexOf('$', from); i >= 0; i = text.indexOf('$', i + 1)) {
    if (!escaped(text, i)) return i;
  }
  return -1;
}

/**
 * Text and math. `$$…$$` is display math. `$…$` is inline math when, as in Pandoc, the opening `$` has a
 * non-space on its right, the next unescaped `$` has a non-space on its left and no digit on its right:
 * `costs $5 and $10` stays text, and one stray `$` never swallows the text up to a later formula.
 */
export function splitMath(text: string): Segment[] {
  const segments: Segment[] = [];
  let textStart = 0;
  const pushText = (end: number) => {
    if (end > textStart) segments.push({ kind: 'text', value: text.slice(textStart, end) });
  };
  let i = nextDollar(text, 0);
  while (i >= 0) {
    if (text[i + 1] === '$') {
      const close = text.indexOf('$$', i + 2);
      const body = close >= 0 ? text.slice(i + 2, close) : '';
      if (close >= 0 && body.trim() !== '' && !escaped(text, close)) {
        pushText(i);
        segments.push({ kind: 'math', value: body.trim(), display: true });
        textStart = close + 2;
        i = nextDollar(text, textStart);
      } else {
        i = nextDollar(text, i + 2);
      }
      continue;
    }
    const close = nextDollar(text, i + 1);
    if (close < 0) break;
    const opens = !isSpace(text[i + 1]);
    const closes =
      close > i + 1 && !isSpace(text[close - 1]) && !isDigit(text[close + 1]) && text[close + 1] !== '$';
    if (opens && closes) {
      pushText(i);
      segments.push({ kind: 'math', value: text.slice(i + 1, close), display: false });
      textStart = close + 1;
      i = nextDollar(text, textStart);
    } else {
      // This `$` is a plain dollar sign; the next one may still open a formula.
      i = close;
    }
  }
  pushText(text.length);
  return segments;
}

/** ` .` after a URL that ends a sentence: authors add the space to keep the period out of the link. */
const SPACED_FULL_STOP = /^ +(?=[.,;](?:\s|$))/u;

/**
 * Links, then math in the text between them. Links are exactly the URLs the parser extracts (repaired,
 * trimmed, http(s) only); anything else that looks like a URL, `javascript:` included, stays text.
 */
export function segmentAbstract(text: string): Segment[] {
  if (!text.includes('http')) return splitMath(text);
  const valid = new Set(extractLinks(text).map((link) => link.url));
  const repaired = repairUrls(text);
  const segments: Segment[] = [];
  let textStart = 0;
  for (const match of repaired.matchAll(URL_TOKEN)) {
    const url = trimUrl(match[0]);
    if (!valid.has(url)) continue;
    segments.push(...splitMath(repaired.slice(textStart, match.index)));
    segments.push({ kind: 'link', url });
    textStart = match.index + url.length;
    const spaced = SPACED_FULL_STOP.exec(repaired.slice(textStart));
    if (spaced) textStart += spaced[0].length;
  }
  segments.push(...splitMath(repaired.slice(textStart)));
  return segments;
}
