/**
 * URL slugs of titles: lowercase ASCII, `-`-separated, at most about 80 characters, unique.
 */
import { fnv1a } from '../fnv1a.ts';

/** Longest slug before a collision suffix: cut at a word boundary at or before this. */
export const MAX_SLUG_LENGTH = 80;

/** LaTeX commands that only style their argument: dropped, the argument kept. */
const STYLE_COMMAND = /\\(?:text[a-z]*|math[a-z]*|emph|operatorname|bm|boldsymbol|mbox|hbox|left|right)\b/g;
/** Accent commands such as `\'e`, `\"{o}`, ``\`e``: the letter kept. */
const ACCENT_COMMAND = /\\[`'"^~=.uvHckrb]\s*\{?([A-Za-z])\}?/g;
/** Symbol commands (`\alpha`, `\times`): the name kept as a word. */
const SYMBOL_COMMAND = /\\([A-Za-z]+)/g;
/** Slugs that name a list page under `/papers/`: a page number, or the by-upvotes list. */
const RESERVED = /^(?:top|\d+)$/;
/** Anything but printable ASCII: the slow path (transliteration) is needed. */
const NON_ASCII = /[^ -~]/;
/** Letters that Unicode decomposition leaves alone. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * The slug of a title: LaTeX styling dropped, accents transliterated (NFKD), lowercase ASCII letters
 * and digits joined by single hyphens, cut at a word boundary to at most {@link MAX_SLUG_LENGTH}.
 * A title with no Latin letters or digits gets `paper-` and a hash of the title, so it stays stable;
 * one whose slug would be a list page's name (`top`, `2024`) gets `paper-` in front.
 */
export function slugify(title: string): string {
  let slug = cache.get(title);
  if (slug === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    slug = computeSlug(title);
    cache.set(title, slug);
  }
  return slug;
}

/** Slugs of recent titles: a paper's slug is needed when its dump is parsed and again when dumps merge. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function computeSlug(title: string): string {
  let text = title;
  if (text.includes('\\')) {
    text = text.replace(STYLE_COMMAND, ' ').replace(ACCENT_COMMAND, '$1').replace(SYMBOL_COMMAND, ' $1 ');
  }
  text = text.replace(/&/g, ' and ').toLowerCase();
  if (NON_ASCII.test(text)) {
    text = text
      .replace(/[ßæœøđðłþı]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/’/g, '');
  }
  const words = text
    // Superscripts and subscripts join their base: `I^{2}` is `i2`, `x_i` is `xi`.
    .replace(/[$^_{}']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words === '') return `paper-${hash(title)}`;
  // `/papers/top/` and `/papers/2/` are list pages: a paper may not take their names.
  if (RESERVED.test(words)) return `paper-${words}`;
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.lastIndexOf('-', MAX_SLUG_LENGTH);
  return cut > 0 ? words.slice(0, cut) : words.slice(0, MAX_SLUG_LENGTH);
}

/** `fnv1a` of the text, as 8 hex digits. */
function hash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/**
 * Unique ids for titles in order: the first title with a slug gets it, later ones `-2`, `-3`…
 * (skipping ids already taken). An id depends only on the titles before it, so appending papers
 * never changes the ids of earlier ones.
 */
export function assignIds(titles: readonly string[]): string[] {
  const bases = titles.map(slugify);
  const taken = new Set<string>();
  const next = new Map<string, number>();
  return bases.map((base) => {
    if (!taken.has(base)) {
      taken.add(base);
      return base;
    }
    let n = next.get(base) ?? 2;
    while (taken.has(`${base}-${n}`)) n++;
    next.set(base, n + 1);
    const id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
