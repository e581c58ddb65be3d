/**
 * The reader of the papers page saved as HTML ("Save Page As", web page complete or HTML only).
 *
 * The page carries its data twice: as JSON in the `data-props` attribute of the element with
 * `data-target="DailyPapers"` (what the page's script hydrates from), and as the cards its server
 * rendered. The JSON is read first: it has every field, exactly (authors by name, the abstract, the
 * repository). When it is missing or unusable, the cards in the markup are read instead: each
 * `article` with an `h3` linking to `/papers/ID`. Everything taken from the page is text: JSON
 * strings as they are (whitespace collapsed), markup through its text content; no HTML is kept.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { z } from 'zod';
import { parseDateLine } from './dates.ts';
import { emptyEntry, type Entry, type Position, type PublishedDate, type ReadResult } from './entry.ts';
import { DATED, parseStars, SUBMITTED } from './cards.ts';
import { plural } from './summary.ts';
import { collapseWhitespace, splitLines } from './normalize.ts';
import { arxivIdOf, paperIdInHref } from './paper-link.ts';
import type { Reporter } from './report.ts';
import { titleKey } from './title-key.ts';
import { DOT } from './tokens.ts';

const parser = unified().use(rehypeParse);

/** The element the daily page hydrates from; other list pages name theirs `…Papers` too. */
const DATA_SELECTOR = '[data-target="DailyPapers"][data-props]';
const OTHER_DATA_SELECTOR = '[data-target$="Papers"][data-props]';
const CARD_SELECTOR = 'article';

const SAVE_HINT =
  'is it the Hugging Face papers page saved with "Save Page As" (Web page, complete or HTML only)?';
const SAVE_AGAIN = 'save the papers page again with "Save Page As" (Web page, complete or HTML only)';
/** A page's closing tags, looked for in its last characters: only comments or blank lines follow them. */
const CLOSED = /<\/(?:body|html)\s*>/i;
const TAIL_LENGTH = 4096;

// ---------------------------------------------------------------------------------------------
// The JSON in `data-props`: only the fields read are checked; everything else passes through. A field of
// the wrong type is dropped (`readLeniently`) and reported, never read as something it is not; null is
// absent.

const text = z.string();
const count = z.number().int().nonnegative();

const UserSchema = z.looseObject({ name: text.nullish(), fullname: text.nullish() });

const PaperJsonSchema = z.looseObject({
  id: text.nullish(),
  title: text.nullish(),
  authors: z.array(z.looseObject({ name: text.nullish() })).nullish(),
  upvotes: count.nullish(),
  publishedAt: text.nullish(),
  summary: text.nullish(),
  ai_summary: text.nullish(),
  githubRepo: text.nullish(),
  githubStars: count.nullish(),
  organization: UserSchema.nullish(),
  submittedOnDailyBy: UserSchema.nullish(),
});

/** A `dailyPapers[]` entry: the paper, and what Daily Papers adds to it. */
const DailyEntrySchema = z.looseObject({
  paper: PaperJsonSchema,
  title: text.nullish(),
  publishedAt: text.nullish(),
  numComments: count.nullish(),
  submittedBy: UserSchema.nullish(),
  organization: UserSchema.nullish(),
});

const PropsSchema = z.looseObject({
  dailyPapers: z.array(z.unknown()).optional(),
  papers: z.array(z.unknown()).optional(),
});

type PaperJson = z.infer<typeof PaperJsonSchema>;
type DailyEntryJson = z.infer<typeof DailyEntrySchema>;

export function readHtml(input: string, report: Reporter): ReadResult {
  // A saved page always ends with its </body></html>; without them the file was cut, perhaps inside a title.
  if (!CLOSED.test(input.slice(-TAIL_LENGTH))) {
    const lines = splitLines(input.trimEnd());
    report.error(
      lines.length,
      (lines.at(-1) ?? '').length + 1,
      'truncated-entry',
      `the saved page stops before its end (</body></html>), so the file was cut short: ${SAVE_AGAIN}`,
    );
    return { entries: [] };
  }
  const tree = parser.parse(input);
  const titles = cardTitles(tree);
  const data = select(DATA_SELECTOR, tree) ?? select(OTHER_DATA_SELECTOR, tree);
  let problem: string | null = null;
  if (data !== undefined) {
    const read = readDataProps(data, titles, report);
    if ('entries' in read) return read;
    problem = read.problem;
  }
  const cards = readCardsFromMarkup(tree);
  if (cards.length > 0) {
    if (problem !== null) {
      const at = positionOf(data) ?? { line: 1, column: 1 };
      report.warn(
        at.line,
        at.column,
        'html-data',
        `${problem}; the paper cards in the markup were read instead`,
      );
    }
    reportGaps(cards, 'markup', report);
    return { entries: cards };
  }
  report.error(
    1,
    1,
    'unknown-layout',
    problem === null
      ? 'this HTML page has no element with data-target="DailyPapers" and no paper cards ' +
          `(article with an h3 link to /papers/…): ${SAVE_HINT}`
      : `${problem}, and the page has no paper cards (article with an h3 link to /papers/…): ${SAVE_HINT}`,
  );
  return { entries: [] };
}

/**
 * Entries without their abstract or date: one warning for each, at the first such entry, saying how many.
 * Cards read from the markup lack what the page's data would have held (without it, every card lacks them).
 */
function reportGaps(entries: readonly Entry[], from: 'markup' | 'data', report: Reporter): void {
  const gaps = [
    { rule: 'missing-abstract', what: 'abstract', lacking: entries.filter((entry) => entry.abstract === '') },
    {
      rule: 'missing-metadata',
      what: 'date',
      lacking: entries.filter((entry) => entry.published === undefined),
    },
  ];
  const noun = from === 'markup' ? 'card' : 'paper';
  for (const { rule, what, lacking } of gaps) {
    const first = lacking[0];
    if (first === undefined) continue;
    const others =
      lacking.length > 1 ? ` (and ${lacking.length - 1} more of the ${entries.length} ${noun}s)` : '';
    const named = `the ${noun} "${first.title.text.slice(0, 60)}"${others}`;
    report.warn(
      first.title.line,
      first.title.column,
      rule,
      from === 'markup'
        ? `${named} shows no ${what} in the page's markup, and the page's data, which has it, could not be ` +
            `read: ${SAVE_AGAIN}`
        : `${named} has no ${what} in the page's data, so the site shows it without one`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// data-props

/** Entries from the JSON, or the reason it could not be used. */
function readDataProps(
  data: Element,
  titles: CardTitles,
  report: Reporter,
): ReadResult | { problem: string } {
  const at = positionOf(data) ?? { line: 1, column: 1 };
  const where = `the data-props of the element with data-target="${String(data.properties['dataTarget'])}" (line ${at.line})`;
  const raw = data.properties['dataProps'];
  let json: unknown;
  try {
    json = JSON.parse(typeof raw === 'string' ? raw : '');
  } catch (error) {
    return { problem: `${where} is not valid JSON (${(error as Error).message})` };
  }
  const props = PropsSchema.safeParse(json);
  const list = props.success ? (props.data.dailyPapers ?? props.data.papers) : undefined;
  if (list === undefined) return { problem: `${where} holds no "dailyPapers" or "papers" list` };
  const entries: Entry[] = [];
  const skipped: string[] = [];
  // Each field left out, by its name: where it was first, and in which papers.
  const ignored = new Map<string, { first: Ignored; papers: number[] }>();
  list.forEach((item, index) => {
    const read = entryFromJson(item, at);
    if (typeof read === 'string') {
      skipped.push(`paper ${index + 1}: ${read}`);
      return;
    }
    entries.push(read.entry);
    for (const field of read.ignored) {
      const seen = ignored.get(field.field) ?? { first: field, papers: [] };
      // A list's elements share their name: a paper counts once.
      if (seen.papers.at(-1) !== index + 1) seen.papers.push(index + 1);
      ignored.set(field.field, seen);
    }
  });
  placeTitles(entries, titles);
  reportGaps(entries, 'data', report);
  if (list.length > 0 && entries.length === 0) {
    return { problem: `none of the ${list.length} papers in ${where} could be read (${skipped[0]})` };
  }
  for (const message of skipped)
    report.warn(at.line, at.column, 'html-data', `in ${where}, ${message}; skipped`);
  for (const { first, papers } of ignored.values()) {
    const others = papers.length > 1 ? ` (and ${plural(papers.length - 1, 'more paper')})` : '';
    report.warn(
      at.line,
      at.column,
      'html-data',
      `in ${where}, "${first.field}" of paper ${papers[0]}${others} is ${shorten(first.value)}, not ` +
        `${first.expected}, so it was left out. Save the page again; if it stays so, the page's data has ` +
        `changed and the parser needs updating`,
    );
  }
  if (list.length === 0) {
    report.error(
      at.line,
      at.column,
      'no-entries',
      `${where} lists no papers: save the page again once it shows the day's papers`,
    );
  }
  return { entries };
}

/** A field of a list item that was left out: its value (as JSON), and what it should have been. */
interface Ignored {
  field: string;
  value: string;
  expected: string;
}

/**
 * An entry from one list item (`{paper, numComments, …}` or the paper itself) with the fields left out for
 * their wrong type, or why it has none.
 */
function entryFromJson(item: unknown, at: Position): { entry: Entry; ignored: Ignored[] } | string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'it is not an object';
  // An entry of the daily list holds its paper: one of another type is not the paper itself.
  const wrapped = 'paper' in item && item.paper != null;
  if (wrapped && (typeof item.paper !== 'object' || Array.isArray(item.paper)))
    return `its "paper" is ${shorten(JSON.stringify(item.paper) ?? '')}, not an object`;
  let outer: DailyEntryJson | null = null;
  let paper: PaperJson;
  let ignored: Ignored[];
  if (wrapped) {
    const read = readLeniently(DailyEntrySchema, item);
    if (read === undefined) return 'its fields could not be read';
    [outer, paper, ignored] = [read.data, read.data.paper, read.ignored];
  } else {
    const read = readLeniently(PaperJsonSchema, item);
    if (read === undefined) return 'its fields could not be read';
    paper = read.data;
    ignored = read.ignored.map((field) => ({ ...field, field: `paper.${field.field}` }));
  }
  const title = clean(paper.title) || clean(outer?.title);
  if (title === '') return 'it has no title (paper.title)';
  const arxivId = arxivIdOf(paper.id ?? undefined);
  const entry = emptyEntry({ line: at.line, column: at.column, text: title });
  const summary = clean(paper.summary);
  const aiSummary = clean(paper.ai_summary);
  if (summary !== '') entry.abstract = summary;
  else if (aiSummary !== '') {
    entry.abstract = aiSummary;
    entry.abstractKind = 'summary';
  }
  entry.arxivId = arxivId;
  entry.authors = (paper.authors ?? []).map((author) => clean(author.name)).filter((name) => name !== '');
  entry.authorCount = entry.authors.length > 0 ? entry.authors.length : null;
  const organization = outer?.organization ?? paper.organization;
  entry.organization = clean(organization?.fullname) || clean(organization?.name) || null;
  const published = isoDate(paper.publishedAt, at);
  if (published !== undefined) entry.published = published;
  else if (clean(paper.publishedAt) !== '')
    ignored.push({
      field: 'paper.publishedAt',
      value: JSON.stringify(paper.publishedAt),
      expected: 'a date such as "2026-10-02T17:59:31.000Z"',
    });
  entry.upvotes = paper.upvotes ?? null;
  entry.comments = outer?.numComments ?? null;
  entry.submittedBy = clean((outer?.submittedBy ?? paper.submittedOnDailyBy)?.name) || null;
  entry.githubRepo = githubUrl(paper.githubRepo);
  entry.githubStars = entry.githubRepo === null ? null : (paper.githubStars ?? null);
  return { entry, ignored };
}

/**
 * `value` read by `schema` with each field of the wrong type left out, as if absent, and named with its
 * problem; undefined when that does not make it readable (a required field of the wrong type).
 */
function readLeniently<T>(schema: z.ZodType<T>, value: object): { data: T; ignored: Ignored[] } | undefined {
  const first = schema.safeParse(value);
  if (first.success) return { data: first.data, ignored: [] };
  const copy = structuredClone(value);
  // Last first, so that taking an element out of a list leaves the places of those before it.
  const ignored = first.error.issues
    .toReversed()
    .map((issue) => ({
      field: fieldName(issue.path),
      value: JSON.stringify(removeAt(copy, issue.path)) ?? 'nothing',
      expected: expected(issue),
    }))
    .reverse();
  const second = schema.safeParse(copy);
  return second.success ? { data: second.data, ignored } : undefined;
}

/** Takes the value at `path` out of `root` (a list's element out of its list) and returns it. */
function removeAt(root: unknown, path: readonly PropertyKey[]): unknown {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], root);
  const key = path.at(-1);
  if (typeof parent !== 'object' || parent === null || key === undefined) return undefined;
  if (Array.isArray(parent) && typeof key === 'number') return parent.splice(key, 1)[0];
  const value = (parent as Record<PropertyKey, unknown>)[key];
  delete (parent as Record<PropertyKey, unknown>)[key];
  return value;
}

/** What a field's schema asked for, in words, from the issue Zod reports. */
function expected(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') return `a number of at least ${String(issue.minimum)}`;
  if (issue.code !== 'invalid_type') return issue.message;
  const words: Record<string, string> = { int: 'a whole number', array: 'a list', object: 'an object' };
  return words[issue.expected] ?? `a ${issue.expected}`;
}

/** A value's JSON as a warning quotes it: its first 40 characters. */
function shorten(json: string): string {
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** A field's path as the warning names it, the same for every element of a list: `paper.authors[].name`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? '[]' : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Moves each entry's title to its card's `<h3>`, when every entry has a card and the cards come in
 * the data's order; else all keep the data element's position. Records are ordered by line, so a
 * mix would reorder the page.
 */
function placeTitles(entries: Entry[], titles: CardTitles): void {
  const found: Position[] = [];
  for (const entry of entries) {
    const at =
      (entry.arxivId !== null ? titles.byId.get(entry.arxivId) : undefined) ??
      titles.byTitle.get(titleKey(entry.title.text));
    const last = found[found.length - 1];
    if (at === undefined || (last !== undefined && !before(last, at))) return;
    found.push(at);
  }
  entries.forEach((entry, index) => {
    const at = found[index] as Position;
    entry.title = { ...entry.title, line: at.line, column: at.column };
  });
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** A date-time such as `2026-10-02T17:59:31.000Z` as the UTC day it names; undefined when it is none. */
function isoDate(value: string | null | undefined, at: Position): PublishedDate | undefined {
  const iso = clean(value);
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(iso);
  if (m === null) return undefined;
  let [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const zone = m[5];
  if (zone !== undefined && !/^(?:Z|[+-]00:?00)$/i.test(zone)) {
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return undefined;
    [year, month, day] = [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate()];
  }
  return {
    line: at.line,
    column: at.column,
    text: iso,
    date: { year, month, day, dayOffset: 0, comments: null },
  };
}

// ---------------------------------------------------------------------------------------------
// Cards in the markup

interface CardTitles {
  byId: Map<string, Position>;
  byTitle: Map<string, Position>;
}

/** Where each card's title heading is, by arXiv id and by title: the positions JSON entries report. */
function cardTitles(tree: Root): CardTitles {
  const byId = new Map<string, Position>();
  const byTitle = new Map<string, Position>();
  for (const heading of selectAll('h3', tree)) {
    const at = positionOf(heading);
    if (at === undefined) continue;
    const link = select('a[href*="/papers/"]', heading);
    const id = link === undefined ? null : arxivIdOf(paperIdOf(link));
    if (id !== null && !byId.has(id)) byId.set(id, at);
    const key = titleKey(collapseWhitespace(toText(heading)));
    if (key !== '' && !byTitle.has(key)) byTitle.set(key, at);
  }
  return { byId, byTitle };
}

/** A piece of a card's text: one text node, with the link it sits in. */
interface Piece extends Position {
  text: string;
  href: string | null;
}

const AUTHORS = /^(\d{1,6})\s+authors?$/i;
const COUNT = /^(\d{1,3}(?:,\d{3})+|\d{1,7}|-)$/;
const STARS = /^(?:GitHub\s*)?(\d+(?:\.\d+)?)(k?)$/i;
/** Elements whose text is never shown. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** Entries from the `article` cards that hold an `h3` link to a paper's page. */
function readCardsFromMarkup(tree: Root): Entry[] {
  const entries: Entry[] = [];
  for (const card of selectAll(CARD_SELECTOR, tree)) {
    const found = cardHeading(card);
    if (found === undefined) continue;
    const { heading, link } = found;
    const title = collapseWhitespace(toText(heading));
    if (title === '') continue;
    const at = positionOf(heading) ?? positionOf(card) ?? { line: 1, column: 1 };
    const entry = emptyEntry({ ...at, text: title });
    entry.arxivId = arxivIdOf(paperIdOf(link));
    const abstract = abstractOf(card);
    if (abstract !== undefined) entry.abstract = collapseWhitespace(toText(abstract));
    const pieces: Piece[] = [];
    collectPieces(card, null, new Set<Element>([heading, ...(abstract ? [abstract] : [])]), pieces);
    readPieces(pieces, entry);
    entries.push(entry);
  }
  return entries;
}

/** A card's title heading: the first `h3` holding a link to a paper's page. */
function cardHeading(card: Element): { heading: Element; link: Element } | undefined {
  for (const heading of selectAll('h3', card)) {
    const link = selectAll('a[href]', heading).find((a) => paperIdOf(a) !== undefined);
    if (link !== undefined) return { heading, link };
  }
  return undefined;
}

/** The card's abstract: its longest paragraph outside the heading, when it is more than metadata. */
function abstractOf(card: Element): Element | undefined {
  let best: Element | undefined;
  let bestLength = 0;
  const inHeading = new Set(selectAll('h3 p', card));
  for (const paragraph of selectAll('p', card)) {
    if (inHeading.has(paragraph)) continue;
    const value = collapseWhitespace(toText(paragraph));
    if (value.length <= bestLength || AUTHORS.test(value) || COUNT.test(value) || SUBMITTED.test(value))
      continue;
    if (parseDateLine(value.replace(DATED, '$2')) !== null) continue;
    best = paragraph;
    bestLength = value.length;
  }
  return best;
}

/** The card's text nodes in order, outside `skip`, each with the link it sits in. */
function collectPieces(node: Element, href: string | null, skip: Set<Element>, pieces: Piece[]): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      const value = collapseWhitespace(child.value);
      const at = positionOf(child) ?? positionOf(node);
      if (value !== '' && at !== undefined) pieces.push({ ...at, text: value, href });
    } else if (
      child.type === 'element' &&
      !skip.has(child) &&
      !HIDDEN.has(child.tagName) &&
      !child.properties['hidden']
    ) {
      const own =
        child.tagName === 'a' && typeof child.properties['href'] === 'string'
          ? child.properties['href']
          : href;
      collectPieces(child, own, skip, pieces);
    }
  }
}

/** Fills an entry's metadata from its card's text pieces: counts, submitter, authors, date, links. */
function readPieces(pieces: readonly Piece[], entry: Entry): void {
  let submitterNext = false;
  let previous: string | null = null;
  for (const piece of pieces) {
    const { text: value, href } = piece;
    let plain = false;
    if (href !== null && /#community$/.test(href)) {
      const m = COUNT.exec(value);
      if (m !== null) entry.comments ??= countOf(m[1] as string);
    } else if (href !== null && githubUrl(href) !== null) {
      entry.githubRepo ??= githubUrl(href);
      const m = STARS.exec(value);
      if (m !== null) entry.githubStars ??= parseStars(`${m[1]}${m[2]}`);
    } else if (submitterNext) {
      entry.submittedBy ??= value;
      submitterNext = false;
    } else if (SUBMITTED.test(value)) {
      const name = SUBMITTED.exec(value)?.[1];
      if (name === undefined) submitterNext = true;
      else entry.submittedBy ??= name;
    } else if (AUTHORS.test(value)) {
      entry.authorCount ??= Number(AUTHORS.exec(value)?.[1]);
    } else if (COUNT.test(value) && href === null) {
      entry.upvotes ??= countOf(value);
    } else if (DOT.test(value)) {
      if (previous !== null) entry.organization ??= previous;
    } else if (entry.published === undefined && isDated(value)) {
      const m = DATED.exec(value) as RegExpExecArray;
      const org = clean(m[1]);
      if (org !== '') entry.organization ??= org;
      const dateText = m[2] as string;
      const date = parseDateLine(dateText) as NonNullable<ReturnType<typeof parseDateLine>>;
      entry.published = {
        line: piece.line,
        column: piece.column + value.lastIndexOf(dateText),
        text: dateText,
        date: {
          month: date.month,
          day: date.day,
          year: date.year,
          dayOffset: date.dayOffset,
          comments: date.comments,
        },
      };
    } else {
      plain = true;
    }
    previous = plain ? value : null;
  }
}

function isDated(value: string): boolean {
  const m = DATED.exec(value);
  return m !== null && parseDateLine(m[2] as string) !== null;
}

function countOf(value: string): number {
  return value === '-' ? 0 : Number(value.replaceAll(',', ''));
}

// ---------------------------------------------------------------------------------------------
// Shared

/** A JSON string as stored: whitespace collapsed; empty when absent. */
function clean(value: string | null | undefined): string {
  return typeof value === 'string' ? collapseWhitespace(value) : '';
}

/** The id in a paper link's `href`: `/papers/2410.05434` gives `2410.05434`. */
function paperIdOf(link: Element): string | undefined {
  const href = link.properties['href'];
  return typeof href === 'string' ? paperIdInHref(href) : undefined;
}

/** An `https://github.com/…` URL, or null for anything else (another host, another scheme). */
function githubUrl(value: string | null | undefined): string | null {
  const url = clean(value);
  // A backslash is a slash to a browser but not to every URL parser: the exports' readers could go elsewhere.
  if (/[\s\\]/.test(url)) return null;
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== 'https:' || parsed.hostname !== 'github.com') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.pathname.length <= 1) return null;
  return parsed.href;
}

/** Where a node starts in the file; undefined for nodes the parser made up (an implied `<body>`). */
function positionOf(
  node: { position?: { start: { line: number; column: number } } | undefined } | undefined,
): Position | undefined {
  const start = node?.position?.start;
  return start === undefined ? undefined : { line: start.line, column: start.column };
}
