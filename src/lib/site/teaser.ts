/**
 * A short opening of an abstract for list cards. Pure.
 */

/**
 * The opening of `text` within `max` characters, `…` included: whole sentences when they fill most of it,
 * otherwise cut at a word and ended with `…`. Whitespace is collapsed.
 */
export function teaser(text: string, max: number): string {
  // Only the opening matters: a prefix that still holds more than `max + 1` characters once collapsed
  // begins exactly as the whole text collapsed (a build cuts 20,000 abstracts of 1–2 KB).
  const opening = collapse(text.slice(0, 2 * max + 2));
  const clean = opening.length > max + 1 ? opening : collapse(text);
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max + 1);
  const ends = [...head.matchAll(/[.!?](?= [A-Z])/g)].map((m) => m.index);
  const sentence = ends.at(-1) ?? -1;
  if (sentence >= max * 0.6) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ', max - 1);
  const cut = space > max * 0.5 ? space : max - 1;
  return `${head.slice(0, cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
