/**
 * The tag filter's static data, built once per build by the endpoints under `src/pages/filter/`. Pure.
 *
 * Papers are numbered by their position in the newest-first order (their ordinal). A posting list is the
 * ascending ordinals of the papers carrying one tag (stored as `storedPostings` makes it); a scope list holds
 * the ordinals of one list (top, a digest) in that list's own order. Cards are stored by slot, a paper's
 * place counted from the oldest (`slotOf`): card chunks hold the cards' HTML (rendered by
 * `PaperCard`), a run of slots per file cut where the papers' ids say (`cardChunks`); `filter/chunks/`
 * files say which card file holds a slot (`chunkTables`), and `filter/where/` files map ids to slots.
 * A digest's cards come in record order in one file with their tags (its lists are short): each as its
 * slot in the chunks, or as HTML when it differs from the chunk's card (a repeat says when it was first seen).
 */
import type { Paper } from '../../schemas/paper.ts';
import { CARD_AUTHORS } from '../site/paper-facts.ts';
import { fnv1a } from '../fnv1a.ts';

/**
 * One card of a digest's list: its tags (to match), and its slot when the list shows the chunk's card,
 * else its HTML as the list shows it.
 */
export type ScopeCard = { tags: string[]; at: number } | { tags: string[]; html: string };

/**
 * Number of `filter/where/<b>.json` files (id → slot) for `total` papers: the smallest power of two that leaves
 * at most `bucketSize` ids to a file on average. It changes only when the papers double, so that a new dump
 * changes the files its papers' ids fall in, not every one.
 */
export function bucketCount(total: number, bucketSize: number): number {
  let count = 1;
  while (count * bucketSize < total) count *= 2;
  return count;
}

/**
 * `fnv1a` of an id with its bits mixed (MurmurHash3's finalizer): ids that differ in their last digit alone,
 * as arXiv ids in a row do, get unrelated values.
 */
function mixedHash(id: string): number {
  let hash = fnv1a(id);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The `filter/where/` bucket of a paper id (`fnv1a` of the id, modulo `count`). */
export function bucketOf(id: string, count: number): number {
  return fnv1a(id) % count;
}

/** `filter/manifest.json`: what the files hold, for scripts and tests. */
export interface FilterManifest {
  /** Changes whenever the data does; the browser script appends it to fetch URLs as `?v=`. */
  version: string;
  /** Number of papers (ordinals run from 0 to total − 1, newest first; slots from the oldest, `slotOf`). */
  total: number;
  /** Slots per `filter/chunks/<k>.json` (`chunkTables`). */
  tableSpan: number;
  /** Number of `filter/where/<b>.json` files (`bucketOf`). */
  buckets: number;
  /** Tags in taxonomy order with their counts; each has `filter/tags/<id>.json`. */
  tags: { id: string; label: string; count: number }[];
  /** Names of the scope lists, each at `filter/scopes/<name>.json`. */
  scopes: string[];
  /** Dates of the digests, each with its cards at `filter/digests/<date>.json`. */
  digests: string[];
}

/** Ordinal of every id: its index in `ordered`. */
export function ordinalsOf(ordered: readonly { id: string }[]): Map<string, number> {
  return new Map(ordered.map((paper, at) => [paper.id, at]));
}

/** For each of `tagIds`, the ascending ordinals of the papers in `ordered` that carry it. One pass. */
export function postingLists(
  ordered: readonly Pick<Paper, 'tags'>[],
  tagIds: readonly string[],
): Map<string, number[]> {
  const lists = new Map(tagIds.map((id) => [id, [] as number[]]));
  ordered.forEach((paper, at) => {
    for (const tag of new Set(paper.tags)) lists.get(tag)?.push(at);
  });
  return lists;
}

/**
 * A posting list as a bitmap: bit `o` set for ordinal `o` (byte `o >> 3`, lowest bit first), its trailing zero
 * bytes left out, in base64. A large tag's list takes a fraction of the bytes its ordinals would.
 */
export function encodePostings(ordinals: readonly number[]): string {
  const last = ordinals.reduce((max, ordinal) => Math.max(max, ordinal), -1);
  const bytes = new Uint8Array((last >> 3) + 1);
  for (const ordinal of ordinals) bytes[ordinal >> 3]! |= 1 << (ordinal & 7);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The ascending ordinals of a posting list stored by `encodePostings`. */
export function decodePostings(encoded: string): number[] {
  const binary = atob(encoded);
  const ordinals: number[] = [];
  for (let at = 0; at < binary.length; at++) {
    const byte = binary.charCodeAt(at);
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) ordinals.push(at * 8 + bit);
  }
  return ordinals;
}

/** A posting list as `filter/tags/<id>.json` stores it: its bitmap, or its ordinals when they are shorter. */
export function storedPostings(ordinals: readonly number[]): string | readonly number[] {
  const bitmap = encodePostings(ordinals);
  return bitmap.length + 2 < JSON.stringify(ordinals).length ? bitmap : ordinals;
}

/** The ordinals of a list as its file stores it: a posting list's bitmap, or ordinals as they are. */
export function storedOrdinals(stored: string | readonly number[]): number[] {
  return typeof stored === 'string' ? decodePostings(stored) : [...stored];
}

/** The ordinals of `ids`, in the order of `ids`; unknown ids are left out. */
export function scopeList(ids: readonly string[], ordinals: ReadonlyMap<string, number>): number[] {
  return ids.flatMap((id) => {
    const at = ordinals.get(id);
    return at === undefined ? [] : [at];
  });
}

/**
 * The slot of the paper at `ordinal` of `total`: its place counted from the oldest. A new dump's papers come
 * before every older one in the newest-first order (`sortNewest`), so they take new slots and move no older
 * paper's: the files of the older cards stay the same, and the next build copies them instead of rendering
 * them again.
 */
export function slotOf(ordinal: number, total: number): number {
  return total - 1 - ordinal;
}

/** `newest` in slot order (`slotOf`): oldest first. */
export function inSlotOrder<T>(newest: readonly T[]): T[] {
  return newest.toReversed();
}

/** One card file, `filter/cards/<name>.json`: the cards of `size` slots from `start`. */
export interface CardChunk {
  name: string;
  start: number;
  size: number;
}

/**
 * `filter/chunks/<k>.json`: the card files that hold slots k·span to (k + 1)·span − 1, in slot order, each as
 * its name and number of cards, and the first slot of the first one.
 */
export interface ChunkTable {
  start: number;
  chunks: [name: string, size: number][];
}

/**
 * The card files of the ids in slot order. A file ends after a paper whose id hashes higher than those of the
 * papers up to `reach` = (chunkSize − 1) / 2 slots on either side (cutting at local maxima): files hold
 * `chunkSize` cards on average (one less for an even number), and no fewer than reach + 1 but the first and
 * the last. As a cut depends on its neighbours alone, a new paper changes the file it lands in and at most
 * the one on either side, where files of a fixed size would all shift after it. A file is named by its last
 * id's hash.
 */
export function cardChunks(ids: readonly string[], chunkSize: number): CardChunk[] {
  const reach = Math.max(1, Math.floor((chunkSize - 1) / 2));
  const hashes = ids.map(mixedHash);
  // Of two equal hashes in reach of each other, the later one cuts.
  const endsFile = (slot: number) => {
    const hash = hashes[slot]!;
    for (let other = Math.max(0, slot - reach); other < slot; other++)
      if (hashes[other]! > hash) return false;
    const last = Math.min(ids.length - 1, slot + reach);
    for (let other = slot + 1; other <= last; other++) if (hashes[other]! >= hash) return false;
    return true;
  };
  const chunks: CardChunk[] = [];
  const names = new Set<string>();
  let start = 0;
  hashes.forEach((hash, slot) => {
    if (slot < ids.length - 1 && !endsFile(slot)) return;
    let name = hash.toString(36);
    for (let n = 2; names.has(name); n++) name = `${hash.toString(36)}-${n}`;
    names.add(name);
    chunks.push({ name, start, size: slot + 1 - start });
    start = slot + 1;
  });
  return chunks;
}

/**
 * The tables of `chunks` (in slot order, from slot 0) for `total` slots, `span` slots each: a browser looking
 * for a few slots fetches the tables of those, not one of every file.
 */
export function chunkTables(chunks: readonly CardChunk[], total: number, span: number): ChunkTable[] {
  const tables = Array.from({ length: Math.ceil(total / span) }, (): ChunkTable => ({
    start: 0,
    chunks: [],
  }));
  for (const { name, start, size } of chunks) {
    for (let k = Math.floor(start / span); k <= Math.floor((start + size - 1) / span); k++) {
      const table = tables[k]!;
      if (table.chunks.length === 0) table.start = start;
      table.chunks.push([name, size]);
    }
  }
  return tables;
}

/** The card file holding `slot` and the slot's place in it, by `table`; undefined past its files. */
export function locateSlot(table: ChunkTable, slot: number): { name: string; at: number } | undefined {
  let start = table.start;
  for (const [name, size] of table.chunks) {
    if (slot < start + size) return slot < start ? undefined : { name, at: slot - start };
    start += size;
  }
  return undefined;
}

/** What a card shows of a paper (`PaperCard`), and the digests the filter's digest files list it in. */
type CardData = Pick<
  Paper,
  | 'id'
  | 'title'
  | 'tags'
  | 'upvotes'
  | 'comments'
  | 'authors'
  | 'authorCount'
  | 'organization'
  | 'publishedOn'
  | 'digests'
>;

/**
 * How the filter's files are cut: cards per chunk on average, slots per chunk table, number of where files,
 * and the card files' names in slot order (which say where the cards were cut, whatever the rule).
 */
export interface FilterLayout {
  chunkSize: number;
  tableSpan: number;
  buckets: number;
  files: readonly string[];
}

/**
 * A short, stable fingerprint of everything the filter's files show and how they are cut (FNV-1a over what
 * each card shows, the tag labels and the layout), as 8 hex digits; an unknown value is written `?` so that
 * it differs from 0 or an empty name.
 */
export function dataVersion(
  ordered: readonly CardData[],
  labels: ReadonlyMap<string, string>,
  layout: FilterLayout,
): string {
  let hash = fnv1a('');
  const add = (text: string) => {
    hash = fnv1a(text, hash);
  };
  for (const paper of ordered) {
    const authors = paper.authors.slice(0, CARD_AUTHORS + 1).join('|');
    add(
      `${paper.id}:${paper.title}:${paper.tags.join(',')}:${paper.upvotes ?? '?'}:${paper.comments ?? '?'}:` +
        `${authors}:${paper.authorCount ?? '?'}:${paper.organization ?? '?'}:${paper.publishedOn ?? '?'}:` +
        `${paper.digests.join(',')};`,
    );
  }
  for (const [id, label] of labels) add(`${id}=${label};`);
  // A file cached under an earlier layout must not be read under this one.
  add(`#${layout.chunkSize}/${layout.tableSpan}/${layout.buckets}/${layout.files.join(',')}`);
  return hash.toString(16).padStart(8, '0');
}
