/**
 * The dump parser's entry point: the text of one dump in, paper records and diagnostics out.
 * Pure: no file system, no clock; the dump's date comes from the caller.
 */
import { excerpt, type Diagnostic } from './diagnostics.ts';
import { MAX_ABSTRACT_LENGTH, MAX_TITLE_LENGTH, type Paper } from '../../schemas/paper.ts';
import { isIsoDate, resolveDate } from './dates.ts';
import { withoutNotText } from './not-text.ts';
import { detectBadEncoding, detectLongLines, detectUnreadable, positionAt } from './detect.ts';
import type { Entry, Layout, PublishedDate } from './entry.ts';
import { detectLayout, LAYOUTS } from './layout.ts';
import { extractLinks } from './links.ts';
import { createReporter, type Reporter } from './report.ts';
import { assignIds } from './slug.ts';
import { samePaper } from './title-key.ts';

export interface ParseOptions {
  /** Project-relative path of the dump: named in diagnostics and in each record's `source`. */
  file: string;
  /** The dump's date, `YYYY-MM-DD`: the day the page was copied. */
  date: string;
  /** Text offset of the first byte that was not UTF-8, when the file was read as Windows-1252. */
  windows1252At?: number;
}

export interface ParsedDump {
  /** One record per paper, in the dump's order; `tags` empty, `digests` the dump's date. */
  papers: Paper[];
  diagnostics: Diagnostic[];
  /** The page's own date from its chrome (`Dec 10`), resolved against the dump's date. */
  pageDate?: string;
}

/** Parses one dump, in whichever layout it was saved. Problems come back as diagnostics; it never throws on bad input. */
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
  if (options.windows1252At !== undefined) {
    const at = positionAt(text, options.windows1252At);
    report.warn(
      at.line,
      at.column,
      'encoding',
      'some bytes are not UTF-8 (the first is here); each was read as a Windows-1252 character: ' +
        'check the accented letters, or re-save the file as UTF-8',
    );
  }
  const encoding = detectBadEncoding(text);
  if (encoding !== null) report.warn(encoding.line, encoding.column, encoding.rule, encoding.message);

  const layout = detectLayout(text, report);
  if (layout === null) return { papers: [], diagnostics: report.diagnostics };
  // A saved page keeps whole scripts and attributes on one line; a text layout never holds a line this long.
  if (layout !== LAYOUTS.html) {
    const long = detectLongLines(text);
    for (const finding of long) report.error(finding.line, finding.column, finding.rule, finding.message);
    if (long.length > 0) return { papers: [], diagnostics: report.diagnostics };
  }
  const read = layout.read(text, report);
  const pageDate = read.pageDate && checkPageDate(read.pageDate, date, file, report);
  const entries = dropRepeats(
    read.entries.map((entry) => withoutNotText(entry, report)),
    report,
  );
  for (const entry of entries) checkLengths(entry, report);
  if (entries.length === 0 && !report.diagnostics.some((d) => d.severity === 'error')) {
    report.error(read.pageDate?.line ?? 1, 1, 'no-entries', `no papers found: ${CARDS[layout.format]}`);
  }
  const ids = assignIds(entries.map((entry) => entry.title.text));
  const papers = entries.map((entry, index) => toPaper(entry, ids[index] as string, layout, options, report));
  return pageDate === undefined
    ? { papers, diagnostics: report.diagnostics }
    : { papers, diagnostics: report.diagnostics, pageDate };
}

/**
 * An error for a title or an abstract longer than any on the page: more than the entry's text was read into
 * it (the reader of the seed's layout says so of its titles where it reads them, in words of its own).
 */
function checkLengths(entry: Entry, report: Reporter): void {
  const { title, abstract } = entry;
  const named = `"${excerpt(title.text)}"`;
  const reported = () => report.diagnostics.some((d) => d.rule === 'title-too-long' && d.line === title.line);
  if (title.text.length > MAX_TITLE_LENGTH && !reported()) {
    report.error(
      title.line,
      title.column,
      'title-too-long',
      `the title ${named} is ${title.text.length.toLocaleString('en-US')} characters long ` +
        `(a title holds at most ${MAX_TITLE_LENGTH}): check that the entry's title is only its title`,
    );
  }
  if (abstract.length > MAX_ABSTRACT_LENGTH) {
    report.error(
      title.line,
      title.column,
      'abstract-too-long',
      `the abstract of ${named} is ${abstract.length.toLocaleString('en-US')} characters long ` +
        `(an abstract holds at most ${MAX_ABSTRACT_LENGTH.toLocaleString('en-US')}): ` +
        'check that no other text was read into it',
    );
  }
}

/** What a dump of each layout holds, for the error of one without any paper. */
const CARDS: Record<Layout['format'], string> = {
  plain:
    'a dump holds entries of a title, a blank line, the abstract, a blank line and the authors, "·" and ' +
    'date lines; is this the text of the Daily Papers page?',
  'text-links':
    'in text with links, each card is a title, the paper\'s link, the abstract, the authors, "·" and the ' +
    'date; is this the whole Daily Papers page?',
  markdown:
    'in Markdown, each card is a heading linking the paper ("### [Title](https://huggingface.co/papers/…)"), ' +
    'the abstract, the authors, "·" and the date; is this the whole Daily Papers page?',
  html: 'this saved page holds no paper card; save the Daily Papers page again once its papers show',
};

/** Resolves the page date and warns when it is not the dump's date. */
function checkPageDate(
  token: PublishedDate,
  dumpDate: string,
  file: string,
  report: Reporter,
): string | undefined {
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
      `the page's date "${token.text}" (${resolved.date}) is not the dump's date ${dumpDate}, which its ` +
        `digest takes: if you saved another day's page, name the file after that day ` +
        `(${resolved.date}${/\.[^./\\]+$/.exec(file)?.[0] ?? '.txt'})`,
    );
  }
  return resolved.date;
}

/**
 * One entry per paper. A card the page shows twice (trending pages print each card for desktop and
 * for mobile) is one paper, its gaps filled from the repeat; a repeat that says something else is
 * warned about and dropped.
 */
function dropRepeats(entries: readonly Entry[], report: Reporter): Entry[] {
  const papers = samePaper<Entry>((entry) => entry.title.text);
  const kept: Entry[] = [];
  for (const entry of entries) {
    const seen = papers.find(entry);
    if (seen === undefined) {
      const copy = { ...entry };
      papers.add(copy);
      kept.push(copy);
    } else if (fillFrom(seen, entry)) {
      papers.add(seen);
    } else {
      report.warn(
        entry.title.line,
        entry.title.column,
        'duplicate-entry',
        `this paper is already listed at line ${seen.title.line}; this entry is ignored`,
      );
    }
  }
  return kept;
}

/** Fields a repeated card may fill in. */
const FILLABLE = [
  'arxivId',
  'authorCount',
  'organization',
  'upvotes',
  'comments',
  'submittedBy',
  'githubRepo',
  'githubStars',
] as const;

/**
 * Fills `seen`'s unknown fields from a repeat of the same card; returns false, changing nothing,
 * when the repeat contradicts it.
 */
function fillFrom(seen: Entry, repeat: Entry): boolean {
  const same = (a: unknown, b: unknown): boolean => a === null || b === null || a === b;
  const dates = (a?: PublishedDate, b?: PublishedDate): boolean =>
    a === undefined ||
    b === undefined ||
    (a.date.month === b.date.month && a.date.day === b.date.day && same(a.date.year, b.date.year));
  const agrees =
    seen.title.text === repeat.title.text &&
    seen.abstract === repeat.abstract &&
    FILLABLE.every((field) => same(seen[field], repeat[field])) &&
    dates(seen.published, repeat.published);
  if (!agrees) return false;
  const record = seen as unknown as Record<string, unknown>;
  for (const field of FILLABLE) if (seen[field] === null) record[field] = repeat[field];
  if (seen.authors.length === 0) seen.authors = repeat.authors;
  if (seen.published === undefined && repeat.published !== undefined) seen.published = repeat.published;
  return true;
}

function toPaper(entry: Entry, id: string, layout: Layout, options: ParseOptions, report: Reporter): Paper {
  return {
    id,
    title: entry.title.text,
    abstract: entry.abstract,
    abstractKind: entry.abstractKind,
    arxivId: entry.arxivId,
    authorCount: entry.authorCount,
    authors: entry.authors,
    organization: entry.organization,
    publishedOn: entry.published ? publishedOn(entry.published, options.date, report) : null,
    upvotes: entry.upvotes,
    comments: entry.comments,
    submittedBy: entry.submittedBy,
    githubRepo: entry.githubRepo,
    githubStars: entry.githubStars,
    links: extractLinks(entry.abstract),
    tags: [],
    digests: [options.date],
    source: { file: options.file, line: entry.title.line, format: layout.format },
  };
}

/** No paper on the page predates this: an earlier date is a typo or junk. */
const EARLIEST_DATE = '1990-01-01';

/** The calendar day of a date line, or null (with an error) when no such day exists. */
function publishedOn(token: PublishedDate, dumpDate: string, report: Reporter): string | null {
  const { date } = token;
  if (date.year === null && date.comments !== null && date.comments >= 1900 && date.comments <= 2100) {
    report.warn(
      token.line,
      token.column + token.text.lastIndexOf(' ') + 1,
      'ambiguous-date',
      `"${token.text}" reads as ${date.comments} comments; if ${date.comments} is the year, write ` +
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
  if (resolved.date < EARLIEST_DATE) {
    report.error(
      token.line,
      token.column,
      'implausible-date',
      `published ${resolved.date}, before ${EARLIEST_DATE.slice(0, 4)} (arXiv opened in 1991): check the year`,
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
