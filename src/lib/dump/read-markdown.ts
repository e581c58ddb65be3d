/**
 * The reader of Markdown captures (scrapers, "copy as Markdown", reader modes): the file is parsed
 * into an mdast with remark, and its blocks, in order, become the items of the card grammar. A link
 * becomes an item of its own, with its target; images and HTML are dropped.
 */
import type { Heading, Link, LinkReference, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readCards, type Item } from './cards.ts';
import type { ReadResult } from './entry.ts';
import { linkedLines } from './read-text-links.ts';
import type { Reporter } from './report.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

export function readMarkdown(text: string, report: Reporter): ReadResult {
  const tree = parser.parse(text);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const items: Item[] = [];
  walk(tree, items, definitions);
  return readCards(items, report, { links: true });
}

/** Reference-style link targets (`[1]: https://…`), by their normalised label. */
type Definitions = ReadonlyMap<string, string>;

/** Blocks in document order; lists and quotes are walked into, code and HTML skipped. */
function walk(node: Root | RootContent, items: Item[], definitions: Definitions): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      items.push(...inlineItems(node, definitions));
      return;
    case 'root':
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const child of node.children) walk(child, items, definitions);
      return;
    default:
      return;
  }
}

/**
 * A paragraph's items: each link its own, the text between links another. A paragraph that is a
 * link cut in two by a blank line (`[Upvote` … `117](…)`) reads as its lines do in text with links.
 */
function inlineItems(block: Paragraph | Heading, definitions: Definitions): Item[] {
  const items: Item[] = [];
  let run: PhrasingContent[] = [];
  const flush = (): void => {
    const first = run[0];
    const text = run.map(plainText).join('');
    if (first?.position && text.trim() !== '') {
      const { line, column } = first.position.start;
      items.push(...linkedLines([text.replace(/\n/g, ' ')]).map((item) => ({ ...item, line, column })));
    }
    run = [];
  };
  for (const child of block.children) {
    // A bare URL that remark-gfm made a link is part of the text around it (`3 authors](https://…)`).
    if (child.type === 'link' && !isAutolink(child)) {
      flush();
      items.push(linkItem(child, child.url));
    } else if (child.type === 'linkReference' && definitions.has(child.identifier)) {
      flush();
      items.push(linkItem(child, definitions.get(child.identifier) as string));
    } else {
      run.push(child);
    }
  }
  flush();
  return items;
}

function isAutolink(link: Link): boolean {
  return (
    link.children.length === 1 && link.children[0]?.type === 'text' && link.children[0].value === link.url
  );
}

function linkItem(link: Link | LinkReference, href: string): Item {
  const start = link.position?.start ?? { line: 1, column: 1 };
  return { text: link.children.map(plainText).join(''), href, line: start.line, column: start.column };
}

/** The visible text of inline content: images and raw HTML leave nothing, a line break a space. */
function plainText(node: PhrasingContent): string {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return '';
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map(plainText).join('');
  return toString(node);
}
