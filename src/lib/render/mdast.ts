/**
 * Segments → mdast, built directly rather than parsed: abstracts are plain text, so nothing in them may be read
 * as Markdown (`*`, `_`, `#`, `[`, `<`, backticks and `1.` stay characters). Math becomes the nodes remark-math
 * would make, for rehype-katex; links carry `rel`.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { Element } from 'hast';
import type { Segment } from './segment.ts';
import { repairText } from './repair.ts';

/** The `rel` of every link from an abstract: untrusted, user-generated, not endorsed. */
export const LINK_REL = ['noopener', 'nofollow', 'ugc'];

/** Properties of the wrapper of each formula: its delimiter and TeX source, for the fallback to source. */
export const MATH_DELIMITER = 'dataMathDelimiter';
export const MATH_SOURCE = 'dataMathSource';

function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * A formula: a wrapper `span` that remembers the delimiter, around the `code.language-math` element that
 * rehype-katex replaces with KaTeX's markup. `katexFallback` removes the wrapper afterwards.
 */
function math(value: string, display: boolean): PhrasingContent {
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', display ? 'math-display' : 'math-inline'] },
    children: [{ type: 'text', value }],
  };
  return {
    type: 'inlineCode',
    value,
    data: {
      hName: 'span',
      hProperties: { [MATH_DELIMITER]: display ? '$$' : '$', [MATH_SOURCE]: value },
      hChildren: [code],
    },
  };
}

function link(url: string): Link {
  return { type: 'link', url, children: [text(url)], data: { hProperties: { rel: LINK_REL } } };
}

/** Phrasing content of the segments: text repaired, math for KaTeX, links (unless `links` is false). */
export function phrasing(
  segments: readonly Segment[],
  options: { links: boolean; display: boolean },
): PhrasingContent[] {
  return segments.map((segment) => {
    switch (segment.kind) {
      case 'text':
        return text(repairText(segment.value));
      case 'math':
        return math(segment.value, segment.display && options.display);
      case 'link':
        return options.links ? link(segment.url) : text(segment.url);
    }
  });
}

/** An abstract: one paragraph. */
export function abstractTree(segments: readonly Segment[]): Root {
  return {
    type: 'root',
    children: [{ type: 'paragraph', children: phrasing(segments, { links: true, display: true }) }],
  };
}

/**
 * A title: no links (it goes inside links), no display math. Also one paragraph, because remark-rehype puts
 * line breaks between the children of a root; the title pipeline unwraps it.
 */
export function titleTree(segments: readonly Segment[]): Root {
  return {
    type: 'root',
    children: [{ type: 'paragraph', children: phrasing(segments, { links: false, display: false }) }],
  };
}
