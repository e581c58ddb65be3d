/**
 * What one paper's page shows besides the paper itself, gathered in one value: it is both the page's props
 * and, hashed, its cache key, so Astro's incremental build reuses a page exactly while all of it is unchanged.
 */
import type { Paper } from '../../schemas/paper.ts';
import { relatedTo, type SiteData } from './load-site.ts';

/** Another paper as a paper page links it. */
export type PaperLink = Pick<Paper, 'id' | 'title' | 'publishedOn'>;

/** Everything a paper page renders (a type, not an interface: Astro's props need an index signature). */
export type PaperPage = {
  paper: Paper;
  /** Labels of the paper's tags, in its tags' order. */
  labels: [id: string, label: string][];
  /** The papers before and after it in the newest digest that holds it. */
  neighbours: { date: string; prev: PaperLink | undefined; next: PaperLink | undefined } | undefined;
  /** Its related papers, most similar first. */
  related: PaperLink[];
};

const link = (paper: Paper | undefined): PaperLink | undefined =>
  paper && { id: paper.id, title: paper.title, publishedOn: paper.publishedOn };

/** The page data of `paper` within the site. */
export function paperPage(site: SiteData, paper: Paper): PaperPage {
  const near = site.neighbours.get(paper.id);
  return {
    paper,
    labels: paper.tags.map((tag) => [tag, site.labels.get(tag) ?? tag]),
    neighbours: near && {
      date: near.date,
      prev: link(near.prev === undefined ? undefined : site.byId.get(near.prev)),
      next: link(near.next === undefined ? undefined : site.byId.get(near.next)),
    },
    related: relatedTo(site, paper.id).flatMap((other) => link(other) ?? []),
  };
}
