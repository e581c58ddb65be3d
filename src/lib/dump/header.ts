/**
 * The page chrome above the first entry: `new`, `Get trending papers in your email inbox!`,
 * `Subscribe`, `Daily Papers`, `byAK and the research community`, then the page's date (`Dec 10`).
 */
import { CHROME } from './cards.ts';
import { MONTH_NAME } from './dates.ts';
import type { Reporter } from './report.ts';
import type { DateToken, Token } from './tokens.ts';

/** How far down the page date may be, and how long a chrome line may be. */
const MAX_HEADER_TOKENS = 12;
const MAX_CHROME_LENGTH = 80;

/**
 * Reads the header: returns the page date token, if any, and the index of the first entry token.
 * The page date fences the header: short text lines before it are chrome (unknown ones are warned
 * about and ignored). Without a page date, only the known chrome lines at the top are skipped.
 */
export function readHeader(
  tokens: readonly Token[],
  report: Reporter,
): { pageDate?: DateToken; start: number } {
  const fence = findPageDate(tokens);
  if (fence < 0) {
    const period = findPeriod(tokens);
    if (period >= 0) return { start: period + 1 };
    let start = 0;
    while (start < tokens.length && isKnownChrome(tokens[start] as Token)) start++;
    return { start };
  }
  for (const token of tokens.slice(0, fence)) {
    if (!isKnownChrome(token)) {
      report.warn(
        token.line,
        token.column,
        'unknown-chrome',
        `"${token.text}" above the page date is not page chrome we know; it is ignored`,
      );
    }
  }
  return { pageDate: tokens[fence] as DateToken, start: fence + 1 };
}

function isKnownChrome(token: Token): boolean {
  return token.kind === 'text' && CHROME.has(token.text.toLowerCase());
}

/** A weekly or monthly page's period, where a day would be: `Week 49`, `December 2026`, `Nov 30 - Dec 6`. */
const MONTH = `${MONTH_NAME}\\.?`;
const WEEK = String.raw`Week \d{1,2}(?:,? \d{4})?`;
const RANGE = String.raw`${MONTH} \d{1,2}\s*[-–]\s*(?:${MONTH} )?\d{1,2}(?:,? \d{4})?`;
const PERIOD = new RegExp(`^(?:${WEEK}|${MONTH} \\d{4}|${RANGE})$`, 'i');

/** Index of a weekly or monthly page's period preceded only by known chrome, at the top; else -1. */
function findPeriod(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length, MAX_HEADER_TOKENS); i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'text' && PERIOD.test(token.text)) return i;
    if (!isKnownChrome(token)) return -1;
  }
  return -1;
}

/** Index of a date token preceded only by short text lines, near the top; else -1. */
function findPageDate(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length, MAX_HEADER_TOKENS); i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'date') return i;
    if (token.kind !== 'text' || token.text.length > MAX_CHROME_LENGTH) return -1;
  }
  return -1;
}
