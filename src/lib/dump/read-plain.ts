/**
 * The reader of a plain browser copy (select all, copy, paste). The page as it was until 2025
 * (the seed's layout) is read line by line with the entry grammar of `plain-entries.ts`; today's
 * page, with its tabs, upvote counts and "Submitted by", with the card grammar of `cards.ts`.
 */
import { readCards, type Item } from './cards.ts';
import type { Entry, ReadResult } from './entry.ts';
import { emptyEntry } from './entry.ts';
import { normalizeLines } from './normalize.ts';
import { readEntries, type RawEntry } from './plain-entries.ts';
import { readHeader } from './header.ts';
import type { Reporter } from './report.ts';
import { tokenize } from './tokens.ts';

/** A line only today's page shows: its Weekly and Monthly tabs, "Submitted by", "Upvote", stars. */
const TODAYS_PAGE_LINE = /^ *(?:Weekly|Monthly|Submitted by\b.*|Upvote(?: \d+)?|GitHub [\d.]+k?)$/;
/** Its "Published on" date, anywhere in a line. */
const PUBLISHED_ON = /\bPublished on [A-Z][a-z]+\.? \d/;

/**
 * Whether `lines` (normalised, as the card reader reads them) are a copy of today's page; the date's pattern
 * is tried only where its words are, so that no abstract is scanned for it.
 */
function isTodaysPage(lines: readonly string[]): boolean {
  return lines.some(
    (line) => TODAYS_PAGE_LINE.test(line) || (line.includes('Published on') && PUBLISHED_ON.test(line)),
  );
}

export function readPlain(text: string, report: Reporter): ReadResult {
  const lines = normalizeLines(text);
  if (isTodaysPage(lines)) return readCards(lineItems(lines), report, { links: false });
  const tokens = tokenize(lines, report);
  const header = readHeader(tokens, report);
  const entries = readEntries(tokens, header.start, report).map(toEntry);
  return header.pageDate === undefined ? { entries } : { entries, pageDate: header.pageDate };
}

function toEntry(raw: RawEntry): Entry {
  const entry = emptyEntry(raw.title);
  entry.abstract = raw.abstract;
  entry.authorCount = raw.authorCount;
  entry.organization = raw.organization;
  if (raw.date !== undefined) {
    entry.published = raw.date;
    // The page prints the comment count only when there are comments.
    entry.comments = raw.comments ?? 0;
  }
  return entry;
}

/** Lines that are always blocks of their own: counts, `GitHub N`, and the `Published on` date line. */
const BLOCK_LINE = /^(?:\d[\d,]*|-|GitHub\b.*|.*\bPublished on\b.*)$/;

/**
 * Every non-blank line an item. Where a blank line stands above most of the lines that are always blocks of
 * their own, as in a browser's copy, a line right below another continues it (an abstract wrapped by an
 * editor); in a copy without them each line is a block.
 */
function lineItems(lines: readonly string[]): Item[] {
  const blank = (index: number) => (lines[index] as string).trim() === '';
  const blocks = lines.flatMap((line, index) => (index > 0 && BLOCK_LINE.test(line.trim()) ? [index] : []));
  const spaced = blocks.filter((index) => blank(index - 1)).length * 2 >= blocks.length;
  return lines.flatMap((line, index) => {
    const text = line.trim();
    if (text === '') return [];
    const item: Item = { text, line: index + 1, column: line.indexOf(text) + 1 };
    if (spaced && index > 0 && !blank(index - 1)) item.continues = true;
    return [item];
  });
}
