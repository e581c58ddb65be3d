/**
 * Feed items for the site, tag and digest feeds (RSS 2.0 through `@astrojs/rss`).
 * Pure: records and the site's absolute root in, plain objects out.
 */
import type { Paper } from '../../schemas/paper.ts';
import { arxivPages } from './external-links.ts';
import { SUMMARY_LABEL } from './paper-facts.ts';
import { plainTitle } from '../render/html.ts';
import { teaser } from './teaser.ts';

/** How many papers the site and tag feeds hold. */
export const FEED_SIZE = 50;

/** One feed entry, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  /** Plain text (RSS titles are text). */
  title: string;
  /** Absolute URL of the paper page, site and base path included. */
  link: string;
  pubDate: Date;
  /**
   * The abstract as HTML text: RSS readers render `description` as HTML, so the abstract's own `<`, `>`
   * and `&` are written as entities first (`<script>` in an abstract shows as text, never runs). A summary
   * is marked as such; a known arXiv id adds a paragraph linking the arXiv abstract and PDF.
   */
  description: string;
  categories: string[];
}

/** Characters XML 1.0 forbids even escaped (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to put in XML once escaped: forbidden characters dropped. */
export function xmlText(text: string): string {
  return text.replace(XML_INVALID, '');
}

/**
 * When the paper counts as published for a feed: the day it came into the digest, which readers sort a
 * feed by (a paper of 2024 first shown today is news today): the given digest's day, else the first
 * digest it appeared in, else its publication day. Midnight UTC.
 */
export function itemDate(paper: Pick<Paper, 'publishedOn' | 'digests'>, digest?: string): Date {
  const day = digest ?? paper.digests[0] ?? paper.publishedOn ?? '1970-01-01';
  return new Date(`${day}T00:00:00Z`);
}

/**
 * One paper as a feed item. `pageUrl` is the absolute URL of its page; `digest`, in a digest's feed, dates
 * the item by that digest (`itemDate`); `summary`, a length, cuts the abstract to its opening (`teaser`).
 */
export function feedItem(paper: Paper, pageUrl: string, digest?: string, summary?: number): FeedItem {
  const text = summary === undefined ? paper.abstract : teaser(paper.abstract, summary);
  const label = paper.abstractKind === 'summary' ? `<p><em>${escapeHtml(SUMMARY_LABEL)}.</em></p>` : '';
  const pages = arxivPages(paper.arxivId);
  // The item's <link> (and so its guid) stays the site's page, which readers already key items by; the
  // arXiv pages go in the content, where readers show them as ordinary links.
  const arxiv = pages
    ? `<p><a href="${escapeHtml(pages.abs)}">arXiv:${escapeHtml(xmlText(paper.arxivId ?? ''))}</a> · <a href="${escapeHtml(pages.pdf)}">PDF</a></p>`
    : '';
  const body = escapeHtml(xmlText(text));
  return {
    title: xmlText(plainTitle(paper.title)),
    link: pageUrl,
    pubDate: itemDate(paper, digest),
    description: label || arxiv ? `${label}<p>${body}</p>${arxiv}` : body,
    categories: paper.tags,
  };
}

/**
 * Channel options for `@astrojs/rss`: title, description, the page the feed belongs to, and an
 * `atom:link rel="self"` (feed validators ask for it). `date`, when given, becomes `lastBuildDate`.
 */
export function feedChannel(options: {
  title: string;
  description: string;
  page: string;
  self: string;
  date?: string;
}): { title: string; description: string; site: string; xmlns: Record<string, string>; customData: string } {
  const lastBuild = options.date
    ? `<lastBuildDate>${new Date(`${options.date}T00:00:00Z`).toUTCString()}</lastBuildDate>`
    : '';
  return {
    title: xmlText(options.title),
    description: xmlText(options.description),
    site: options.page,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language>${lastBuild}<atom:link href="${escapeHtml(options.self)}" rel="self" type="application/rss+xml"/>`,
  };
}

/** `&`, `<`, `>`, `"` and `'` as numeric character references: text safe in HTML text and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
