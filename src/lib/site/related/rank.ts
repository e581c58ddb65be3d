/**
 * Related papers by content: TF-IDF vectors over title and abstract (the title weighs more), cosine
 * similarity, computed through an inverted index so that only papers sharing a term are ever compared.
 * Deterministic: papers are processed in id order, ties go to the smaller id, whatever the input order.
 *
 * Term weights, and which papers a common term links, come from the papers first seen before a month, so that
 * a new dump leaves them as they were: it changes a paper's related papers where a new paper is among the most
 * similar, and seldom otherwise (through a recent paper's rarest words, in `vectors`). Each paper moves on to
 * the month the newest papers were first seen in on a day of that month of its own (`refreshDay`), keeping the
 * month before until then: each dump weighs the terms again for a 28th of the papers a day, where the first
 * dump of a month would do it for all of them.
 */
import type { Paper } from '../../../schemas/paper.ts';
import { fnv1a } from '../../fnv1a.ts';
import { words } from '../../tags/words.ts';
import { termOf } from './terms.ts';

/** A title word counts like this many abstract words. */
export const TITLE_WEIGHT = 3;
/** Each paper keeps only its strongest terms: enough to say what it is about, few enough to stay fast. */
export const TERMS_PER_PAPER = 48;
/** Terms in more than this share of papers say nothing about any of them (decided before pruning). */
export const MAX_DOCUMENT_SHARE = 0.5;

/** A term shared by many papers links each of them only to the papers where it weighs most. */
export const POSTINGS_PER_TERM = 256;

/** Below this cosine similarity two papers share words, not a subject (on the seed, unrelated pairs stay under 0.14 and clearly related ones over it). */
export const MIN_SIMILARITY = 0.14;

/** A paper to relate; one without digests counts as seen before any month. */
type Input = Pick<Paper, 'id' | 'title' | 'abstract'> & { digests?: readonly string[] };

/** A sparse, unit-length vector: term numbers and weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Term numbers and counts of each paper (title terms count `TITLE_WEIGHT` times), and how many papers hold
 * each term (its length is how many terms there are). A pair of adjacent words is looked up by the two words'
 * indexes: no text is made for it.
 */
function countTerms(papers: readonly Input[]): { docs: Vector[]; holders: Int32Array } {
  /** Each distinct word's index, and the term number of the word at each index. */
  const wordIndex = new Map<string, number>();
  const wordTerm: number[] = [];
  /** The word index of each distinct token of the text, or -1 for a token that is no term: decided once. */
  const tokenWord = new Map<string, number>();
  const pairTerm = new Map<number, number>();
  let vocabularySize = 0;
  /** Counts of the paper being read, by term number; reset after each paper through `seen`. */
  const counts: number[] = [];
  const seen: number[] = [];
  const count = (n: number, amount: number) => {
    if (counts[n] === 0) seen.push(n);
    counts[n]! += amount;
  };
  const holders: number[] = [];
  const newTerm = () => {
    counts.push(0);
    holders.push(0);
    return vocabularySize++;
  };
  const wordOf = (token: string): number => {
    let w = tokenWord.get(token);
    if (w !== undefined) return w;
    const word = termOf(token);
    if (word === undefined) w = -1;
    else if ((w = wordIndex.get(word)) === undefined) {
      wordIndex.set(word, (w = wordTerm.length));
      wordTerm.push(newTerm());
    }
    tokenWord.set(token, w);
    return w;
  };
  // Adjacent pairs ("time sery", "occupancy forecasting") tell subjects apart that share a single word.
  const addAll = (text: string, amount: number) => {
    let previous = -1;
    for (const token of words(text.toLowerCase())) {
      const w = wordOf(token);
      if (w < 0) continue;
      count(wordTerm[w]!, amount);
      if (previous >= 0) {
        // A key exact as a double as long as there are fewer than 2^26 distinct words.
        const key = previous * 0x4000000 + w;
        let pair = pairTerm.get(key);
        if (pair === undefined) pairTerm.set(key, (pair = newTerm()));
        count(pair, amount);
      }
      previous = w;
    }
  };
  const docs = papers.map((paper) => {
    addAll(paper.title, TITLE_WEIGHT);
    addAll(paper.abstract, 1);
    const doc = { terms: new Int32Array(seen.length), weights: new Float64Array(seen.length) };
    seen.forEach((n, k) => {
      doc.terms[k] = n;
      doc.weights[k] = counts[n]!;
      counts[n] = 0;
      holders[n]!++;
    });
    seen.length = 0;
    return doc;
  });
  return { docs, holders: Int32Array.from(holders) };
}

/** A paper's weights move on to a new month on one of its first this many days, which every month has. */
export const REFRESH_DAYS = 28;

/**
 * The day of the month, 1 to `REFRESH_DAYS`, from which a paper is weighed by the papers before that month:
 * spread evenly by its id, whenever and however often dumps come.
 */
export function refreshDay(id: string): number {
  return (fnv1a(id) % REFRESH_DAYS) + 1;
}

/**
 * The term statistics the papers are weighed by (at most two): each says which papers it counts, those first
 * seen before a month, or every paper while that leaves none (a site's first month); and which one each paper
 * is weighed by. The month is the one the newest papers were first seen in (a dump of papers seen before
 * starts no month), for the papers whose `refreshDay` it has reached, and the month before for the others.
 */
function weighings(papers: readonly Input[]): { counted: boolean[][]; weighedBy: Uint8Array } {
  // A paper's digests are ascending (the schema's `digests`): the first is when the site got it.
  const firstSeen = papers.map((paper) => paper.digests?.[0] ?? '');
  const newest = firstSeen.reduce((a, b) => (b > a ? b : a), '');
  const seenBefore = (month: string) => {
    const before = firstSeen.map((date) => date < month);
    return before.includes(true) ? before : before.map(() => true);
  };
  const month = newest.slice(0, 'YYYY-MM'.length);
  const counted = [seenBefore(month)];
  const day = newest === '' ? REFRESH_DAYS : Number(newest.slice('YYYY-MM-'.length));
  const weighedBy = Uint8Array.from(papers, (paper) => (refreshDay(paper.id) <= day ? 0 : 1));
  if (weighedBy.includes(1)) {
    const before = seenBefore(monthBefore(month));
    // In a site's first two months both may count every paper: one weighing does.
    if (before.some((c, i) => c !== counted[0]![i])) counted.push(before);
    else weighedBy.fill(0);
  }
  return { counted, weighedBy };
}

/** The month before a `YYYY-MM` month. */
function monthBefore(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/**
 * TF-IDF vectors: `(1 + ln tf) · ln(N / df)` with N and df over the `counted` papers, pruned to the strongest
 * terms, then scaled to unit length.
 */
function vectors(docs: readonly Vector[], holders: Int32Array, inCount: readonly boolean[]): Vector[] {
  const df = new Int32Array(holders.length);
  let total = 0;
  docs.forEach((doc, i) => {
    if (!inCount[i]) return;
    total++;
    for (const n of doc.terms) df[n]!++;
  });
  const common = (d: number) => d > total * MAX_DOCUMENT_SHARE;
  const idfOld = Float64Array.from(df, (d) => (d < 2 || common(d) ? 0 : Math.log(total / d)));
  // A paper the weighing does not count (a recent one) also weighs, as the rarest there are, the terms fewer than
  // two counted papers have but another paper has: papers on a new subject are related by its words. A new
  // paper that is the second to have such a word changes these weights; a counted paper's stay as they were.
  const idfNew = Float64Array.from(df, (d, n) =>
    d >= 2 ? idfOld[n]! : holders[n]! < 2 || common(d) ? 0 : Math.log(total),
  );
  // A paper's weights by term position and the positions of its terms, reused from paper to paper.
  let weights = new Float64Array(0);
  const order: number[] = [];
  return docs.map((doc, i) => {
    const idf = inCount[i] ? idfOld : idfNew;
    if (weights.length < doc.terms.length) weights = new Float64Array(doc.terms.length * 2);
    order.length = 0;
    for (let k = 0; k < doc.terms.length; k++) {
      const n = doc.terms[k]!;
      // A term no other paper has, or that half the papers have, relates this paper to nothing in particular.
      if (!(idf[n]! > 0)) continue;
      weights[k] = (1 + Math.log(doc.weights[k]!)) * idf[n]!;
      order.push(k);
    }
    // Term numbers follow first use in id order, so this tie-break does not depend on the input order.
    order.sort((a, b) => weights[b]! - weights[a]! || doc.terms[a]! - doc.terms[b]!);
    const kept = Math.min(order.length, TERMS_PER_PAPER);
    let sum = 0;
    for (let i = 0; i < kept; i++) sum += weights[order[i]!]! * weights[order[i]!]!;
    const norm = Math.sqrt(sum) || 1;
    const vector = { terms: new Int32Array(kept), weights: new Float64Array(kept) };
    for (let i = 0; i < kept; i++) {
      vector.terms[i] = doc.terms[order[i]!]!;
      vector.weights[i] = weights[order[i]!]! / norm;
    }
    return vector;
  });
}

/**
 * For each term, the papers whose vector holds it and its weight there, strongest first: at most
 * `POSTINGS_PER_TERM` of the `counted` papers, and the others that outweigh the weakest of those kept, so that
 * a new paper never pushes an older one out. In flat arrays (term `t` owns `docs[start[t]]` to
 * `docs[start[t] + length[t] - 1]`), which keeps 10,000 papers' postings out of the garbage collector's way.
 */
interface InvertedIndex {
  start: Int32Array;
  length: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

function invertedIndex(
  vecs: readonly Vector[],
  vocabularySize: number,
  inCount: readonly boolean[],
): InvertedIndex {
  const length = new Int32Array(vocabularySize);
  for (const vector of vecs) for (const term of vector.terms) length[term]!++;
  const start = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) start[t + 1] = start[t]! + length[t]!;
  const docs = new Int32Array(start[vocabularySize]!);
  const weights = new Float64Array(docs.length);
  const fill = start.slice(0, vocabularySize);
  vecs.forEach((vector, doc) => {
    vector.terms.forEach((term, k) => {
      docs[fill[term]!] = doc;
      weights[fill[term]!++] = vector.weights[k]!;
    });
  });
  for (let t = 0; t < vocabularySize; t++) {
    if (length[t]! <= POSTINGS_PER_TERM) continue;
    const from = start[t]!;
    const order = Array.from({ length: length[t]! }, (_, i) => from + i).sort(
      (a, b) => weights[b]! - weights[a]! || docs[a]! - docs[b]!,
    );
    const kept: number[] = [];
    let countedKept = 0;
    for (const i of order) {
      if (countedKept === POSTINGS_PER_TERM) break;
      if (inCount[docs[i]!]) countedKept++;
      kept.push(i);
    }
    const keptDocs = kept.map((i) => docs[i]!);
    const keptWeights = kept.map((i) => weights[i]!);
    docs.set(keptDocs, from);
    weights.set(keptWeights, from);
    length[t] = kept.length;
  }
  return { start, length, docs, weights };
}

/** A neighbour of a paper and its cosine similarity to it, in (0, 1]. */
export interface Neighbour {
  id: string;
  score: number;
}

/**
 * For each paper id, up to `limit` of the most similar other papers with their similarity, most similar first,
 * only those at least `minScore` similar (so a paper with nothing like it gets none). Deterministic whatever
 * the input order.
 */
export function nearestNeighbours(
  papers: readonly Input[],
  limit = 5,
  minScore = MIN_SIMILARITY,
): Map<string, Neighbour[]> {
  const sorted = [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const result = new Map<string, Neighbour[]>(sorted.map((paper) => [paper.id, []]));
  if (sorted.length < 2 || limit <= 0) return result;

  const { docs, holders } = countTerms(sorted);
  const { counted, weighedBy } = weighings(sorted);
  const weighed = counted.map((inCount) => {
    const vecs = vectors(docs, holders, inCount);
    return { vecs, index: invertedIndex(vecs, holders.length, inCount) };
  });
  const scores = new Float64Array(sorted.length);
  // The papers a paper shares a term with (thousands each), in a typed array: this loop is the ranking's
  // slowest.
  const touched = new Int32Array(sorted.length);

  sorted.forEach((paper, doc) => {
    const { vecs, index } = weighed[weighedBy[doc]!]!;
    const { start, length, docs: holdersOf, weights: holderWeights } = index;
    const vector = vecs[doc]!;
    let count = 0;
    for (let k = 0; k < vector.terms.length; k++) {
      const weight = vector.weights[k]!;
      const term = vector.terms[k]!;
      const from = start[term]!;
      const end = from + length[term]!;
      for (let p = from; p < end; p++) {
        const other = holdersOf[p]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched[count++] = other;
        scores[other]! += weight * holderWeights[p]!;
      }
    }
    result.set(
      paper.id,
      topIds(touched, count, scores, limit, minScore).map((other) => ({
        id: sorted[other]!.id,
        score: scores[other]!,
      })),
    );
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
  });
  return result;
}

/** For each paper id, the ids of `nearestNeighbours`. */
export function relatedPapers(
  papers: readonly Input[],
  limit = 5,
  minScore = MIN_SIMILARITY,
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [id, neighbours] of nearestNeighbours(papers, limit, minScore)) {
    result.set(
      id,
      neighbours.map((n) => n.id),
    );
  }
  return result;
}

/**
 * The `limit` best of the first `count` of `candidates` by score, best first; on equal scores the smaller
 * index, which is the smaller id since papers are sorted by id.
 */
function topIds(
  candidates: Int32Array,
  count: number,
  scores: Float64Array,
  limit: number,
  minScore: number,
): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i]!;
    if (!(scores[candidate]! > 0) || scores[candidate]! < minScore) continue;
    if (best.length === limit && !better(candidate, best[limit - 1]!)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && better(candidate, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = candidate;
  }
  return best;
}
