/**
 * The card grammar of today's papers page, shared by every layout that keeps its blocks in order
 * (a plain copy of today's page, text with links on their own lines, Markdown). A reader turns its
 * file into items, one per visible block with its link target; this module finds the cards in them.
 *
 * A card, as the page shows it:
 *
 *     [Submitted by NAME] [upvotes] TITLE [abstract | one-line summary]
 *     N authors | ORGANISATION   ·   [Published on] DATE   [comments] [Upvote N] [GitHub STARS] [arXiv Page]
 *
 * The `·` before the date anchors each card; what comes before it is read backwards (organisation or
 * author count, abstract, title), what comes after it up to the next card's head belongs to it.
 */
import { parseDateLine } from './dates.ts';
import { excerpt } from './diagnostics.ts';
import { emptyEntry, type Entry, type Position, type PublishedDate, type ReadResult } from './entry.ts';
import { arxivIdOf, paperIdInHref } from './paper-link.ts';
import { undouble } from './plain-entries.ts';
import type { Reporter } from './report.ts';
import { DOT } from './tokens.ts';

/** One visible block: a line of text, a paragraph, a heading, a link. */
export interface Item extends Position {
  text: string;
  /** Where the block links to, when the layout keeps link targets. */
  href?: string;
  /** A line right below another, no blank line between: text continues the text above it. */
  continues?: boolean;
}

type Classified =
  | { kind: 'skip' }
  | { kind: 'text' }
  | { kind: 'dot' }
  | { kind: 'authors'; count: number }
  | { kind: 'count'; value: number }
  | { kind: 'upvote'; value: number | null }
  | { kind: 'github'; stars: number | null }
  | { kind: 'submitted'; name: string | null }
  | { kind: 'date'; date: PublishedDate; organization: string | null; dotted: boolean };

/** Page chrome: navigation, tabs, the newsletter box, the heading; lowercase. */
export const CHROME: ReadonlySet<string> = new Set([
  'hugging face',
  'models',
  'datasets',
  'spaces',
  'buckets new',
  'docs',
  'enterprise',
  'pricing',
  'log in',
  'sign up',
  'new',
  'get trending papers in your email inbox once a day!',
  'get trending papers in your email inbox!',
  'subscribe',
  'daily papers',
  'trending papers',
  'daily papers - hugging face',
  'by',
  'ak',
  'and the research community',
  'by ak and the research community',
  'byak and the research community',
  'daily',
  'weekly',
  'monthly',
  'arxiv page',
  'previous',
  'next',
]);

/** An image's caption as extraction tools write it when the image has no text: `[图片：无替代文本]`, `[image: x]`. */
const AVATAR = /^\[(?:图片|image|img|picture|avatar)[:：][^\]]*\]\s*/i;
const COUNT = /^(?:\[-\]\s*)?(\d{1,3}(?:,\d{3})+|\d{1,7}|-)$/;
const AUTHORS = /^(?:[-•·∙◦▪‣●*–—]\s*)*(\d{1,6})\s+authors?$/i;
const UPVOTE = /^Upvote(?:\s+(\d{1,7}|-))?$/i;
const GITHUB = /^GitHub(?:\s+(\d+(?:\.\d+)?k?|-))?$/i;
export const SUBMITTED = /^Submitted by(?:\s+(.+))?$/i;
/** `Org · Published on Oct 4, 2026`, `· Oct 4, 2026`, `Published on Oct 4, 2026`. */
export const DATED = /^(?:(.*?)\s*[·•]\s*)?(?:Published on\s+)?(.+)$/i;
/** The upvote button: a login that returns to a paper's page (`login?next=%2Fpapers%2F2410.05434`). */
const UPVOTE_HREF = /^https?:\/\/(?:www\.)?huggingface\.co\/login\?next=(?:%2F|\/)papers(?:%2F|\/)[^&#\s]+/i;
/** A paper's discussion on the hub, which the comment count links. */
const COMMUNITY_HREF = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/[^/?#\s]+\/?#community$/;
/** An organisation's or user's page on the hub: one path segment that is not a section of the site. */
const HUB_HREF =
  /^https?:\/\/(?:www\.)?huggingface\.co\/(?!papers\b|login\b|models\b|datasets\b|spaces\b|docs\b|join\b)[\w.-]+\/?$/;
const GITHUB_HREF = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/?$/;
/** Two sentences: a full stop, question or exclamation mark followed by a capitalised word. */
const SENTENCE_BREAK = /[.!?]\s+["“(]?[A-Z]/;
/** The longest text the page shows as a one-line summary instead of an abstract. */
const MAX_SUMMARY_LENGTH = 350;
const MAX_ORGANIZATION_LENGTH = 100;

/** `3.29k` → 3290, `110k` → 110000, `131` → 131. */
export function parseStars(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text);
  if (m === null) return null;
  return Math.round(Number(m[1]) * (m[2] === '' ? 1 : 1000));
}

/** Classifies one item's text (already stripped of avatar captions and whitespace-collapsed). */
function classify(item: Item): Classified {
  const { text } = item;
  if (text === '' || AVATAR.test(text) || CHROME.has(text.toLowerCase())) return { kind: 'skip' };
  if (DOT.test(text)) return { kind: 'dot' };
  let m = AUTHORS.exec(text);
  if (m) return { kind: 'authors', count: Number(m[1]) };
  m = COUNT.exec(text);
  if (m) return { kind: 'count', value: m[1] === '-' ? 0 : Number((m[1] as string).replaceAll(',', '')) };
  m = UPVOTE.exec(text);
  if (m) return { kind: 'upvote', value: m[1] === undefined ? null : m[1] === '-' ? 0 : Number(m[1]) };
  m = GITHUB.exec(text);
  if (m) return { kind: 'github', stars: m[1] === undefined ? null : parseStars(m[1]) };
  m = SUBMITTED.exec(text);
  if (m) return { kind: 'submitted', name: m[1] ?? null };
  if (text.length <= 160) {
    const dated = DATED.exec(text);
    const rest = dated?.[2] ?? '';
    const line = parseDateLine(rest);
    if (dated && line !== null) {
      const prefix = dated[1];
      const offset = text.length - rest.length;
      return {
        kind: 'date',
        date: { line: item.line, column: item.column + offset, text: rest, date: line },
        organization: prefix ? prefix : null,
        dotted: prefix !== undefined,
      };
    }
  }
  return { kind: 'text' };
}

interface Cell {
  item: Item;
  c: Classified;
}

/** Options a reader sets for its layout. */
export interface CardOptions {
  /** Whether the layout keeps link targets: then titles are found by their link, not their place. */
  links: boolean;
}

/** Links of the page's pager to the day, week or month before or after: where the page's footer starts. */
const PAGER_HREF = /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/papers\/(?:date|week|month)\//;

/** The first block of the page's footer: its "Previous" or "Next" pager link, or "System theme". */
function isFooter(item: Item): boolean {
  const text = item.text.toLowerCase();
  if (text === 'system theme') return true;
  return (text === 'previous' || text === 'next') && (item.href === undefined || PAGER_HREF.test(item.href));
}

/** Finds the cards among a layout's items. */
export function readCards(items: readonly Item[], report: Reporter, options: CardOptions): ReadResult {
  const cells: Cell[] = [];
  for (const raw of items) {
    const item = { ...raw, text: cleanText(raw.text) };
    // Nothing after the pager is a card: the site's links, the theme switch, its sections.
    if (isFooter(item)) break;
    const cell = { item, c: classify(item) };
    const last = cells.at(-1);
    if (cell.c.kind === 'skip') continue;
    if (item.continues && cell.c.kind === 'text' && last?.c.kind === 'text')
      last.item.text += ` ${item.text}`;
    else cells.push(cell);
  }
  const anchors = cells.flatMap((_, i) => (isCardDate(cells, i) ? [i] : []));
  const showsComments = !cells.some((cell) => cell.c.kind === 'upvote');
  // In a plain copy, whether a count stands before each title: then a lone count after a date is the next card's upvotes.
  const showsUpvotes = cells.slice(0, anchors[0] ?? 0).some((cell) => cell.c.kind === 'count');
  const entries: Entry[] = [];
  let pageDate: PublishedDate | undefined;
  let start = 0;
  let previous: Entry | undefined;
  for (const anchor of anchors) {
    let i = start;
    if (previous !== undefined) i = readTail(cells, i, anchor, previous, options, showsUpvotes);
    const head = cells.slice(i, anchor);
    if (previous === undefined) pageDate = findPageDate(head);
    const entry = readHead(head, cells[anchor] as Cell, options, report, previous === undefined);
    if (entry !== null) {
      if (showsComments) entry.comments = 0;
      entries.push(entry);
      previous = entry;
    }
    start = anchor + 1;
  }
  if (previous !== undefined) {
    // After the last card a lone count is its comment count, unless a cut card's text follows: then it is
    // that card's upvotes.
    const cutShort = cells.slice(start).some((cell) => cell.c.kind === 'text');
    const end = readTail(cells, start, cells.length, previous, options, showsUpvotes && cutShort);
    reportCutCard(cells.slice(end), options, report);
  }
  return pageDate === undefined ? { entries } : { entries, pageDate };
}

/**
 * What follows the last card: in the layouts that keep links, the page shows nothing after it but counts and
 * links, so any text there is a card cut short (the copy stopped before its date), an error. Where titles are
 * known only by their place, a cut card cannot be told from a footer the page may add: a warning.
 */
function reportCutCard(rest: readonly Cell[], options: CardOptions, report: Reporter): void {
  // A count linking to the login for a paper is the upvote button that starts the next card.
  const upvotes = options.links
    ? rest.find((cell) => cell.c.kind === 'count' && UPVOTE_HREF.test(cell.item.href ?? ''))
    : undefined;
  const cut = rest.find((cell) => cell.c.kind === 'text');
  if (cut === undefined && upvotes !== undefined) {
    report.error(
      upvotes.item.line,
      upvotes.item.column,
      'truncated-entry',
      `the file ends inside a card: the upvote count "${upvotes.item.text}" starts one, but no title, ` +
        '"·" and date follow, so the copy stopped short; save or copy the whole page again ' +
        '(or delete these lines)',
    );
    return;
  }
  if (cut === undefined) return;
  if (!options.links) {
    report.warn(
      cut.item.line,
      cut.item.column,
      'unknown-text',
      `"${excerpt(cut.item.text)}" after the last card is not part of a card we know, and it is ignored; ` +
        'if the copy stopped inside a card here, copy the whole page again',
    );
    return;
  }
  report.error(
    cut.item.line,
    cut.item.column,
    'truncated-entry',
    `the file ends inside a card: "${excerpt(cut.item.text)}" has no "·" and date after it, so the copy ` +
      'stopped short; save or copy the whole page again (or delete these lines if they are not a paper)',
  );
}

/**
 * Avatar captions dropped, Markdown's wrapped-line backslashes dropped, whitespace collapsed, and
 * the `[` (and list bullet) left of a link whose text was cut by a blank line.
 */
function cleanText(text: string): string {
  return text
    .replace(new RegExp(AVATAR.source, 'gi'), '')
    .replace(/\\(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\[(?:-(?:\s|$))?(?=[^\]]*$)\s*/, '');
}

/** A date that ends a card's meta line: after a `·`, on its own line or on the same one. */
function isCardDate(cells: readonly Cell[], i: number): boolean {
  const c = (cells[i] as Cell).c;
  return c.kind === 'date' && (c.dotted || cells[i - 1]?.c.kind === 'dot');
}

/** The page's own date: a bare date line in the chrome above the first card. */
function findPageDate(head: readonly Cell[]): PublishedDate | undefined {
  for (const cell of head) if (cell.c.kind === 'date' && !cell.c.dotted) return cell.c.date;
  return undefined;
}

/** What can stand between a card's date and the next card's text. */
const TAIL: ReadonlySet<Classified['kind']> = new Set(['count', 'upvote', 'github']);

/**
 * Reads what follows a card's date into it: the comment count, `Upvote N`, `GitHub N`; returns
 * where the next card's head starts.
 */
function readTail(
  cells: readonly Cell[],
  i: number,
  end: number,
  entry: Entry,
  options: CardOptions,
  showsUpvotes: boolean,
): number {
  // The counts up to the next card's text, past this card's `GitHub N`: two of them are this card's comments
  // and the next card's upvotes; one alone is the next card's upvotes.
  let countsBeforeTitle = 0;
  for (let k = i; k < end && TAIL.has((cells[k] as Cell).c.kind); k++)
    if ((cells[k] as Cell).c.kind === 'count') countsBeforeTitle++;
  let first = true;
  while (i < end) {
    const { item, c } = cells[i] as Cell;
    if (c.kind === 'count') {
      const isComments = options.links
        ? item.href !== undefined && COMMUNITY_HREF.test(item.href)
        : first && (countsBeforeTitle >= 2 || !showsUpvotes);
      if (!isComments) break;
      entry.comments = c.value;
    } else if (c.kind === 'upvote') {
      const next = cells[i + 1]?.c;
      if (c.value === null && next?.kind === 'count') {
        entry.upvotes = next.value;
        i++;
      } else {
        entry.upvotes = c.value;
      }
    } else if (c.kind === 'github') {
      entry.githubStars = c.stars;
      if (item.href !== undefined && GITHUB_HREF.test(item.href))
        entry.githubRepo = item.href.replace(/\/$/, '');
    } else {
      break;
    }
    first = false;
    i++;
  }
  return i;
}

/** Reads one card from the blocks before its date; null when no title can be found. */
function readHead(
  head: readonly Cell[],
  dated: Cell,
  options: CardOptions,
  report: Reporter,
  first: boolean,
): Entry | null {
  const date = dated.c as Extract<Classified, { kind: 'date' }>;
  let end = head.length;
  if (head[end - 1]?.c.kind === 'dot') end--;
  // `4 authors · Published on Oct 3, 2026`: the count on the date's line.
  const counted = date.organization === null ? null : AUTHORS.exec(date.organization);
  let authorCount: number | null = counted ? Number(counted[1]) : null;
  let organization = date.organization === null || counted ? null : undouble(date.organization);
  const last = head[end - 1];
  if (last?.c.kind === 'authors') {
    authorCount = last.c.count;
    end--;
  } else if (organization === null && last !== undefined && isOrganization(head, end - 1, options)) {
    organization = undouble(last.item.text);
    end--;
  }
  const texts: Cell[] = [];
  let upvotes: number | null = null;
  let submittedBy: string | null = null;
  for (let k = 0; k < end; k++) {
    const { c } = head[k] as Cell;
    if (c.kind === 'text') texts.push(head[k] as Cell);
    else if (c.kind === 'count') upvotes = c.value;
    else if (c.kind === 'upvote' && c.value !== null) upvotes = c.value;
    else if (c.kind === 'submitted') {
      const name = c.name ?? nextText(head, k + 1, end);
      submittedBy = name;
      if (c.name === null && name !== null) k = head.findIndex((cell, j) => j > k && cell.c.kind === 'text');
    }
  }
  let titleAt = options.links ? texts.findIndex((cell) => paperId(cell.item.href) !== null) : -1;
  if (titleAt < 0) titleAt = Math.max(0, texts.length - 2);
  const title = texts[titleAt];
  if (title === undefined || !isTitle(title.item.text)) {
    const at = title?.item ?? dated.item;
    report.error(
      at.line,
      at.column,
      'no-title',
      `the card dated "${date.date.text}" has no title${title ? ` ("${title.item.text.slice(0, 40)}" cannot be one)` : ''}: ` +
        'a card shows its title, then its abstract, then the authors, "·" and the date; copy the card again from the page',
    );
    return null;
  }
  if (!first && titleAt > 0) {
    const stray = texts[0] as Cell;
    report.warn(
      stray.item.line,
      stray.item.column,
      'unknown-text',
      `"${stray.item.text.slice(0, 60)}" is not part of a card we know; it is ignored`,
    );
  }
  const id = paperId(title.item.href);
  const next = options.links
    ? texts.slice(titleAt + 1).find((cell) => ![null, id].includes(paperId(cell.item.href)))
    : undefined;
  if (next !== undefined) {
    report.error(
      title.item.line,
      title.item.column,
      'incomplete-entry',
      `the card "${excerpt(title.item.text)}" has no "·" and date before the next card, ` +
        `"${excerpt(next.item.text)}" (line ${next.item.line}), starts: copy the card again from the page`,
    );
    return null;
  }
  const entry = emptyEntry({ text: title.item.text, line: title.item.line, column: title.item.column });
  const abstract = texts
    .slice(titleAt + 1)
    .map((cell) => cell.item.text)
    .join(' ');
  entry.abstract = abstract;
  entry.abstractKind = isSummary(abstract) ? 'summary' : 'abstract';
  entry.arxivId =
    paperId(title.item.href) ??
    texts
      .slice(titleAt + 1)
      .map((cell) => paperId(cell.item.href))
      .find(Boolean) ??
    null;
  entry.authorCount = authorCount === 0 ? null : authorCount;
  entry.organization = organization;
  entry.published = date.date;
  entry.upvotes = upvotes;
  entry.submittedBy = submittedBy;
  if (date.date.date.comments !== null) entry.comments = date.date.date.comments;
  return entry;
}

/** The text after `Submitted by` when the name is on a line of its own. */
function nextText(head: readonly Cell[], from: number, end: number): string | null {
  for (let k = from; k < end; k++)
    if ((head[k] as Cell).c.kind === 'text') return (head[k] as Cell).item.text;
  return null;
}

/** The block right before the `·`: an organisation, when it links a hub page or reads like a name. */
function isOrganization(head: readonly Cell[], i: number, options: CardOptions): boolean {
  const cell = head[i];
  if (cell?.c.kind !== 'text') return false;
  const { href, text } = cell.item;
  if (href !== undefined) return HUB_HREF.test(href);
  if (options.links) return false;
  const texts = head.slice(0, i).filter((other) => other.c.kind === 'text').length;
  return text.length <= MAX_ORGANIZATION_LENGTH && texts >= 2;
}

/** The arXiv id in a link to a paper's page on the hub (not to its discussion), or null. */
function paperId(href: string | undefined): string | null {
  return href === undefined || COMMUNITY_HREF.test(href) ? null : arxivIdOf(paperIdInHref(href));
}

/** What can never be a title: a URL, a bare number, page chrome, an avatar caption. */
function isTitle(text: string): boolean {
  return (
    text.length > 0 &&
    !/^(?:https?:\/\/|www\.)\S*$/i.test(text) &&
    !/^[\d\s.,:+\-[\]()]*$/.test(text) &&
    !CHROME.has(text.toLowerCase()) &&
    !AVATAR.test(text)
  );
}

/** A one-sentence text, short: the page's one-line summary rather than an abstract. */
function isSummary(text: string): boolean {
  return text !== '' && text.length <= MAX_SUMMARY_LENGTH && !SENTENCE_BREAK.test(text);
}
