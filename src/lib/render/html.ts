/**
 * Titles and abstracts → safe HTML through our unified pipeline (see `render/pipeline.ts`), and titles → plain
 * text. Input is untrusted plain text: no Markdown, no HTML; only http(s) links; TeX between dollars rendered
 * with KaTeX on the server (the page needs `katex/dist/katex.min.css`), falling back to its source.
 */
import { abstractTree, titleTree } from './mdast.ts';
import { renderTree } from './pipeline.ts';
import { segmentAbstract, splitMath } from './segment.ts';

export { plainTitle } from './plain.ts';

/** Abstract text → safe HTML: one `<p>` with math and links (`rel="noopener nofollow ugc"`). */
export function renderAbstract(text: string): string {
  return renderTree(abstractTree(segmentAbstract(text)), { inline: false });
}

/** Title text → safe inline HTML (math rendered, no links, no block elements). */
export function renderTitle(text: string): string {
  return renderTree(titleTree(splitMath(text)), { inline: true });
}
