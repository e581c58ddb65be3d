/**
 * Papers' cards as HTML, rendered by `PaperCard` itself (Astro's container API), each once per build (twice
 * for a repeat, whose later digests say where it was first seen): a paper is listed on many pages (its
 * digest's, its topics', all papers), and the files the browser fetches cards from (the filter's results,
 * search results and the reading list) hold the same markup.
 */
import { randomUUID } from 'node:crypto';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CardRun from './CardRun.astro';
import type { Paper } from '../schemas/paper.ts';

let container: Promise<AstroContainer> | undefined;
/** Between two cards of one render: a comment no card can hold, as card text is escaped and this is new. */
const SEPARATOR = `<!--card-${randomUUID()}-->`;
/**
 * The cards made or being made, by `cardKey`, for each map of labels (one map for the site's data of one
 * build): promises, so that pages rendered at the same time share one render of a card.
 */
const made = new WeakMap<ReadonlyMap<string, string>, Map<string, Promise<string>>>();

/** What a card shows besides its paper: on a later digest's list, the digest the paper was first seen in. */
function cardKey(paper: Paper, digest: string | undefined): string {
  const first = paper.digests[0];
  return digest && first !== digest ? `${paper.id} ${first}` : paper.id;
}

/** The `<li>` card of each paper as a list page shows it (`digest`: the digest being listed, if any). */
export function cardsHtml(
  papers: readonly Paper[],
  labels: ReadonlyMap<string, string>,
  digest?: string,
): Promise<string[]> {
  let cards = made.get(labels);
  if (!cards) made.set(labels, (cards = new Map<string, Promise<string>>()));
  const missing = papers.filter((paper) => !cards.has(cardKey(paper, digest)));
  if (missing.length > 0) {
    const rendered = renderCards(missing, labels, digest);
    missing.forEach((paper, n) =>
      cards.set(
        cardKey(paper, digest),
        rendered.then((html) => html[n]!),
      ),
    );
  }
  return Promise.all(papers.map((paper) => cards.get(cardKey(paper, digest))!));
}

/** Renders the cards of `papers` in one go. */
async function renderCards(
  papers: readonly Paper[],
  labels: ReadonlyMap<string, string>,
  digest: string | undefined,
): Promise<string[]> {
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
