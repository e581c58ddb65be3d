/**
 * What a build derives from each record alone, the slowest part of the site's data: every paper's texts and
 * nearest neighbours. `npm run build` computes it in a thread of its own while Astro starts
 * (`src/integrations/prepare.ts`) and hands it to the site's loader through `offerPrepared`; without
 * an offer (the dev server) the loader computes it as pages ask.
 */
import type { Paper } from '../../schemas/paper.ts';
import { SITE } from '../../config.ts';
import { FOR_YOU_NEIGHBOURS } from './related/neighbour-data.ts';
import { nearestNeighbours, type Neighbour } from './related/rank.ts';
import { paperText, type PaperText } from './paper-text.ts';

/** Neighbours kept per paper: enough for the related papers and the For you data. */
export const NEIGHBOURS = Math.max(SITE.relatedCount, FOR_YOU_NEIGHBOURS);

export interface Prepared {
  /** By paper id. */
  texts: Map<string, PaperText>;
  /** By paper id, nearest first (`nearestNeighbours`). */
  neighbours: Map<string, Neighbour[]>;
}

export function prepare(papers: readonly Paper[]): Prepared {
  return {
    texts: new Map(papers.map((paper) => [paper.id, paperText(paper)])),
    neighbours: nearestNeighbours(papers, NEIGHBOURS),
  };
}

// A global, not a module variable: the integration and the pages are loaded as separate module graphs.
const SLOT = Symbol.for('paper-digest:prepared');
type Holder = { [SLOT]?: Promise<Prepared> };

/** Offers this build's prepared data, still being computed, to the site's loader. */
export function offerPrepared(prepared: Promise<Prepared>): void {
  // Awaited by the loader; a build that fails before must not report it as unhandled.
  prepared.catch(() => undefined);
  (globalThis as Holder)[SLOT] = prepared;
}

/** The data offered for this build, if any. */
export function offeredPrepared(): Promise<Prepared> | undefined {
  return (globalThis as Holder)[SLOT];
}
