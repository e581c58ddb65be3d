/**
 * Each paper's texts (`paper-text.ts`) kept from one build to the next in a file of Astro's cache, under the
 * fingerprint of the title and abstract they were made from, in a file for one version of the code that makes
 * them (`src/integrations/code-version.ts`): a build after one more dump renders only the new papers' formulas
 * and Markdown.
 * One JSON line a paper, read and written a line at a time, so that no single string holds them all.
 * A file that is missing, from other code or unreadable is read as an empty cache.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { paperText, type PaperText } from './paper-text.ts';
import { fingerprint } from './fingerprint.ts';

/** Texts by `textKey`. */
export type TextCache = Map<string, PaperText>;

/** The cache key of a paper's texts: what they are made from. */
export function textKey(paper: { title: string; abstract: string }): string {
  return fingerprint([paper.title, paper.abstract]);
}

/**
 * Each paper's texts by id, taken from `cache` where it holds them, made otherwise; with the cache of these
 * papers' texts alone, and how many were taken.
 */
export function textsWithCache(
  papers: readonly { id: string; title: string; abstract: string }[],
  cache: TextCache,
): { texts: Map<string, PaperText>; cache: TextCache; reused: number } {
  const texts = new Map<string, PaperText>();
  const kept: TextCache = new Map();
  let reused = 0;
  for (const paper of papers) {
    const key = textKey(paper);
    let text = cache.get(key);
    if (text) reused++;
    else text = paperText(paper);
    texts.set(paper.id, text);
    kept.set(key, text);
  }
  return { texts, cache: kept, reused };
}

/** The texts `file` holds for `version`: none when it is missing, from another version or unreadable. */
export function readTextCache(file: string, version: string): TextCache {
  const texts: TextCache = new Map();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return texts;
  }
  try {
    let start = 0;
    let first = true;
    while (start < bytes.length) {
      const end = bytes.indexOf(0x0a, start);
      const line = bytes.toString('utf8', start, end < 0 ? bytes.length : end);
      start = end < 0 ? bytes.length : end + 1;
      if (first) {
        if ((JSON.parse(line) as { version?: unknown }).version !== version) return new Map();
        first = false;
        continue;
      }
      const entry = JSON.parse(line) as unknown;
      if (!Array.isArray(entry) || entry.length !== 5 || entry.some((part) => typeof part !== 'string'))
        return new Map();
      const [key, titleHtml, titleText, abstractHtml, abstractText] = entry as string[];
      texts.set(key!, {
        titleHtml: titleHtml!,
        titleText: titleText!,
        abstractHtml: abstractHtml!,
        abstractText: abstractText!,
      });
    }
  } catch {
    return new Map();
  }
  return texts;
}

/** Lines written at a time. */
const LINES_PER_WRITE = 1000;

/** Writes `texts` for `version` to `file`, whole or not at all (a temporary file, then renamed). */
export function writeTextCache(file: string, version: string, texts: TextCache): void {
  mkdirSync(dirname(file), { recursive: true });
  // One name, not one per process: a killed build's leftover is replaced by the next, not kept beside it.
  const temporary = `${file}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${JSON.stringify({ version })}\n`);
      let lines: string[] = [];
      for (const [key, text] of texts) {
        lines.push(
          JSON.stringify([key, text.titleHtml, text.titleText, text.abstractHtml, text.abstractText]),
        );
        if (lines.length === LINES_PER_WRITE) {
          writeSync(fd, `${lines.join('\n')}\n`);
          lines = [];
        }
      }
      if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
