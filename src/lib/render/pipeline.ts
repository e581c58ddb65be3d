/**
 * The unified pipelines, each created once and reused for every paper: mdast (built from plain text by
 * `mdast.ts`) → remark-rehype → rehype-katex → fallback to source → rehype-sanitize → rehype-stringify.
 * Text without math or links takes the same path without the formula and sanitizing steps, which have nothing
 * to do on a paragraph of text: the same HTML, in a fifth of the time.
 */
import { unified } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { Root as MdastRoot } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { VFile } from 'vfile';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { formulasAsWritten, MAX_FORMULA_NODES } from './formula-limits.ts';
import { ERROR_COLOR, KATEX_OPTIONS } from './katex.ts';
import { MATH_DELIMITER, MATH_SOURCE } from './mdast.ts';
import { RENDER_SCHEMA } from './schema.ts';

/** Whether KaTeX painted anything below `node` in its error colour (an unsupported or untrusted command). */
function showsErrorColor(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  const { style, mathcolor } = node.properties;
  if (String(style ?? '').includes(ERROR_COLOR) || mathcolor === ERROR_COLOR) return true;
  return node.children.some(showsErrorColor);
}

/** Elements below `node`, counting stops once past `limit` so a huge formula costs no more than that. */
function countElements(node: ElementContent, limit: number): number {
  if (node.type !== 'element') return 0;
  let count = 1;
  for (const child of node.children) {
    count += countElements(child, limit - count);
    if (count > limit) break;
  }
  return count;
}

/** Whether a formula's typeset markup is too big to ship: it is shown as written instead. */
function rendersTooLarge(children: ElementContent[]): boolean {
  let count = 0;
  for (const child of children) {
    count += countElements(child, MAX_FORMULA_NODES - count);
    if (count > MAX_FORMULA_NODES) return true;
  }
  return false;
}

/** The formula wrapper as its source text between its dollars. */
function asWritten(element: Element, delimiter: string): ElementContent {
  return { type: 'text', value: `${delimiter}${String(element.properties[MATH_SOURCE])}${delimiter}` };
}

/**
 * Formulas over the length or nesting limits, or past the text's budget (`formulasAsWritten`), become their
 * source before KaTeX spends time on them.
 */
function skipLargeFormulas({ inline }: { inline: boolean }) {
  return (tree: HastRoot) => {
    const formulas: Element[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties[MATH_DELIMITER] !== 'string') return CONTINUE;
      formulas.push(node);
      return SKIP;
    });
    const sources = formulas.map((formula) => String(formula.properties[MATH_SOURCE]));
    const written = new Set(
      formulasAsWritten(sources, inline ? 'title' : 'abstract').flatMap((why, n) =>
        why === undefined ? [] : [formulas[n]],
      ),
    );
    if (written.size === 0) return;
    visit(tree, 'element', (node, index, parent) => {
      if (!written.has(node) || parent === undefined || index === undefined) return CONTINUE;
      parent.children[index] = asWritten(node, String(node.properties[MATH_DELIMITER]));
      return SKIP;
    });
  };
}

/**
 * Unwraps each formula rendered by rehype-katex. A formula KaTeX could not render as written (it reported
 * an error, or painted a command in its error colour) becomes its source text between its dollars instead.
 */
function katexFallback() {
  return (tree: HastRoot, file: VFile) => {
    /** Wrappers of the formulas rehype-katex reported: the parent of the element it failed on. */
    const reported = new Set(
      file.messages.filter((m) => m.source === 'rehype-katex').map((m) => m.ancestors?.at(-2) as unknown),
    );
    const unwrap = (parent: HastRoot | Element) => {
      parent.children = parent.children.flatMap((child): (ElementContent | RootContent)[] => {
        if (child.type !== 'element') return [child];
        const delimiter = child.properties[MATH_DELIMITER];
        if (typeof delimiter !== 'string') {
          unwrap(child);
          return [child];
        }
        const typeset =
          !reported.has(child) && !child.children.some(showsErrorColor) && !rendersTooLarge(child.children);
        return typeset ? child.children : [asWritten(child, delimiter)];
      });
    };
    unwrap(tree);
  };
}

/** With `inline`, replaces the root's paragraphs by their content: inline HTML for titles. */
function unwrapParagraphs({ inline }: { inline: boolean }) {
  return (tree: HastRoot) => {
    if (!inline) return;
    tree.children = tree.children.flatMap((child) =>
      child.type === 'element' && child.tagName === 'p' ? child.children : [child],
    );
  };
}

function pipeline(options: { inline: boolean; markup: boolean }) {
  const base = unified().use(remarkRehype).use(unwrapParagraphs, options);
  const full = options.markup
    ? base
        .use(skipLargeFormulas, options)
        .use(rehypeKatex, KATEX_OPTIONS)
        .use(katexFallback)
        .use(rehypeSanitize, RENDER_SCHEMA)
    : base;
  return full.use(rehypeStringify).freeze();
}

const pipelines = {
  block: {
    markup: pipeline({ inline: false, markup: true }),
    text: pipeline({ inline: false, markup: false }),
  },
  inline: {
    markup: pipeline({ inline: true, markup: true }),
    text: pipeline({ inline: true, markup: false }),
  },
};

/** Whether the tree holds anything but paragraphs of text: math (an `inlineCode` node) or a link. */
function hasMarkup(tree: MdastRoot): boolean {
  return tree.children.some(
    (block) => block.type !== 'paragraph' || block.children.some((child) => child.type !== 'text'),
  );
}

/**
 * The HTML of a tree from `mdast.ts`; `inline` unwraps its paragraph (titles). `shortcut: false` sends text
 * through every step too, for tests that hold both paths to the same output.
 */
export function renderTree(
  tree: MdastRoot,
  { inline, shortcut = true }: { inline: boolean; shortcut?: boolean },
): string {
  const choice = pipelines[inline ? 'inline' : 'block'];
  const processor = shortcut && !hasMarkup(tree) ? choice.text : choice.markup;
  return processor.stringify(processor.runSync(tree));
}
