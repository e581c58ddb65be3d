/**
 * The site's one data loader: reads the `papers` collection and the tag taxonomy once per build and
 * derives everything the pages share (orders, digests, tags, neighbours, each paper's texts), taking what the
 * build prepared beside Astro's start (`prepared-offer.ts`); it is done only once the build lets pages be
 * written (`pages-gate.ts`) and the texts are made, while the neighbours may still be on their way. Pages
 * call `loadSite()`; the derived values are computed by the pure helpers beside this file.
 */
import { getCollection } from 'astro:content';
import type { Paper } from '../../schemas/paper.ts';
import { summarizeDigests, type DigestSummary } from './digests.ts';
import { shareRecords } from './fingerprint.ts';
import { neighbourMap, type Neighbours } from './neighbours.ts';
import { nearestNeighbours, type Neighbour } from './related/rank.ts';
import { MAKE_TEXT, type PaperText } from './paper-text.ts';
import { NEIGHBOURS } from './prepared.ts';
import { offeredPrepared } from './prepared-offer.ts';
import { pagesMayStart } from './pages-gate.ts';
import { sortNewest, sortTop } from './sort-papers.ts';
import { countTags, type TagSummary } from './tag-counts.ts';
import {
  bucketCount,
  cardChunks,
  dataVersion,
  inSlotOrder,
  ordinalsOf,
  type CardChunk,
} from '../client/filter-index.ts';
import { readTags, tagLabels } from './taxonomy.ts';
import { SITE } from '../../config.ts';

/** Everything the pages read, computed once. */
export interface SiteData {
  /** Every paper in record order (first appearance, in dump order). */
  papers: Paper[];
  byId: ReadonlyMap<string, Paper>;
  /** Newest in the digest first (`sortNewest`): the order of `/papers/`, tag pages, feeds and the filter's ordinals. */
  newest: Paper[];
  /** Each paper's position in `newest`: its ordinal in the tag filter's data. */
  ordinals: ReadonlyMap<string, number>;
  /** The papers in slot order (`slotOf`: oldest first), as the filter's card files hold them. */
  inSlots: Paper[];
  /** The filter's card files (`cardChunks`), in slot order. */
  chunks: CardChunk[];
  /** Number of the tag filter's `filter/where/<b>.json` files (`bucketOf`). */
  buckets: number;
  /** Most upvoted first: the order of `/papers/top/`. */
  top: Paper[];
  /** Newest first. */
  digests: DigestSummary[];
  /** Taxonomy order, with counts. */
  tags: TagSummary[];
  /** Label of every tag id in `tags`. */
  labels: ReadonlyMap<string, string>;
  /** Previous/next within the newest digest holding each paper. */
  neighbours: ReadonlyMap<string, Neighbours>;
  /** Fingerprint of the data, for the filter's cache-busting `?v=`. */
  version: string;
}

let site: Promise<SiteData> | undefined;
let nearest: Promise<Map<string, Neighbour[]>> | undefined;
/** The texts the build prepared, by paper id. */
let texts: ReadonlyMap<string, PaperText> | undefined;
/** Texts made here, on first use, when none were prepared (the dev server). */
const madeTexts = new Map<string, Partial<PaperText>>();

/** First dump, then line in it: the order the parser writes records in, whatever order the store keeps. */
function recordOrder(a: Paper, b: Paper): number {
  const [da, db] = [a.digests[0] ?? '', b.digests[0] ?? ''];
  return da < db ? -1 : da > db ? 1 : a.source.line - b.source.line || (a.id < b.id ? -1 : 1);
}

async function load(): Promise<SiteData> {
  const papers = (await getCollection('papers')).map((entry) => entry.data).sort(recordOrder);
  // Every page's cache key holds its papers; each paper is hashed once for all of them.
  shareRecords(papers);
  const digests = summarizeDigests(papers);
  const newest = sortNewest(papers);
  const tags = countTags(papers, readTags());
  const labels = tagLabels(tags);
  const buckets = bucketCount(newest.length, SITE.filter.bucketSize);
  const inSlots = inSlotOrder(newest);
  const chunks = cardChunks(
    inSlots.map((paper) => paper.id),
    SITE.filter.chunkSize,
  );
  const data: SiteData = {
    papers,
    byId: new Map(papers.map((paper) => [paper.id, paper])),
    newest,
    ordinals: ordinalsOf(newest),
    inSlots,
    chunks,
    buckets,
    top: sortTop(papers),
    digests,
    tags,
    labels,
    neighbours: neighbourMap(digests),
    version: dataVersion(newest, labels, {
      chunkSize: SITE.filter.chunkSize,
      tableSpan: SITE.filter.tableSpan,
      buckets,
      files: chunks.map((chunk) => chunk.name),
    }),
  };
  // Awaited once the rest is done: the threads preparing them may still be at work. The neighbours are left
  // to the pages that show them, which Astro renders after the digests and the filter's files.
  const prepared = offeredPrepared(true);
  if (prepared) {
    nearest = prepared.neighbours;
    texts = await prepared.texts;
  }
  // No page may be written while the last build's are being put in place (`reuse-pages.ts`).
  await pagesMayStart();
  return data;
}

/** The site's data; the first call loads it, later calls share the result. */
export function loadSite(): Promise<SiteData> {
  return (site ??= load());
}

/**
 * Every paper's nearest neighbours, for the related papers and the For you data: the build's, once its thread
 * is done, else computed here on first use.
 */
export function neighboursOf(data: SiteData): Promise<Map<string, Neighbour[]>> {
  return (nearest ??= Promise.resolve().then(() => nearestNeighbours(data.papers, NEIGHBOURS)));
}

/** Up to `SITE.relatedCount` related papers of `id`, from every paper's `nearest` (`neighboursOf`). */
export function relatedTo(data: SiteData, nearest: ReadonlyMap<string, Neighbour[]>, id: string): Paper[] {
  const near = nearest.get(id) ?? [];
  return near.slice(0, SITE.relatedCount).flatMap((other) => data.byId.get(other.id) ?? []);
}

/** One of a paper's texts (`PaperText`): the prepared one, else made on first use and kept. */
export function textOf(paper: Pick<Paper, 'id' | 'title' | 'abstract'>, key: keyof PaperText): string {
  const prepared = texts?.get(paper.id);
  if (prepared) return prepared[key];
  let made = madeTexts.get(paper.id);
  if (made === undefined) madeTexts.set(paper.id, (made = {}));
  return (made[key] ??= MAKE_TEXT[key](paper));
}

/** The papers of `ids` in that order; unknown ids are skipped. */
export function papersOf(data: SiteData, ids: readonly string[]): Paper[] {
  return ids.flatMap((id) => data.byId.get(id) ?? []);
}
