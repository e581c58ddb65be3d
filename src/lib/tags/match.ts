/**
 * Scores papers against a taxonomy. Compiled once per taxonomy object: phrases go into one word index shared by
 * every tag (a paper's words are scanned once, whatever the number of phrases), patterns into one regex per tag.
 */
import { DEFAULT_THRESHOLD, DEFAULT_WEIGHTS } from '../../schemas/taxonomy.ts';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import { isWordCharAt, joiningGap, words as wordsOf, wordsWithEnds } from './words.ts';

interface Phrase {
  /** Index of the tag in the taxonomy. */
  tag: number;
  /** Lowercased words; the last may also match with a plural `s` or `es`. */
  words: string[];
  /** Counts only in the title. */
  titleOnly: boolean;
}

export type Field = 'title' | 'abstract';

export interface Matcher {
  /** Phrases by their first word (single-word phrases also by their plural forms), longest first. */
  byFirstWord: Map<string, Phrase[]>;
  /** Per tag: its patterns as one global regex, or null. */
  patterns: (RegExp | null)[];
  /** Per tag: the score it needs. */
  thresholds: number[];
  weights: { title: number; abstract: number };
}

/**
 * A match may not end before a letter or digit (whole words only). That it does not start after one is checked
 * in code: a lookbehind at the front would cost a test at every position and defeat the regex engine's scan for
 * a pattern's first characters (7 times slower on real abstracts).
 */
const WORD_BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

const compiled = new WeakMap<Taxonomy, Matcher>();

/** The matcher for a taxonomy, compiled on first use and cached for as long as the taxonomy object lives. */
export function matcherFor(taxonomy: Taxonomy): Matcher {
  let matcher = compiled.get(taxonomy);
  if (!matcher) {
    matcher = compile(taxonomy);
    compiled.set(taxonomy, matcher);
  }
  return matcher;
}

function compile(taxonomy: Taxonomy): Matcher {
  const byFirstWord = new Map<string, Phrase[]>();
  const add = (key: string, phrase: Phrase) => {
    const list = byFirstWord.get(key) ?? [];
    list.push(phrase);
    byFirstWord.set(key, list);
  };
  taxonomy.tags.forEach((tag, index) => {
    const rules = [
      ...(tag.phrases ?? []).map((text) => ({ text, titleOnly: false })),
      ...(tag.titlePhrases ?? []).map((text) => ({ text, titleOnly: true })),
    ];
    for (const { text, titleOnly } of rules) {
      const words = wordsOf(text.toLowerCase());
      const [first] = words;
      if (first === undefined) continue;
      const phrase = { tag: index, words, titleOnly };
      add(first, phrase);
      if (words.length === 1) for (const plural of plurals(first)) add(plural, phrase);
    }
  });
  // Longest first, so that a tag's longer phrase wins over a shorter one starting at the same word.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  const patterns = taxonomy.tags.map((tag) =>
    tag.patterns?.length
      ? new RegExp(`(?:${tag.patterns.map((p) => `(?:${p})`).join('|')})${WORD_BOUNDARY_AFTER}`, 'giu')
      : null,
  );
  const thresholds = taxonomy.tags.map((tag) => tag.threshold ?? taxonomy.threshold ?? DEFAULT_THRESHOLD);
  const weights = {
    title: taxonomy.weights?.title ?? DEFAULT_WEIGHTS.title,
    abstract: taxonomy.weights?.abstract ?? DEFAULT_WEIGHTS.abstract,
  };
  return { byFirstWord, patterns, thresholds, weights };
}

/** What a phrase's last word may add to match as a plural. */
const PLURAL_ENDINGS = ['s', 'es'];

function plurals(word: string): string[] {
  return PLURAL_ENDINGS.map((ending) => `${word}${ending}`);
}

/** `token` is `word`, or when it is a phrase's last word one of its plurals (tested without building them). */
function sameWord(token: string, word: string, last: boolean): boolean {
  if (token === word) return true;
  if (!last || !token.startsWith(word)) return false;
  return PLURAL_ENDINGS.some(
    (ending) => token.length === word.length + ending.length && token.endsWith(ending),
  );
}

/**
 * How often each tag's rules match in one text: phrases leftmost-longest without overlaps within a tag,
 * then the tag's pattern matches.
 */
export function countMatches(matcher: Matcher, text: string, field: Field, counts: number[]): void {
  const lower = text.toLowerCase();
  const { words, ends } = wordsWithEnds(lower);
  /** Whether only spaces and hyphens separate word `j` from the word before it. */
  const joined = (j: number) => joiningGap(lower, ends[j - 1]!, ends[j]! - words[j]!.length);
  /** Per tag: index of the first word a new phrase match may start at. */
  const nextFree = new Int32Array(counts.length);
  for (let i = 0; i < words.length; i++) {
    const candidates = matcher.byFirstWord.get(words[i]!);
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (phrase.titleOnly && field !== 'title') continue;
      if (nextFree[phrase.tag]! > i) continue;
      const n = phrase.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok = sameWord(words[i + k]!, phrase.words[k]!, k === n - 1) && joined(i + k);
      }
      if (!ok) continue;
      counts[phrase.tag]! += 1;
      nextFree[phrase.tag] = i + n;
    }
  }
  matcher.patterns.forEach((regex, tag) => {
    if (!regex) return;
    regex.lastIndex = 0;
    let found = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match.index > 0 && isWordCharAt(text, match.index - 1)) {
        // Started inside a word: try again from the next position, where a whole-word match may still start.
        regex.lastIndex = match.index + 1;
        continue;
      }
      found++;
      // A pattern that can match an empty string at some position (a lookahead) must still move on.
      if (match[0] === '') regex.lastIndex++;
    }
    counts[tag]! += found;
  });
}

/** Each tag's score for one paper: title matches times the title weight plus abstract matches times its weight. */
export function scores(matcher: Matcher, paper: { title: string; abstract: string }): number[] {
  const title = new Array<number>(matcher.thresholds.length).fill(0);
  const abstract = new Array<number>(matcher.thresholds.length).fill(0);
  countMatches(matcher, paper.title, 'title', title);
  countMatches(matcher, paper.abstract, 'abstract', abstract);
  return title.map((t, i) => t * matcher.weights.title + abstract[i]! * matcher.weights.abstract);
}
