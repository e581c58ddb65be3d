/**
 * Repairs of what copying an abstract from its LaTeX source leaves behind, applied to text outside math and
 * links. Only where the meaning is certain: a TeX command or quote that has exactly one reading.
 */

/** TeX accent commands and the combining mark each puts on its letter. */
const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030c',
  u: '\u0306',
  H: '\u030b',
  k: '\u0328',
  r: '\u030a',
};
/** `\'e`, `\'{e}`, `\"{\i}`; letter-named accents (`\c{c}`, `\v{s}`) only with braces. */
const ACCENT =
  /\\(?:(['`^"~=.])\s*(?:\{\s*(\\i|[A-Za-z])\s*\}|([A-Za-z]))|([cvuHkr])\{\s*(\\i|[A-Za-z])\s*\})/gu;
/**
 * Letters TeX spells as commands: `\ss`, `\o`, `\aa`, `\AE`, `\l`, `\i`… (not when a letter follows). Like TeX,
 * the command eats one space or an empty group after it: `\oe uvre` is `œuvre`.
 */
const LETTERS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
};
const LETTER = /\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)(?![A-Za-z])(?:\{\}| )?/gu;
/** `{é}`: the braces BibTeX puts around an accented letter (`{\'e}`), once the accent is repaired. */
const BRACED_LETTER = /\{(?=[^\0-\x7f])(\p{L}\p{M}*)\}/gu;

/** TeX symbol commands that have one obvious character (`\times`, `\sim`, `\approx`…). */
const SYMBOLS: Record<string, string> = {
  times: '×',
  sim: '∼',
  approx: '≈',
  pm: '±',
  cdot: '·',
  leq: '≤',
  geq: '≥',
  le: '≤',
  ge: '≥',
  neq: '≠',
  infty: '∞',
  rightarrow: '→',
  to: '→',
  ldots: '…',
  dots: '…',
};
const SYMBOL = new RegExp(`\\\\(${Object.keys(SYMBOLS).join('|')})(?![A-Za-z])(?:\\{\\})? ?`, 'gu');
/** `20.6times`, `41-137times`: the `\times` of `$20.6\times$` after the copy dropped `$` and `\`. */
const BARE_TIMES = /(?<=\d)times(?![\p{L}\p{N}])/gu;
/** `sim7\%`, `approx3`: `\sim` or `\approx` before a number, without its backslash (not `sim2real`). */
const BARE_RELATION = /(?<![\p{L}\p{N}])(sim|approx)(?=\d*\.?\d+(?![\p{L}\d.]))/gu;
/** `\%`, `\&`, `\_`, `\#`, `\$`, `\{`, `\}`: escaped characters outside math. */
const ESCAPED = /\\([%&_#${}])/gu;
/** ``` ``quoted'' ``` and ``` ``quoted" ```: TeX double quotes. */
const DOUBLE_QUOTES = /``([^`"\n]*?)(?:''|")/gu;
/** `` `quoted' ``: TeX single quotes; a closing quote is not followed by a letter (that is an apostrophe). */
const SINGLE_QUOTES = /(?<!`)`(?!`)([^`\n]+?)'(?!\p{L})/gu;
/** ` -- ` and ` --- `: TeX en and em dashes between words. */
const DASHES = / (-{2,3}) /gu;

/** The text with TeX remnants replaced by the characters they stand for. */
export function repairText(text: string): string {
  if (!/[\\`]|times|sim|approx|--/u.test(text)) return text;
  return text
    .replace(
      ACCENT,
      (match, mark?: string, braced?: string, bare?: string, named?: string, namedBase?: string) => {
        const letter = braced ?? bare ?? namedBase;
        const combining = ACCENTS[mark ?? named ?? ''];
        if (letter === undefined || combining === undefined) return match;
        return `${letter === '\\i' ? 'i' : letter}${combining}`.normalize('NFC');
      },
    )
    .replace(LETTER, (match, name: string) => LETTERS[name] ?? match)
    .replace(BRACED_LETTER, '$1')
    .replace(SYMBOL, (_match, name: string) => SYMBOLS[name] ?? _match)
    .replace(BARE_TIMES, '×')
    .replace(BARE_RELATION, (_match, name: string) => SYMBOLS[name] ?? _match)
    .replace(ESCAPED, '$1')
    .replace(DOUBLE_QUOTES, '“$1”')
    .replace(SINGLE_QUOTES, '‘$1’')
    .replace(DASHES, (_match, dashes: string) => (dashes.length === 3 ? ' — ' : ' – '));
}
