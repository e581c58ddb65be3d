/**
 * What one paper's page shows besides the paper itself, gathered in one value: it is both the page's props
 * and, hashed, its cache key, so Astro's incremental build reuses a page exactly while all of it is unchanged.
 */
import type { Paper } from '../../schemas/paper.ts';
import { relatedTo, textOf, type SiteData } from './load-site.ts';
import type { Neighbour } from './related/rank.ts';
import { sortNewest } from './sort-papers.ts';

/** Another paper as a paper page links it: by its title as plain text. */
export type PaperLink = Pick<Paper, 'id' | 'publishedOn'> & { titleText: string };

/** Everything a paper page renders (a type, not an interface: Astro's props need an index signature). */
export type PaperPage = {
  paper: Paper;
  /** Labels of the paper's tags, in its tags' order. */
  labels: [id: string, label: string][];
  /** The papers before and after it in the newest digest that holds it. */
  neighbours: { date: string; prev: PaperLink | undefined; next: PaperLink | undefined } | undefined;
  /**
   * Its most similar papers, newest first: the order of near-equal similarities would change with every
   * dump's new term weights, and each change would render the page again.
   */
  related: PaperLink[];
};

const link = (paper: Paper): PaperLink => ({
  id: paper.id,
  titleText: textOf(paper, 'titleText'),
  publishedOn: paper.publishedOn,
});

/** The link to the paper `id`, if there is one. */
function linkTo(site: SiteData, id: string | undefined): PaperLink | undefined {
  const paper = id === undefined ? undefined : site.byId.get(id);
  return paper && link(paper);
}

/** The page data of `paper` within the site, whose papers' nearest neighbours are `nearest`. */
export function paperPage(
  site: SiteData,
  nearest: ReadonlyMap<string, Neighbour[]>,
  paper: Paper,
): PaperPage {
  const near = site.neighbours.get(paper.id);
  return {
    paper,
    labels: paper.tags.map((tag) => [tag, site.labels.get(tag) ?? tag]),
    neighbours: near && { date: near.date, prev: linkTo(site, near.prev), next: linkTo(site, near.next) },
    related: sortNewest(relatedTo(site, nearest, paper.id)).map(link),
  };
}
