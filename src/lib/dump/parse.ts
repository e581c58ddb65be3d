/**
 * The dump parser's entry point: the text of one dump in, paper records and diagnostics out.
 * Pure: no file system, no clock; the dump's date comes from the caller.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Paper } from '../../schemas/paper.ts';
import { isIsoDate, resolveDate } from './dates.ts';
import { detectBadEncoding, detectUnreadable } from './detect.ts';
import { readEntries, type RawEntry } from './entries.ts';
import { readHeader } from './header.ts';
import { extractLinks } from './links.ts';
import { normalizeLines } from './normalize.ts';
import { createReporter, type Reporter } from './report.ts';
import { assignIds } from './slug.ts';
import { titleKey } from './title-key.ts';
import { tokenize, type DateToken } from './tokens.ts';

export interface ParseOptions {
  /** Project-relative path of the dump: named in diagnostics and in each record's `source`. */
  file: string;
  /** The dump's date, `YYYY-MM-DD`: the day the page was copied. */
  date: string;
}

export interface ParsedDump {
  /** One record per paper, in the dump's order; `tags` empty, `digests` the dump's date. */
  papers: Paper[];
  diagnostics: Diagnostic[];
  /** The page's own date from its chrome (`Dec 10`), resolved against the dump's date. */
  pageDate?: string;
}

/** Parses one dump. Problems come back as diagnostics; it never throws on bad input. */
export function parseDump(text: string, options: ParseOptions): ParsedDump {
  const { file, date } = options;
  if (!isIsoDate(date))
    throw new TypeError(`parseDump: date must be a real day as YYYY-MM-DD, got "${date}"`);
  const report = createReporter(file);
  const unreadable = detectUnreadable(text);
  if (unreadable !== null) {
    report.error(unreadable.line, unreadable.column, unreadable.rule, unreadable.message);
    return { papers: [], diagnostics: report.diagnostics };
  }
  const encoding = detectBadEncoding(text);
  if (encoding !== null) report.warn(encoding.line, encoding.column, encoding.rule, encoding.message);

  const tokens = tokenize(normalizeLines(text), report);
  const header = readHeader(tokens, report);
  const pageDate = header.pageDate && checkPageDate(header.pageDate, date, report);
  const entries = dropDuplicates(readEntries(tokens, header.start, report), report);
  if (entries.length === 0) {
    const at = tokens[header.start - 1] ?? tokens[0];
    report.error(
      at?.line ?? 1,
      1,
      'no-entries',
      'no papers found: a dump holds entries of a title, a blank line, the abstract, a blank line ' +
        'and the authors, "·" and date lines; is this the text of the Daily Papers page?',
    );
  }
  const ids = assignIds(entries.map((entry) => entry.title.text));
  const papers = entries.map((entry, index) => toPaper(entry, ids[index] as string, options, report));
  return pageDate === undefined
    ? { papers, diagnostics: report.diagnostics }
    : { papers, diagnostics: report.diagnostics, pageDate };
}

/** Resolves the page date and warns when it is not the dump's date. */
function checkPageDate(token: DateToken, dumpDate: string, report: Reporter): string | undefined {
  const resolved = resolveDate(token.date, dumpDate);
  if ('problem' in resolved) {
    report.warn(
      token.line,
      token.column,
      'page-date',
      `page date "${token.text}" is not a real day: ${resolved.problem}`,
    );
    return undefined;
  }
  if (resolved.date !== dumpDate) {
    report.warn(
      token.line,
      token.column,
      'page-date',
      `the page's date "${token.text}" (${resolved.date}) is not the dump's date ${dumpDate}: ` +
        'name the file after the day the page shows (content/dumps/YYYY-MM-DD.txt) or pass --as-of',
    );
  }
  return resolved.date;
}

/** Keeps the first entry of each title; later ones are warned about and dropped. */
function dropDuplicates(entries: RawEntry[], report: Reporter): RawEntry[] {
  const first = new Map<string, number>();
  return entries.filter((entry) => {
    const key = titleKey(entry.title.text);
    const line = first.get(key);
    if (line === undefined) {
      first.set(key, entry.title.line);
      return true;
    }
    report.warn(
      entry.title.line,
      entry.title.column,
      'duplicate-entry',
      `this paper is already listed at line ${line}; this entry is ignored`,
    );
    return false;
  });
}

function toPaper(entry: RawEntry, id: string, options: ParseOptions, report: Reporter): Paper {
  return {
    id,
    title: entry.title.text,
    abstract: entry.abstract,
    authorCount: entry.authorCount,
    organization: entry.organization,
    publishedOn: entry.date ? publishedOn(entry.date, options.date, report) : null,
    upvotes: entry.upvotes ?? 0,
    links: extractLinks(entry.abstract),
    tags: [],
    digests: [options.date],
    source: { file: options.file, line: entry.title.line },
  };
}

/** The calendar day of a date line, or null (with an error) when no such day exists. */
function publishedOn(token: DateToken, dumpDate: string, report: Reporter): string | null {
  const { date } = token;
  if (date.year === null && date.upvotes !== null && date.upvotes >= 1900 && date.upvotes <= 2100) {
    report.warn(
      token.line,
      token.column + token.text.lastIndexOf(' ') + 1,
      'ambiguous-date',
      `"${token.text}" reads as ${date.upvotes} upvotes; if ${date.upvotes} is the year, write ` +
        `"${token.text.replace(/ (\d+)$/, ', $1')}"`,
    );
  }
  const resolved = resolveDate(date, dumpDate);
  if ('problem' in resolved) {
    report.error(
      token.line,
      token.column + date.dayOffset,
      'invalid-date',
      `"${token.text}" is not a real day: ${resolved.problem}; copy the date again from the page`,
    );
    return null;
  }
  if (date.year !== null && resolved.date > dumpDate) {
    report.warn(
      token.line,
      token.column,
      'future-date',
      `published ${resolved.date}, after the dump's date ${dumpDate}: check the date or the file name`,
    );
  }
  return resolved.date;
}
