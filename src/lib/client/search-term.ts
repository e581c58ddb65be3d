/**
 * A search query as the index holds text: formulas are indexed by the characters they show (`I^{2}-World`
 * as `I2-World`), so TeX markup typed or pasted into a query is dropped and superscript and subscript digits
 * become plain ones (`I^{2}`, `I²-World` → `I2`, `I2-World`). Pure.
 */

const SMALL_DIGITS = /[⁰¹²³⁴-⁹₀-₉]/gu;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function searchTerm(query: string): string {
  return query
    .replace(SMALL_DIGITS, (c) => {
      const up = SUPERSCRIPTS.indexOf(c);
      return String(up === -1 ? c.charCodeAt(0) - 0x2080 : up);
    })
    .replace(/\$|\\[a-zA-Z]+|[\\^_{}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
