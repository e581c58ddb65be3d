/**
 * The one check of hostile-input tests: what in a piece of HTML could run script or load a payload, found
 * by a real HTML parser (rehype-parse, the parser the build's rendering uses) rather than by text search.
 */
import type { Element, ElementContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Properties (hast names) whose value is loaded or followed as a URL. */
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'data',
  'cite',
]);
/** Schemes that run script or carry a document of their own; whitespace and controls are ignored as browsers do. */
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;
/** The one script URL allowed: Pagefind UI's own search form submits to it, which runs nothing. */
const INERT_URL = /^javascript:void\(0\);?$/;
/** Elements that embed another document or change where URLs point: the site uses none. */
const EMBEDS = new Set(['iframe', 'frame', 'object', 'embed', 'base']);
/** What every payload in the hostile fixture runs: a script holding it is one the input injected. */
export const PAYLOAD_SIGN = /__pwned|alert\(/;

const textOf = (children: ElementContent[]): string =>
  children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/**
 * Everything in `html` that could run or load input: `on*` attributes, javascript:/data: URLs, embedding
 * elements, an `img`/`svg` as the payloads write them, a script holding a payload, JSON script data that
 * does not parse (its text ended the element early). Empty when the HTML is inert.
 */
export function liveMarkup(html: string, options: { document?: boolean } = {}): string[] {
  const tree = unified().use(rehypeParse, { fragment: !options.document }).parse(html);
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName;
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`<${tag}> has ${name}`);
      const url = [...String(value)].filter((c) => c.charCodeAt(0) > 0x20).join('');
      if (URL_PROPERTIES.has(name) && UNSAFE_URL.test(url) && !INERT_URL.test(url))
        found.push(`<${tag}> ${name}="${String(value)}"`);
    }
    if (EMBEDS.has(tag)) found.push(`<${tag}>`);
    if (node.properties['src'] === 'x') found.push(`<${tag} src=x>`);
    if (tag === 'script') {
      const text = textOf(node.children);
      if (/json$/i.test(String(node.properties['type'] ?? ''))) {
        try {
          JSON.parse(text);
        } catch {
          found.push('<script> of JSON that does not parse');
        }
      } else if (PAYLOAD_SIGN.test(text)) found.push(`<script> running ${text.slice(0, 60)}`);
    }
  });
  return found;
}

/** The JSON-LD objects of a page. */
export function jsonLdOf(html: string): unknown[] {
  const tree = unified().use(rehypeParse).parse(html);
  const data: unknown[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties['type'] === 'application/ld+json') {
      data.push(JSON.parse(textOf(node.children)));
    }
  });
  return data;
}
