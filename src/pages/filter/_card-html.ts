/**
 * A paper's card as HTML, rendered by `PaperCard` itself (Astro's container API), for the files the browser
 * fetches cards from: the filter's results, search results and the reading list show the lists' own markup.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import PaperCard from '../../components/PaperCard.astro';
import type { Paper } from '../../schemas/paper.ts';

let container: Promise<AstroContainer> | undefined;

/** The `<li>` card of `paper` as a list page shows it (`digest`: the digest being listed, if any). */
export async function cardHtml(
  paper: Paper,
  labels: ReadonlyMap<string, string>,
  digest?: string,
): Promise<string> {
  const render = await (container ??= AstroContainer.create());
  return render.renderToString(PaperCard, { props: { paper, labels, digest } });
}
