/**
 * The data others can reuse: the records as JSON (the schema's shape, unchanged), as one CSV table without
 * the abstracts, and each digest's papers.
 * Pure: takes records, returns text.
 */
import type { Paper } from '../../schemas/paper.ts';
import { toCsv } from './csv.ts';

/**
 * CSV columns, in order. Every field but the abstract, which is most of a record's size and is in
 * `papers.json`. Lists are joined with a space (URLs, tags and dates hold none), author names with `; `.
 * An unknown value (null) is an empty cell, never 0.
 */
export const PAPER_CSV_COLUMNS = [
  'id',
  'title',
  'authorCount',
  'organization',
  'publishedOn',
  'upvotes',
  'tags',
  'digests',
  'codeLinks',
  'modelLinks',
  'projectLinks',
  'sourceFile',
  'sourceLine',
  'arxivId',
  'comments',
  'authors',
  'submittedBy',
  'githubRepo',
  'githubStars',
  'abstractKind',
  'sourceFormat',
] as const;

const urlsOf = (paper: Paper, kind: Paper['links'][number]['kind']): string =>
  paper.links
    .filter((link) => link.kind === kind)
    .map((link) => link.url)
    .join(' ');

/** Every record as one CSV row (RFC 4180, every field quoted), with a header row. */
export function papersToCsv(papers: readonly Paper[]): string {
  return toCsv(
    PAPER_CSV_COLUMNS,
    papers.map((p) => [
      p.id,
      p.title,
      p.authorCount,
      p.organization,
      p.publishedOn,
      p.upvotes,
      p.tags.join(' '),
      p.digests.join(' '),
      urlsOf(p, 'code'),
      urlsOf(p, 'model'),
      urlsOf(p, 'project'),
      p.source.file,
      p.source.line,
      p.arxivId,
      p.comments,
      p.authors.join('; '),
      p.submittedBy,
      p.githubRepo,
      p.githubStars,
      p.abstractKind,
      p.source.format,
    ]),
  );
}

/** Records as compact JSON: the same shape as `content/papers.json`. */
export function papersToJson(papers: readonly Paper[]): string {
  return JSON.stringify(papers);
}

/** One paper as a digest's export lists it; the rest of its record is in `papers.json`, joined by `id`. */
export type DigestPaper = Pick<Paper, 'id' | 'arxivId' | 'title' | 'upvotes' | 'comments'>;

/** One digest's export: its date, how many papers it holds and, for each, the fields that change by day. */
export function digestToJson(date: string, papers: readonly Paper[]): string {
  const listed = papers.map((paper): DigestPaper => ({
    id: paper.id,
    arxivId: paper.arxivId,
    title: paper.title,
    upvotes: paper.upvotes,
    comments: paper.comments,
  }));
  return JSON.stringify({ date, count: papers.length, papers: listed });
}
