/**
 * The terms of a paper for content similarity: its lowercased words (`words.ts`) without stop words and
 * numbers, lightly stemmed (plural endings only, so `models` meets `model` and `queries` meets `query`).
 */
import { STOP_WORDS } from './stopwords.ts';

/** `queries` → `query`, `models` → `model`, `classes` → `class`; leaves `bias`, `loss`, `corpus`, `analysis` alone. */
export function stem(word: string): string {
  const n = word.length;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (
    n > 4 &&
    (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes'))
  ) {
    return word.slice(0, -2);
  }
  if (n > 3 && word.endsWith('s')) {
    const before = word[n - 2];
    if (!'suiya'.includes(before!)) return word.slice(0, -1);
  }
  return word;
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The term a lowercase word counts as; undefined for a word too short, a number or a stop word. */
export function termOf(word: string): string | undefined {
  return word.length < 2 || isNumber(word) || STOP_WORDS.has(word) ? undefined : stem(word);
}
