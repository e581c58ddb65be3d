/**
 * The one shape every layout's reader produces: a paper as the page showed it, with the position of
 * its title. Merging, tagging, validation and diagnostics only ever see this.
 */
import type { DumpFormat } from '../../schemas/paper.ts';
import type { DateLine } from './dates.ts';
import type { Reporter } from './report.ts';

/** A 1-based place in the file the maintainer saved. */
export interface Position {
  line: number;
  column: number;
}

/** A publication date as the page printed it (`Oct 4, 2026`, `Jul 31`), before it is resolved. */
export interface PublishedDate extends Position {
  /** The text the date was read from, for messages. */
  text: string;
  date: Pick<DateLine, 'month' | 'day' | 'year'> & {
    /** 0-based offset of the day number in `text`: where a calendar error points. */
    dayOffset: number;
    /** A count printed right after the date (`Feb 18 2`): the comment count; null when none. */
    comments: number | null;
  };
}

export interface Entry {
  title: Position & { text: string };
  /** The abstract, or the one-line summary a trending card shows instead; empty when absent. */
  abstract: string;
  abstractKind: 'abstract' | 'summary';
  arxivId: string | null;
  authorCount: number | null;
  authors: string[];
  organization: string | null;
  /** Undefined when the entry shows no date. */
  published?: PublishedDate;
  /** Null when the layout does not show the count; `-` on the page is 0. */
  upvotes: number | null;
  comments: number | null;
  submittedBy: string | null;
  githubRepo: string | null;
  githubStars: number | null;
}

/** What a reader found: the entries, in the page's order, and the page's own date when it shows one. */
export interface ReadResult {
  entries: Entry[];
  pageDate?: PublishedDate;
}

/** A layout's reader: the whole text in; problems go to the reporter, never thrown. */
export type Reader = (text: string, report: Reporter) => ReadResult;

/** A layout: its name (each record's `source.format`) and its reader. */
export interface Layout {
  format: DumpFormat;
  read: Reader;
}

/** An entry with nothing known but its title, for readers to fill in. */
export function emptyEntry(title: Entry['title']): Entry {
  return {
    title,
    abstract: '',
    abstractKind: 'abstract',
    arxivId: null,
    authorCount: null,
    authors: [],
    organization: null,
    upvotes: null,
    comments: null,
    submittedBy: null,
    githubRepo: null,
    githubStars: null,
  };
}
