/**
 * The entry grammar over tokens. One entry per paper:
 *
 *     title
 *     (blank)
 *     abstract paragraph
 *     (blank)
 *     `  • N authors` | organisation (`Sony Sony`)
 *     `·`
 *     date [upvotes]
 *
 * The metadata block may be missing altogether (a warning). Extra blank lines, bullet variants and a
 * missing `·` are tolerated; an entry that stops halfway is an error.
 */
import { MAX_TITLE_LENGTH } from '../../schemas/paper.ts';
import type { Reporter } from './report.ts';
import type { DateToken, TextToken, Token } from './tokens.ts';

/** One entry as written, before dates are resolved and links found. */
export interface RawEntry {
  title: TextToken;
  /** Abstract paragraph lines joined with spaces; empty when the entry has none. */
  abstract: string;
  authorCount: number | null;
  organization: string | null;
  /** The date line; undefined when the metadata block is missing or broken. */
  date?: DateToken;
  /** Comments from the date line, or from a line of their own right below it; null when not shown. */
  comments: number | null;
  /** False when the entry has no metadata block at all. */
  hasMetadata: boolean;
}

/** Reads entries from `tokens[start]` to the end, reporting what does not fit. */
export function readEntries(tokens: readonly Token[], start: number, report: Reporter): RawEntry[] {
  const entries: RawEntry[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind !== 'text') {
      report.error(
        token.line,
        token.column,
        'stray-metadata',
        `"${token.text}" is a metadata line outside an entry: a paper title was expected here; ` +
          'check that the entry above is complete and has its title',
      );
      while (i < tokens.length && tokens[i]?.kind !== 'text') i++;
      continue;
    }
    if (token.text.length > MAX_TITLE_LENGTH) {
      report.error(
        token.line,
        token.column,
        'title-too-long',
        `a title was expected here, but this line is ${token.text.length} characters long ` +
          `(a title holds at most ${MAX_TITLE_LENGTH}): is the title line missing above this abstract?`,
      );
    }
    const entry: RawEntry = {
      title: token,
      abstract: '',
      authorCount: null,
      organization: null,
      comments: null,
      hasMetadata: false,
    };
    entries.push(entry);
    let [abstract, next] = readParagraph(tokens, i + 1);
    if (abstract === '' && next < tokens.length) {
      report.warn(token.line, token.column, 'missing-abstract', 'entry has no abstract');
    }
    // A paragraph too long to be the next title is more of this abstract. (Too long to be an
    // organisation either, so `readParagraph` always takes at least its first line.)
    while (abstract !== '' && isLongText(tokens[next])) {
      const more = tokens[next] as TextToken;
      report.warn(
        more.line,
        more.column,
        'abstract-paragraphs',
        'abstract has several paragraphs; they are joined into one',
      );
      const [paragraph, after] = readParagraph(tokens, next);
      abstract = `${abstract} ${paragraph}`;
      next = after;
    }
    entry.abstract = abstract;
    i = readMetadata(tokens, next, entry, report);
  }
  return entries;
}

/** Joins the text lines of one paragraph from `i`; stops at a blank line, metadata or an organisation line. */
function readParagraph(tokens: readonly Token[], i: number): [string, number] {
  const parts: string[] = [];
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind !== 'text' || (parts.length > 0 && token.blankBefore)) break;
    // Text right before the `·` is the organisation, unless it is the only candidate for the
    // abstract and not doubled the way the page prints organisations (`Sony Sony`).
    if (tokens[i + 1]?.kind === 'dot' && (parts.length > 0 || isDoubled(token.text))) break;
    parts.push(token.text);
    i++;
  }
  return [parts.join(' '), i];
}

function isLongText(token: Token | undefined): boolean {
  return token?.kind === 'text' && token.text.length > MAX_TITLE_LENGTH;
}

/** Longest organisation name we recognise without the `·` after it. */
const MAX_ORGANIZATION_LENGTH = 100;

/** An organisation line: text right before the `·` (or, short, right before the date). */
function isOrganization(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1]?.kind;
  return (
    token?.kind === 'text' &&
    (next === 'dot' || (next === 'date' && token.text.length <= MAX_ORGANIZATION_LENGTH))
  );
}

/** An organisation as the page prints it, name twice, and short. */
function isDoubled(text: string): boolean {
  return text.length <= MAX_ORGANIZATION_LENGTH && undouble(text) !== text;
}

/** `Sony Sony` → `Sony`, `Google DeepMind Google DeepMind` → `Google DeepMind`; anything else as is. */
export function undouble(text: string): string {
  const words = text.split(' ');
  const half = words.length / 2;
  if (Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ')) {
    return words.slice(0, half).join(' ');
  }
  const middle = text.length / 2;
  if (Number.isInteger(middle) && text.slice(0, middle) === text.slice(middle)) return text.slice(0, middle);
  return text;
}

/** Reads the metadata block at `i` into `entry`; returns the index after it. */
function readMetadata(tokens: readonly Token[], i: number, entry: RawEntry, report: Reporter): number {
  const first = tokens[i];
  let started = false;
  if (first?.kind === 'authors') {
    started = true;
    if (first.count === null) {
      // Reported when the line was read.
    } else if (first.count === 0) {
      report.warn(
        first.line,
        first.column,
        'no-authors',
        '"0 authors" is not an author count; it is left out',
      );
    } else {
      entry.authorCount = first.count;
    }
    i++;
  } else if (first !== undefined && isOrganization(tokens, i)) {
    started = true;
    entry.organization = undouble(first.text);
    if (entry.organization === first.text && /\s/.test(first.text)) {
      report.warn(
        first.line,
        first.column,
        'undoubled-organization',
        `"${first.text}" is taken as the organisation, but a plain copy prints an organisation's name twice ` +
          '("Sony Sony"): check that this line is the organisation and not part of the abstract',
      );
    }
    i++;
  }
  const dot = tokens[i];
  const sawDot = dot?.kind === 'dot';
  if (sawDot) {
    started = true;
    i++;
  }
  const date = tokens[i];
  if (date?.kind === 'date') {
    entry.date = date;
    entry.comments = date.date.comments;
    entry.hasMetadata = true;
    // The comment count on a line of its own, right below a date line without it.
    const next = tokens[i + 1];
    if (
      entry.comments === null &&
      next?.kind === 'text' &&
      !next.blankBefore &&
      /^\d{1,7}$/.test(next.text)
    ) {
      entry.comments = Number(next.text);
      return i + 2;
    }
    return i + 1;
  }
  if (!started) {
    reportMissingMetadata(entry, i >= tokens.length, report);
    return i;
  }
  entry.hasMetadata = true;
  const last = tokens[i - 1] as Token;
  if (sawDot && date?.kind === 'text' && !date.blankBefore) {
    report.error(
      date.line,
      date.column,
      'invalid-date',
      `"${date.text}" is not a date: after "·" the page shows a date such as "Jul 31" or ` +
        '"Apr 8, 2023", optionally followed by the comment count ("Feb 18 2")',
    );
    return i + 1;
  }
  if (date === undefined) {
    report.error(
      entry.title.line,
      entry.title.column,
      'truncated-entry',
      `the file ends in the middle of this entry: its metadata block stops at line ${last.line}, ` +
        'before the date line; copy the rest of the entry from the page',
    );
  } else {
    report.error(
      entry.title.line,
      entry.title.column,
      'incomplete-entry',
      `entry's metadata block has no date line after line ${last.line}; ` +
        'add the date as the page shows it (e.g. "Jul 31" or "Apr 8, 2023")',
    );
  }
  return i;
}

/** A sentence that ends, or a URL: an abstract that was not cut off. */
const COMPLETE_ABSTRACT = /(?:[.!?)\]"'”’»…$]|https?:\/\/\S+)$/u;

function reportMissingMetadata(entry: RawEntry, atEnd: boolean, report: Reporter): void {
  const { line, column } = entry.title;
  if (atEnd && entry.abstract === '') {
    report.error(
      line,
      column,
      'truncated-entry',
      'the file ends in the middle of this entry, right after its title; copy the rest of the entry from ' +
        'the page (or delete these lines if they are not a paper, e.g. the page footer)',
    );
  } else if (atEnd && !COMPLETE_ABSTRACT.test(entry.abstract)) {
    report.error(
      line,
      column,
      'truncated-entry',
      `the file ends in the middle of this entry's abstract ("…${entry.abstract.slice(-30)}"); ` +
        'copy the rest of the entry from the page (or delete these lines if they are not a paper)',
    );
  } else {
    report.warn(line, column, 'missing-metadata', 'entry has no metadata block: no date, no author count');
  }
}
