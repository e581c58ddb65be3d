/**
 * The reader of a plain browser copy (select all, copy, paste): lines classified into tokens, the
 * page chrome skipped, then the entry grammar of `plain-entries.ts`.
 */
import type { Entry, ReadResult } from './entry.ts';
import { emptyEntry } from './entry.ts';
import { normalizeLines } from './normalize.ts';
import { readEntries, type RawEntry } from './plain-entries.ts';
import { readHeader } from './header.ts';
import type { Reporter } from './report.ts';
import { tokenize } from './tokens.ts';

export function readPlain(text: string, report: Reporter): ReadResult {
  const tokens = tokenize(normalizeLines(text), report);
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
