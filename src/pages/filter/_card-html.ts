/**
 * Papers' cards as HTML, rendered by `PaperCard` itself (Astro's container API), for the files the browser
 * fetches cards from: the filter's results, search results and the reading list show the lists' own markup.
 */
import { randomUUID } from 'node:crypto';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CardRun from '../../components/CardRun.astro';
import type { Paper } from '../../schemas/paper.ts';

let container: Promise<AstroContainer> | undefined;
/** Between two cards of one render: a comment no card can hold, as card text is escaped and this is new. */
const SEPARATOR = `<!--card-${randomUUID()}-->`;

/** The `<li>` card of each paper as a list page shows it (`digest`: the digest being listed, if any). */
export async function cardsHtml(
  papers: readonly Paper[],
  labels: ReadonlyMap<string, string>,
  digest?: string,
): Promise<string[]> {
  if (papers.length === 0) return [];
  const render = await (container ??= AstroContainer.create());
  const html = await render.renderToString(CardRun, {
    props: { papers, labels, digest, separator: SEPARATOR },
  });
  const cards = html.split(SEPARATOR);
  // One part after each card's separator: the text after the last one, which is empty.
  if (cards.length !== papers.length + 1) {
    throw new Error(`cards: rendered ${cards.length - 1} separators for ${papers.length} cards`);
  }
  return cards.slice(0, -1);
}
