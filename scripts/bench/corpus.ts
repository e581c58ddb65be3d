/**
 * A benchmark corpus: `papers` distinct papers over `dumps` daily dumps in the real format, written by
 * `generateDump` (same seed and index, same paper). Each dump brings its share of new papers and repeats
 * some from the dumps of the previous two weeks, as the Daily Papers page does when a paper trends again.
 * Deterministic: the same options write the same files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDump } from './generate-dump.ts';

/** What to generate. */
export interface CorpusOptions {
  /** Distinct papers in the whole corpus. */
  papers: number;
  /** Dumps, one a day. */
  dumps: number;
  /** Date of the first dump, `YYYY-MM-DD`. */
  firstDate?: string;
  /** Share of each dump's entries that repeat an earlier dump's papers. */
  repeatShare?: number;
  seed?: number;
}

/** What was written. */
export interface Corpus {
  /** Dump files, in date order. */
  files: string[];
  /** Entries over all dumps (papers plus repeats). */
  entries: number;
  /** Bytes over all dumps. */
  bytes: number;
}

const DAY_MS = 86_400_000;
/** How many earlier dumps a repeat may come from. */
const REPEAT_WINDOW = 14;

/** The date `days` after `date`. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The paper indices of each dump: dump `d` holds the new papers `[start_d, start_{d+1})`, then repeats
 * picked by a fixed stride among the papers first seen in the previous `REPEAT_WINDOW` dumps.
 */
export function corpusPlan(papers: number, dumps: number, repeatShare = 0.15): number[][] {
  const starts = Array.from({ length: dumps + 1 }, (_, d) => Math.round((d * papers) / dumps));
  return Array.from({ length: dumps }, (_, d) => {
    const fresh = Array.from({ length: starts[d + 1]! - starts[d]! }, (_, i) => starts[d]! + i);
    const from = starts[Math.max(0, d - REPEAT_WINDOW)]!;
    const pool = starts[d]! - from;
    const count = Math.min(pool, Math.round(fresh.length * repeatShare));
    const repeats = new Set<number>();
    for (let i = 0; repeats.size < count; i++) repeats.add(from + ((d * 7919 + i * 104_729) % pool));
    return [...fresh, ...repeats];
  });
}

/** Writes the corpus into `dir` as `YYYY-MM-DD.txt` files. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<Corpus> {
  const { papers, dumps, firstDate = '2024-01-01', repeatShare = 0.15, seed = 20_251_210 } = options;
  await mkdir(dir, { recursive: true });
  const corpus: Corpus = { files: [], entries: 0, bytes: 0 };
  for (const [d, indices] of corpusPlan(papers, dumps, repeatShare).entries()) {
    const date = addDays(firstDate, d);
    const text = generateDump({ date, seed, indices, publishedBefore: firstDate });
    const file = join(dir, `${date}.txt`);
    await writeFile(file, text);
    corpus.files.push(file);
    corpus.entries += indices.length;
    corpus.bytes += Buffer.byteLength(text);
  }
  return corpus;
}
